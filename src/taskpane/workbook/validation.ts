/// <reference types="office-js" />
import type { ColumnKind } from "./spec";

/** Excel's data validation of an input cell: the rule of its kind, and a French message when refused. */

function validationRule(col: { kind: ColumnKind; choices?: readonly string[] }): Excel.DataValidationRule | undefined {
  if (col.choices) return { list: { inCellDropDown: true, source: col.choices.join(",") } };
  switch (col.kind) {
    case "fte":
    case "rate":
      return { decimal: { formula1: 0, formula2: 1, operator: "Between" } };
    case "months":
      return { decimal: { formula1: 0, formula2: 12, operator: "Between" } };
    case "money":
    case "decimal":
      return { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
    case "integer":
      return { wholeNumber: { formula1: 1, operator: "GreaterThanOrEqualTo" } };
    default:
      return undefined;
  }
}

const VALIDATION_MESSAGES: Partial<Record<ColumnKind, string>> = {
  fte: "Une quotité est comprise entre 0 et 1 (un mi-temps s'écrit 0,5).",
  rate: "Un taux est compris entre 0 et 1 (80 % s'écrit 0,8).",
  months: "Un nombre de mois est compris entre 0 et 12.",
  money: "Un montant est un nombre positif ou nul.",
  decimal: "Un nombre positif ou nul.",
  integer: "Un nombre entier positif.",
};

export function validate(range: Excel.Range, col: { kind: ColumnKind; choices?: readonly string[] }): void {
  const rule = validationRule(col);
  if (!rule) return;
  range.dataValidation.rule = rule;
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: "Stop",
    title: "Valeur refusée",
    message: col.choices
      ? `Choisissez une valeur de la liste : ${col.choices.join(", ")}.`
      : (VALIDATION_MESSAGES[col.kind] ?? "Valeur refusée."),
  };
}
