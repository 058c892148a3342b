import { useCallback, useState } from "react";
import { CalcError, conventionFileName, describePath, managerFileName, type ComputeOutcome, type ScenarioInput } from "../../../calc";
import { download } from "../components/FileBar";
import { workbookBytes, XLSX_TYPE } from "../xlsx";
import { message, type Notify } from "./useNotices";

/** Which file is being prepared: the whole convention's, or the simulated manager's. */
export type XlsxTarget = "convention" | "manager";

/** The .xlsx exports as the pane offers them: which one is being prepared, why they are unavailable, and the actions. */
export interface XlsxExport {
  preparing: XlsxTarget | null;
  /** Why no .xlsx file can be made now (the scenario does not compute), in French; undefined when it can. */
  unavailable?: string;
  exportConvention: () => void;
  exportManager: (managerIndex: number) => void;
}

/** What went wrong, in French words: the scenario's problems by names, a writer that could not be fetched, or the error's own message. */
function failure(e: unknown, scenario: ScenarioInput): string {
  const head = "Le classeur .xlsx n'a pas pu être préparé";
  if (e instanceof CalcError) return `${head} : ${e.issues.map((i) => `${describePath(i.path, scenario)} : ${i.message}`).join(" ; ")}.`;
  if (e instanceof Error && e.name === "ChunkLoadError")
    return `${head} : le module qui écrit les classeurs n'a pas pu être chargé depuis le serveur du complément. Vérifiez la connexion, puis réessayez.`;
  return `${head} : ${message(e)}`;
}

/**
 * « Exporter en .xlsx »: the workbook of the convention or of one manager (calc/report/workbook,
 * loaded on the first click), offered as a download. One file at a time; the outcome is said
 * in a notice that replaces the previous one.
 */
export function useXlsxExport(outcome: ComputeOutcome, scenario: ScenarioInput, notify: Notify): XlsxExport {
  const [preparing, setPreparing] = useState<XlsxTarget | null>(null);
  const n = outcome.ok ? 0 : outcome.issues.length;
  const unavailable = outcome.ok
    ? undefined
    : `Export .xlsx indisponible : le scénario attend des corrections (${n} problème${n > 1 ? "s" : ""}).`;

  const run = useCallback(
    async (target: XlsxTarget, managerIndex?: number) => {
      if (!outcome.ok) return;
      const result = outcome.result;
      const manager = managerIndex === undefined ? undefined : result.managers[managerIndex];
      if (target === "manager" && !manager) return;
      setPreparing(target);
      try {
        const bytes = await workbookBytes(result, scenario, manager?.id);
        const name = manager ? managerFileName(manager) : conventionFileName(result.year);
        download(name, XLSX_TYPE, bytes);
        notify({ type: "success", code: "xlsx", text: `Classeur « ${name} » préparé : le navigateur le propose au téléchargement.` });
      } catch (e) {
        notify({ type: "error", code: "xlsx", text: failure(e, scenario) });
      } finally {
        setPreparing(null);
      }
    },
    [outcome, scenario, notify],
  );

  return {
    preparing,
    unavailable,
    exportConvention: () => void run("convention"),
    exportManager: (managerIndex) => void run("manager", managerIndex),
  };
}
