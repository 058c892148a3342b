/**
 * The readable French table of a comparison: the rules and parameters that differ first, then the
 * convention's amounts before, after and their change, then the changes for each manager, each
 * structure and each budget year. Names come from the scenarios: shown through {@link visible}.
 */
import {
  AMOUNT_TERMS,
  BUDGET_YEAR_TERMS,
  COMPARED_KEYS,
  DEDUCTION_TERMS,
  FINAL_RULE_TERMS,
  OTHER_TERMS,
  SHARE_READING_TERMS,
  dec,
  frenchDate,
  labelOf,
  visible,
  type AmountChanges,
  type Comparison,
  type Difference,
} from "../calc";
import { BUDGET_YEAR_KEYS, PRESENCE_LABELS } from "../calc/compare";
import { amount, percent, table, UNDATED, valueText } from "./text";

/** One side of a comparison as the header names it: its file (already escaped) and the options that made it a variant. */
export interface Side {
  file: string;
  variant: string;
}

/** A change with its sign: `+5 000,00`, `-0,01`, `0,00`. */
function signed(change: string): string {
  return dec(change).isPositive() && !dec(change).isZero() ? `+${amount(change)}` : amount(change);
}

/** A rule's value as users read it: a rate in %, an amount in €, a rule by its glossary label, a date in words. */
function ruleValue(name: string, value: string | null): string {
  if (value === null) return "(aucun)";
  switch (name) {
    case "rate":
    case "advanceRate":
      return percent(value);
    case "envelope":
    case "capPerStructure":
      return `${amount(value)} €`;
    case "deduction":
      return labelOf(DEDUCTION_TERMS, value);
    case "shareBase":
      return labelOf(SHARE_READING_TERMS, value);
    case "finalPayment":
      return labelOf(FINAL_RULE_TERMS, value);
    case "pooling":
    case "evaluated":
      return value === "true" ? "oui" : "non";
    case "advanceDate":
    case "balanceDate":
      return /^\d{4}-\d{2}-\d{2}$/.test(value) ? frenchDate(value) : visible(value);
    default:
      return visible(value);
  }
}

/** A parameter's values (`value (YYYY-MM-DD)`, joined by ` ; `) as users read them: `35 000,00 € depuis le 1er janvier 2023`. */
function parameterValue(d: Difference, value: string | null): string {
  if (value === null) return "(non utilisé)";
  return value
    .split(" ; ")
    .map((piece) => {
      const m = /^(-?\d+(?:\.\d+)?) \((\d{4}-\d{2}-\d{2})\)$/.exec(piece);
      if (!m || !d.unit) return visible(piece);
      return `${valueText(m[1], d.unit)} ${m[2] === UNDATED ? "sans date" : `depuis le ${frenchDate(m[2])}`}`;
    })
    .join(" ; ");
}

function differences(c: Comparison): string[] {
  if (!c.rules.length && !c.parameters.length) return ["Règles et paramètres : identiques des deux côtés."];
  const out = ["Règles et paramètres qui diffèrent (avant → après) :"];
  for (const d of c.rules) out.push(`  - ${visible(d.label)} : ${ruleValue(d.name, d.before)} → ${ruleValue(d.name, d.after)}`);
  if (c.rules.some((d) => d.name === "evaluated"))
    out.push("    (le réalisé et les objectifs d'un scénario ne valent que pour son année : une autre année est prévisionnelle)");
  for (const d of c.parameters) out.push(`  - ${visible(d.label)} : ${parameterValue(d, d.before)} → ${parameterValue(d, d.after)}`);
  return out;
}

function conventionTable(c: Comparison): string {
  const rows = COMPARED_KEYS.map((k) => {
    const x = c.convention[k];
    return [AMOUNT_TERMS[k].label, amount(x.before), amount(x.after), signed(x.change)];
  });
  const u = c.convention.finalUnused;
  rows.push([OTHER_TERMS.finalUnused.label, amount(u.before), amount(u.after), signed(u.change)]);
  const r = c.convention.balanceRate;
  const points = dec(r.change).times(100);
  const pointsText = `${points.isPositive() && !points.isZero() ? "+" : ""}${points.toFixed(2).replace(".", ",")} pt`;
  rows.push([OTHER_TERMS.balanceRate.label, percent(r.before), percent(r.after), pointsText]);
  return table(["Convention", "Avant", "Après", "Écart"], rows, false);
}

/** One row of changes per manager or structure: its name (marked when on one side only), then the change of each compared amount. */
function changesTable(
  first: string,
  items: readonly { name: string; presence: keyof typeof PRESENCE_LABELS; amounts: AmountChanges }[],
): string {
  const header = [first, ...COMPARED_KEYS.map((k) => AMOUNT_TERMS[k].short)];
  const rows = items.map((i) => [
    `${visible(i.name)}${i.presence === "les_deux" ? "" : ` (${PRESENCE_LABELS[i.presence]})`}`,
    ...COMPARED_KEYS.map((k) => signed(i.amounts[k].change)),
  ]);
  return table(header, rows, false);
}

function budgetTable(c: Comparison): string {
  const header = [OTHER_TERMS.exercice.short, ...BUDGET_YEAR_KEYS.map((k) => BUDGET_YEAR_TERMS[k].short), "Net avant", "Net après"];
  const rows = c.budgetYears.map((y) => [
    String(y.exercice),
    ...BUDGET_YEAR_KEYS.map((k) => signed(y[k].change)),
    amount(y.total.before),
    amount(y.total.after),
  ]);
  return table(header, rows, false);
}

function sideName(c: Comparison["before"], side: Side): string {
  const title = visible(c.title ?? "Convention France Services");
  return `${title} — année ${c.year} (${side.file}${side.variant ? `, avec ${side.variant}` : ""})`;
}

/** The comparison as a readable French text (see the module's comment). Every change is after − before. */
export function formatComparison(c: Comparison, sides: readonly [Side, Side]): string {
  const out = [
    "Comparaison de deux scénarios",
    `  Avant : ${sideName(c.before, sides[0])}`,
    `  Après : ${sideName(c.after, sides[1])}`,
    "",
    ...differences(c),
    "",
    conventionTable(c),
    "",
    "Écarts par gestionnaire (après − avant) :",
    changesTable(OTHER_TERMS.manager.label, c.managers),
    "",
    "Écarts par structure (après − avant) :",
    changesTable(OTHER_TERMS.structure.label, c.structures),
    "",
    "Écarts du budget du Département par exercice (après − avant ; reversements : recettes) :",
    budgetTable(c),
    "",
    "Montants en euros ; écart = après − avant.",
  ];
  return out.join("\n");
}
