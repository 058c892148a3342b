import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import { Pivot, PivotItem } from "@fluentui/react/lib/Pivot";
import { ProgressIndicator } from "@fluentui/react/lib/ProgressIndicator";
import { Spinner, SpinnerSize } from "@fluentui/react/lib/Spinner";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { compute, VOSGES_2022_EXAMPLE, type ComputeOutcome, type ScenarioInput } from "../../calc";
import { ConventionPanel } from "./components/ConventionPanel";
import { replaceQuestion, useAsk } from "./components/ConfirmDialog";
import type { IssueMap } from "./components/fields";
import { FileBar } from "./components/FileBar";
import { ParametersPanel } from "./components/ParametersPanel";
import { SavedStateProblem, type SavedStateChoice } from "./components/SavedStateProblem";
import { SimulatePanel } from "./components/SimulatePanel";
import type { ExcelServices } from "./excel/services";
import { euros } from "./format";
import { STANDALONE_REASONS, type Host } from "./host";
import {
  browserStore,
  loadState,
  saveState,
  SavedStateError,
  SCENARIO_KEY,
  withOverrides,
  type KeyValueStore,
  type Overrides,
} from "./state/persist";
import type { LocatedIssue } from "./workbook/readInput";
import type { Conflict } from "./workbook/safeWrite";

type Notice = { type: "success" | "info" | "error"; text: string };

const clone = <T,>(x: T): T => JSON.parse(JSON.stringify(x));

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function safeCompute(input: ScenarioInput): ComputeOutcome {
  try {
    return compute(input, { traces: false });
  } catch (e) {
    return { ok: false, issues: [{ code: "type_invalide", path: "", message: `erreur inattendue du calcul : ${message(e)}` }] };
  }
}

/** A store in memory, when the browser refuses local storage (private mode, blocked cookies). */
function memoryStore(): KeyValueStore {
  const m = new Map<string, string>();
  return { load: async (k) => m.get(k) ?? null, save: async (k, v) => void m.set(k, v) };
}

/** The task pane: Simuler, Convention, Paramètres, in Excel or standalone. */
export function App({ host, loadExcel }: { host: Host; loadExcel?: () => Promise<ExcelServices> }) {
  const [excel, setExcel] = useState<ExcelServices | null>(null);
  const [store, setStore] = useState<KeyValueStore | null>(null);
  const [scenario, setScenario] = useState<ScenarioInput>(() => clone(VOSGES_2022_EXAMPLE));
  const [overrides, setOverrides] = useState<Overrides>({});
  const [managerIndex, setManagerIndex] = useState(0);
  const [ready, setReady] = useState(false);
  const [saveBlocked, setSaveBlocked] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [busy, setBusy] = useState<{ label: string; percent?: number } | null>(null);
  const [sheetIssues, setSheetIssues] = useState<LocatedIssue[]>([]);
  const [savedProblem, setSavedProblem] = useState<SavedStateError | null>(null);
  const [dialog, ask] = useAsk();
  const dirty = useRef(false);

  const notify = useCallback((n: Notice) => setNotices((list) => [...list.filter((x) => x.text !== n.text), n]), []);

  // Where things are kept, then what was kept.
  useEffect(() => {
    let cancelled = false;
    (async () => {
      let s: KeyValueStore;
      if (host.kind === "excel" && loadExcel) {
        try {
          const services = await loadExcel();
          if (cancelled) return;
          setExcel(services);
          s = services.store;
        } catch (e) {
          notify({
            type: "error",
            text: `Les fonctions Excel du volet n'ont pas pu être chargées : ${message(e)}. Le volet fonctionne sans le classeur.`,
          });
          s = memoryStore();
        }
      } else {
        try {
          window.localStorage.getItem("fs-ctec.test");
          s = browserStore();
        } catch {
          s = memoryStore();
        }
      }
      try {
        const saved = await loadState(s);
        if (cancelled) return;
        if (saved?.scenario) setScenario(saved.scenario);
        if (saved) setOverrides(saved.overrides);
        if (saved)
          notify({
            type: "info",
            text: `Scénario restauré ${host.kind === "excel" ? "depuis le classeur" : "depuis ce navigateur"} (enregistré le ${new Date(saved.savedAt).toLocaleString("fr-FR")}).`,
          });
      } catch (e) {
        setSaveBlocked(true);
        setSavedProblem(e instanceof SavedStateError ? e : new SavedStateError("lecture", SCENARIO_KEY, null, message(e)));
      }
      if (!cancelled) {
        setStore(() => s);
        setReady(true);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [host, loadExcel, notify]);

  // Every change is saved (in the workbook, or in this browser), a moment after the last keystroke.
  useEffect(() => {
    if (!ready || !store || saveBlocked || !dirty.current) return;
    const timer = setTimeout(() => {
      saveState(store, scenario, overrides)
        .then(() => setSavedAt(new Date()))
        .catch((e) =>
          notify({ type: "error", text: `Enregistrement impossible : ${message(e)}. Exportez le scénario (JSON) pour ne rien perdre.` }),
        );
    }, 600);
    return () => clearTimeout(timer);
  }, [scenario, overrides, ready, store, saveBlocked, notify]);

  useEffect(() => {
    if (!ready) return;
    // Time from navigation to a usable pane, for the end-to-end test and anyone curious.
    (window as { fsReadyMs?: number }).fsReadyMs = Math.round(performance.now());
    document.documentElement.dataset.ready = "true";
  }, [ready]);

  const change = (s: ScenarioInput) => {
    dirty.current = true;
    setScenario(s);
  };
  const changeOverrides = (o: Overrides) => {
    dirty.current = true;
    setOverrides(o);
  };

  const resolveSaved = (choice: SavedStateChoice) => {
    if (choice === "example") {
      change(clone(VOSGES_2022_EXAMPLE));
      changeOverrides({});
      setManagerIndex(0);
    } else dirty.current = true;
    setSaveBlocked(false);
  };

  const input = useMemo(() => withOverrides(scenario, overrides), [scenario, overrides]);
  const outcome = useMemo(() => safeCompute(input), [input]);
  const issues: IssueMap = useMemo(() => {
    const map = new Map<string, string>();
    if (!outcome.ok) for (const i of outcome.issues) map.set(i.path, map.has(i.path) ? `${map.get(i.path)} ; ${i.message}` : i.message);
    return map;
  }, [outcome]);
  const mi = Math.min(managerIndex, Math.max(0, scenario.managers.length - 1));

  const confirmReplace = useCallback((c: readonly Conflict[]) => ask(replaceQuestion(c)), [ask]);

  /** Runs a workbook operation with progress, and says what happened. */
  const run = async (label: string, action: (progress: (done: number, total: number, what: string) => void) => Promise<void>) => {
    setBusy({ label });
    try {
      await action((done, total, what) => setBusy({ label: `${label} — ${what}`, percent: total ? done / total : undefined }));
    } catch (e) {
      notify({ type: "error", text: `${label} : ${message(e)}` });
    } finally {
      setBusy(null);
    }
  };

  const excelActions = excel
    ? {
        sheetIssues,
        onSelect: (address: string) =>
          void excel.select(address).catch((e) => notify({ type: "error", text: `Impossible d'aller à ${address} : ${message(e)}` })),
        onCreateTables: () =>
          run("Création des tableaux de saisie", async (progress) => {
            const out = await excel.createInputTables(scenario, confirmReplace, progress);
            notify(
              out.cancelled
                ? { type: "info", text: "Création annulée : rien n'a été modifié." }
                : { type: "success", text: `Tableaux de saisie créés : ${out.written.map((w) => w.name).join(", ")}.` },
            );
          }),
        onCheck: () =>
          run("Vérification des tableaux", async () => {
            const read = await excel.readConvention(overrides);
            setSheetIssues(read.issues);
            if (read.ok) {
              change(read.scenario);
              notify({ type: "success", text: "Les tableaux de saisie sont valides ; ils deviennent le scénario du volet." });
            }
          }),
        onComputeWrite: () =>
          run("Calcul de la convention", async (progress) => {
            const out = await excel.computeAndWrite(overrides, confirmReplace, progress);
            if (!out.ok) {
              setSheetIssues(out.issues);
              notify({
                type: "error",
                text: `Calcul impossible : ${out.issues.length} erreur${out.issues.length > 1 ? "s" : ""} dans les tableaux (liste ci-dessous).`,
              });
              return;
            }
            setSheetIssues([]);
            change(out.scenario);
            notify(
              out.write.cancelled
                ? { type: "info", text: "Écriture annulée : rien n'a été modifié." }
                : {
                    type: "success",
                    text: `Résultats écrits (${out.write.written.map((w) => w.name).join(", ")}). Total attribué : ${euros(out.result.totals.allocated)}.`,
                  },
            );
          }),
      }
    : undefined;

  const writeSimulation = excel
    ? () =>
        run("Écriture de la simulation", async () => {
          const out = await excel.writeSimulation(scenario, overrides, mi, confirmReplace);
          if ("ok" in out)
            notify({ type: "error", text: `Simulation non écrite : ${out.issues.map((i) => `${i.path} : ${i.message}`).join(" ; ")}` });
          else if (out.cancelled) notify({ type: "info", text: "Écriture annulée : rien n'a été modifié." });
          else notify({ type: "success", text: `Feuille « ${out.written[0].name} » écrite : ses montants sont des formules FS.*.` });
        })
    : undefined;

  if (!ready) return <Spinner size={SpinnerSize.large} label="Ouverture du volet…" />;

  const result = outcome.ok ? outcome.result : undefined;
  return (
    <main className="pane">
      <header>
        <h1>France Services — convention départementale</h1>
        {host.kind === "standalone" ? (
          <MessageBar messageBarType={MessageBarType.info} isMultiline>
            <strong>Mode autonome.</strong> {STANDALONE_REASONS[host.reason]} Le volet calcule sur le scénario ci-dessous ; importez ou
            exportez-le en JSON, exportez les résultats en CSV.
          </MessageBar>
        ) : null}
        {result?.illustrative ? (
          <p className="illustrative">
            Exemple illustratif : gestionnaires, structures et montants fictifs ; seuls les totaux publiés sont reproduits.
          </p>
        ) : null}
        {result ? (
          <p className="total">
            Total attribué : <strong id="total-attribue">{euros(result.totals.allocated)}</strong> sur une enveloppe de{" "}
            {euros(result.totals.envelope)}
          </p>
        ) : null}
        <p className="saved" aria-live="polite">
          {saveBlocked
            ? "Enregistrement suspendu."
            : savedAt
              ? `Enregistré ${host.kind === "excel" ? "dans le classeur" : "dans ce navigateur"} à ${savedAt.toLocaleTimeString("fr-FR")}.`
              : ""}
        </p>
      </header>

      {busy ? <ProgressIndicator label={busy.label} percentComplete={busy.percent} /> : null}
      <div aria-live="assertive">
        {notices.map((n) => (
          <MessageBar
            key={n.text}
            messageBarType={n.type === "error" ? MessageBarType.error : n.type === "success" ? MessageBarType.success : MessageBarType.info}
            isMultiline
            onDismiss={() => setNotices((l) => l.filter((x) => x !== n))}
            dismissButtonAriaLabel="Fermer"
          >
            {n.text}
          </MessageBar>
        ))}
      </div>
      {savedProblem && saveBlocked ? <SavedStateProblem problem={savedProblem} store={store} onResolved={resolveSaved} /> : null}

      <Pivot aria-label="Volets">
        <PivotItem headerText="Simuler" itemKey="simuler">
          <SimulatePanel
            scenario={scenario}
            outcome={outcome}
            issues={issues}
            managerIndex={mi}
            onManagerIndex={setManagerIndex}
            onChange={change}
            onWrite={writeSimulation}
            busy={!!busy}
          />
        </PivotItem>
        <PivotItem headerText="Convention" itemKey="convention">
          <ConventionPanel outcome={outcome} excel={excelActions} busy={!!busy} />
        </PivotItem>
        <PivotItem headerText="Paramètres" itemKey="parametres">
          <ParametersPanel
            year={scenario.year}
            overrides={overrides}
            issues={issues}
            onChange={changeOverrides}
            storage={host.kind === "excel" ? "dans le classeur" : "dans ce navigateur"}
          />
        </PivotItem>
      </Pivot>

      <FileBar
        scenario={input}
        outcome={outcome}
        ask={ask}
        onImport={(s, o) => {
          change(s);
          changeOverrides(o);
          setManagerIndex(0);
          setSaveBlocked(false);
          notify({ type: "success", text: "Scénario importé." });
        }}
        onReset={() => {
          change(clone(VOSGES_2022_EXAMPLE));
          changeOverrides({});
          setManagerIndex(0);
          setSaveBlocked(false);
          notify({ type: "info", text: "Scénario remplacé par l'exemple illustratif." });
        }}
        onError={(text) => notify({ type: "error", text })}
      />
      {dialog}
    </main>
  );
}
