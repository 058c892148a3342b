import { useCallback, useState } from "react";
import { describePath } from "../../../calc";
import { replaceQuestion, type Ask } from "../components/ConfirmDialog";
import type { ConventionProps } from "../components/ConventionPanel";
import type { ExcelServices } from "../excel/services";
import { euros } from "../format";
import type { LocatedIssue } from "../workbook/readInput";
import type { Conflict } from "../workbook/safeWrite";
import { message, type Notify } from "./useNotices";
import type { ScenarioState } from "./useScenarioState";

type Progress = (done: number, total: number, what: string) => void;

/** What the workbook is doing, for the progress bar. */
export interface Busy {
  label: string;
  percent?: number;
}

/**
 * The pane's workbook operations (Excel only): each runs with a progress bar, asks before
 * replacing a sheet, and says what happened. Undefined actions outside Excel.
 */
export function useExcelActions(excel: ExcelServices | null, state: ScenarioState, notify: Notify, ask: Ask) {
  const [busy, setBusy] = useState<Busy | null>(null);
  const [sheetIssues, setSheetIssues] = useState<LocatedIssue[]>([]);
  const confirmReplace = useCallback((c: readonly Conflict[]) => ask(replaceQuestion(c)), [ask]);
  const { scenario, overrides, managerIndex, change } = state;

  const run = async (label: string, action: (progress: Progress) => Promise<void>) => {
    setBusy({ label });
    try {
      await action((done, total, what) => setBusy({ label: `${label} — ${what}`, percent: total ? done / total : undefined }));
    } catch (e) {
      notify({ type: "error", text: `${label} : ${message(e)}` });
    } finally {
      setBusy(null);
    }
  };

  const cancelled = { type: "info", text: "Écriture annulée : rien n'a été modifié." } as const;

  const conventionActions: ConventionProps["excel"] = excel
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
              const n = out.issues.length;
              notify({ type: "error", text: `Calcul impossible : ${n} erreur${n > 1 ? "s" : ""} dans les tableaux (liste ci-dessous).` });
              return;
            }
            setSheetIssues([]);
            change(out.scenario);
            const names = out.write.written.map((w) => w.name).join(", ");
            notify(
              out.write.cancelled
                ? cancelled
                : { type: "success", text: `Résultats écrits (${names}). Total attribué : ${euros(out.result.totals.allocated)}.` },
            );
          }),
      }
    : undefined;

  const writeSimulation = excel
    ? () =>
        run("Écriture de la simulation", async () => {
          const out = await excel.writeSimulation(scenario, overrides, managerIndex, confirmReplace);
          if ("ok" in out) {
            const list = out.issues.map((i) => `${describePath(i.path, scenario)} : ${i.message}`).join(" ; ");
            notify({ type: "error", text: `Simulation non écrite : ${list}` });
          } else if (out.cancelled) notify(cancelled);
          else notify({ type: "success", text: `Feuille « ${out.written[0].name} » écrite : ses montants sont des formules FS.*.` });
        })
    : undefined;

  return { busy, conventionActions, writeSimulation };
}
