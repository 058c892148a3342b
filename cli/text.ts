/**
 * The pieces of the readable French reports (compute, projection, compare): amounts and rates as
 * French users read them, tables, the rules header, the budget years and the parameters that are
 * estimates or decisions. Every text that comes from a scenario is shown through {@link visible}.
 */
import { BUDGET_YEAR_KEYS } from "../calc/compare";
import {
  BUDGET_YEAR_TERMS,
  DEDUCTION_TERMS,
  FINAL_RULE_TERMS,
  OTHER_TERMS,
  PARAMETER_STATUS_TERMS,
  SHARE_READING_TERMS,
  dec,
  formatEurosFr,
  formatValue,
  frenchDate,
  labelOf,
  visible,
  type BudgetYear,
  type ConventionResult,
  type ParameterUse,
} from "../calc";

/** Amount for a terminal table: `409 045,00` (plain spaces keep columns aligned). */
export function amount(value: string): string {
  return formatEurosFr(dec(value))
    .replace(/\u202f/g, " ")
    .replace(" €", "");
}

/** A parameter's value as French users read it (see `formatValue`), with plain spaces as the tables. */
export function valueText(value: string, unit: string): string {
  return formatValue(value, unit).replace(/\u202f/g, " ");
}

/** A rate written as a fraction (`0.7245`) as a French percentage: `72,45 %`. */
export function percent(fraction: string): string {
  return formatValue(fraction, "taux");
}

/** A table: the first column left-aligned, the others right-aligned; a rule under the header and above the last row (the total) when `total`. */
export function table(header: string[], rows: string[][], total = true): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  if (!total || rows.length === 0) return [line(header), rule, ...rows.map(line)].join("\n");
  return [line(header), rule, ...rows.slice(0, -1).map(line), rule, line(rows[rows.length - 1])].join("\n");
}

/**
 * The rules a result was computed under, in words: the rate and deduction, the reading of « 80 %
 * de la masse salariale après déduction du forfait », the final-payment rule, the advance rate,
 * the envelope and the payment dates.
 */
export function rulesHeader(rules: ConventionResult["rules"], projection?: { year: number }): string[] {
  const each = projection ? ` pour la convention ${projection.year}, aux mêmes jours les années suivantes` : "";
  return [
    `Règle : ${percent(rules.rate)} de la masse salariale après déduction (${visible(labelOf(DEDUCTION_TERMS, rules.deduction, true))}) ; acompte ${percent(rules.advanceRate)} ; enveloppe ${amount(rules.envelope)} €`,
    `Lecture de la règle : ${labelOf(SHARE_READING_TERMS, rules.shareBase)} ; montant final : ${labelOf(FINAL_RULE_TERMS, rules.finalPayment).toLowerCase()}`,
    `Acomptes le ${frenchDate(rules.advanceDate)}, soldes et reversements le ${frenchDate(rules.balanceDate)}${each}`,
  ];
}

/** The Département's budget by budget year (exercice): one row each, then their total. */
export function budgetYearsTable(byExercice: Record<string, BudgetYear>): string {
  const years = Object.keys(byExercice).sort((a, b) => Number(a) - Number(b));
  const rows = years.map((y) => [y, ...BUDGET_YEAR_KEYS.map((k) => amount(byExercice[y][k]))]);
  rows.push(["Total", ...BUDGET_YEAR_KEYS.map((k) => amount(years.reduce((s, y) => s.plus(byExercice[y][k]), dec(0)).toFixed(2)))]);
  return table([OTHER_TERMS.exercice.short, ...BUDGET_YEAR_KEYS.map((k) => BUDGET_YEAR_TERMS[k].label)], rows);
}

/** The date a value set in the scenario without a date applies from (the parameters' lookup). */
export const UNDATED = "0001-01-01";

/** A parameter used, and the years it was used in (a projection) or none (one year). */
export interface EstimateUse {
  use: ParameterUse;
  years: number[];
}

/** Whether a parameter's value is not a published figure: an estimate or a choice of the product. */
export function isEstimate(use: ParameterUse): boolean {
  return use.status === "estimate" || use.status === "decision";
}

/**
 * The estimated or decided parameters used, once each (same name, value and date), with the
 * years they were used in, in the order first met.
 */
export function estimatesOf(years: readonly { year: number; parametersUsed: readonly ParameterUse[] }[]): EstimateUse[] {
  const out = new Map<string, EstimateUse>();
  for (const y of years)
    for (const use of y.parametersUsed) {
      if (!isEstimate(use)) continue;
      const key = JSON.stringify([use.name, use.value, use.from, use.status, use.source]);
      const seen = out.get(key);
      if (!seen) out.set(key, { use, years: [y.year] });
      else if (!seen.years.includes(y.year)) seen.years.push(y.year);
    }
  return [...out.values()];
}

/**
 * The closing section of a report: each estimated or decided parameter used, with its label, its
 * value as French users read it, its status, the date it applies from and its source text; for a
 * projection (`withYears`), the years it was used in. Empty when every figure is a published one.
 */
export function estimatesSection(estimates: readonly EstimateUse[], withYears: boolean): string[] {
  if (!estimates.length) return [];
  const out = ["", "Paramètres estimés ou décidés utilisés (à vérifier) :"];
  for (const { use, years } of estimates) {
    const status = PARAMETER_STATUS_TERMS[use.status].short;
    const when = withYears ? ` ; ${years.length > 1 ? "années" : "année"} ${years.join(", ")}` : "";
    // A value typed in the scenario without a date applies from 0001-01-01: « sans date ».
    const since = use.from === UNDATED ? "sans date" : `depuis le ${frenchDate(use.from)}`;
    out.push(`  - ${visible(use.label)} = ${valueText(use.value, use.unit)} (${status}, ${since}${when})`);
    out.push(`      source : ${visible(use.source)}`);
  }
  return out;
}
