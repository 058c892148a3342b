import { formatValue, PARAMETER_STATUS_TERMS, type ConventionResult } from "../../../calc";
import { c, heading, HEADER } from "./resultLayout";
import type { SheetSpec } from "./spec";

/** The « Avertissements » sheet: the result's warnings, then every parameter used with its status and source. */
export function warningsSheet(r: ConventionResult): SheetSpec {
  return {
    role: "resultats.avertissements",
    name: "Avertissements",
    blocks: [
      ...heading(r, "Avertissements et paramètres utilisés"),
      {
        type: "table",
        row: HEADER,
        name: "FS_R_Avertissements",
        columns: [c("message", "Avertissement", "text"), c("path", "Concerne", "text")],
        rows: r.warnings.length ? r.warnings.map((w) => [w.message, w.path || "la convention"]) : [["Aucun avertissement", ""]],
      },
      {
        type: "table",
        row: HEADER + Math.max(1, r.warnings.length) + 3,
        name: "FS_R_Parametres",
        columns: [
          c("label", "Paramètre", "text"),
          c("value", "Valeur", "text"),
          c("from", "En vigueur depuis", "text"),
          c("status", "Statut", "text"),
          c("source", "Source", "text"),
        ],
        rows: r.parametersUsed.map((p) => [
          p.label,
          formatValue(p.value, p.unit),
          p.from,
          PARAMETER_STATUS_TERMS[p.status].label,
          p.source,
        ]),
      },
    ],
  };
}
