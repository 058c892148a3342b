import { Pivot, PivotItem } from "@fluentui/react/lib/Pivot";
import { ProgressIndicator } from "@fluentui/react/lib/ProgressIndicator";
import { Spinner, SpinnerSize } from "@fluentui/react/lib/Spinner";
import { useState } from "react";
import { ComparePanel } from "./components/ComparePanel";
import { useAsk } from "./components/ConfirmDialog";
import { ConventionPanel } from "./components/ConventionPanel";
import { FileBar } from "./components/FileBar";
import { Notices } from "./components/Notices";
import { PaneHeader } from "./components/PaneHeader";
import { ParametersPanel } from "./components/ParametersPanel";
import { RulesForm } from "./components/RulesForm";
import { SavedStateProblem, type SavedStateChoice } from "./components/SavedStateProblem";
import { SimulatePanel } from "./components/SimulatePanel";
import type { ExcelServices } from "./excel/services";
import type { Host } from "./host";
import { useAutosave } from "./hooks/useAutosave";
import { useComparison } from "./hooks/useComparison";
import { useExcelActions } from "./hooks/useExcelActions";
import { useHost } from "./hooks/useHost";
import { useNotices } from "./hooks/useNotices";
import { useXlsxExport } from "./hooks/useXlsxExport";
import { example, useScenarioState } from "./hooks/useScenarioState";
import type { SavedStateError } from "./state/persist";

/**
 * The task pane: Simuler, Convention, Paramètres, Comparer, in Excel or standalone. The work is done by
 * hooks (start, scenario, autosave, workbook actions); this component only lays them out.
 */
export function App({ host, loadExcel }: { host: Host; loadExcel?: () => Promise<ExcelServices> }) {
  const { notices, notify, dismiss, clear } = useNotices();
  const [dialog, ask] = useAsk();
  const state = useScenarioState();
  const [savedProblem, setSavedProblem] = useState<SavedStateError | null>(null);
  const from = host.kind === "excel" ? "depuis le classeur" : "depuis ce navigateur";
  // The start's events run after the first render: `autosave`, declared below, exists by then.
  const opened = useHost(host, loadExcel, {
    notify,
    onRestored: (saved) => {
      state.restore(saved);
      notify({ type: "info", text: `Scénario restauré ${from} (enregistré le ${new Date(saved.savedAt).toLocaleString("fr-FR")}).` });
    },
    onUnreadable: (problem) => {
      autosave.block();
      setSavedProblem(problem);
    },
  });
  const autosave = useAutosave(opened?.store ?? null, state, notify);
  const { busy, conventionActions, writeSimulation } = useExcelActions(opened?.excel ?? null, state, notify, ask);
  const xlsx = useXlsxExport(state.outcome, state.input, notify);
  const comparison = useComparison(state.input, state.outcome);

  /** A new scenario replaces the old one: saving resumes, and what was said about the old one no longer holds. */
  const startOver = () => {
    autosave.resume();
    clear("save-blocked");
    clear("import");
  };

  /** The user's answer to an unusable saved state (its text is already kept aside): the example, or the pane as it is. */
  const resolveSaved = (choice: SavedStateChoice) => {
    if (choice === "example") state.replace(example(), {});
    else state.change(state.scenario);
    startOver();
  };

  if (!opened) return <Spinner size={SpinnerSize.large} label="Ouverture du volet…" />;

  return (
    <main className="pane">
      <PaneHeader host={host} outcome={state.outcome} saveBlocked={autosave.blocked} savedAt={autosave.savedAt} />
      <FileBar
        scenario={state.input}
        outcome={state.outcome}
        xlsx={xlsx}
        ask={ask}
        onImport={(s, o) => {
          state.replace(s, o);
          startOver();
          notify({ type: "success", text: "Scénario importé." });
        }}
        onReset={() => {
          state.replace(example(), {});
          startOver();
          notify({ type: "info", text: "Scénario remplacé par l'exemple illustratif." });
        }}
        onError={(text) => notify({ type: "error", code: "import", text })}
      />
      {busy ? <ProgressIndicator label={busy.label} percentComplete={busy.percent} /> : null}
      {xlsx.preparing === "convention" ? <Spinner className="preparing" label="Préparation du classeur…" labelPosition="right" /> : null}
      <Notices notices={notices} onDismiss={dismiss} />
      {savedProblem && autosave.blocked ? (
        <SavedStateProblem problem={savedProblem} store={opened.store} onResolved={resolveSaved} />
      ) : null}

      <Pivot aria-label="Volets">
        <PivotItem headerText="Simuler" itemKey="simuler">
          <SimulatePanel
            scenario={state.scenario}
            outcome={state.outcome}
            issues={state.issues}
            managerIndex={state.managerIndex}
            onManagerIndex={state.setManagerIndex}
            onChange={state.change}
            onWrite={writeSimulation}
            xlsx={xlsx}
            busy={!!busy}
          />
        </PivotItem>
        <PivotItem headerText="Convention" itemKey="convention">
          <ConventionPanel
            outcome={state.outcome}
            scenario={state.input}
            excel={conventionActions}
            busy={!!busy}
            rules={<RulesForm scenario={state.scenario} issues={state.issues} onChange={state.change} outcome={state.outcome} />}
          />
        </PivotItem>
        <PivotItem headerText="Paramètres" itemKey="parametres">
          <ParametersPanel
            year={state.scenario.year}
            overrides={state.overrides}
            issues={state.issues}
            onChange={state.changeOverrides}
            inWorkbook={host.kind === "excel"}
            uses={state.outcome.ok ? state.outcome.result.parametersUsed : []}
          />
        </PivotItem>
        <PivotItem headerText="Comparer" itemKey="comparer">
          <ComparePanel input={state.input} outcome={state.outcome} state={comparison} />
        </PivotItem>
      </Pivot>
      {dialog}
    </main>
  );
}
