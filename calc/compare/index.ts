/**
 * Comparison of two computed conventions, as finance teams do before every vote: what differs in
 * the rules and parameters first, then the change of every amount for the convention, each
 * manager and each structure, and of each budget year. Managers and structures are matched by id;
 * one present on one side only is compared with zeros and marked.
 */
import { dec, toEuroString } from "../arithmetic/money";
import type { ParameterUse } from "../parameters/types";
import { SCENARIO_FIELD_LABELS } from "../scenario/describePath";
import { AMOUNT_KEYS, BUDGET_YEAR_KEYS, type Amounts, type BudgetYear, type ConventionResult, type Euros } from "../engine/types";

/** One figure before and after, and after − before. */
export interface Change {
  before: Euros;
  after: Euros;
  change: Euros;
}

/** Every amount of {@link Amounts}, before and after. */
export type AmountChanges = Record<keyof Amounts, Change>;

/** Whether a manager or structure is on both sides, or only before (`"avant"`) or after (`"apres"`). */
export type Presence = "les_deux" | "avant" | "apres";

/** How a manager's or structure's presence is written for people. */
export const PRESENCE_LABELS: Readonly<Record<Presence, string>> = {
  les_deux: "des deux côtés",
  avant: "avant seulement",
  apres: "après seulement",
};

/**
 * A rule or parameter that differs: its name, its French label, its value on each side (absent:
 * `null`). A parameter's value is written `value (YYYY-MM-DD)`, the date it applies from (several
 * joined by ` ; ` when several apply in the year), and the difference carries its unit.
 */
export interface Difference {
  name: string;
  label: string;
  before: string | null;
  after: string | null;
  /** A parameter's unit (see {@link ParameterUse}); absent for a rule. */
  unit?: ParameterUse["unit"];
}

/** The comparison of two computed conventions (see {@link compare}). */
export interface Comparison {
  before: { title?: string; year: number };
  after: { title?: string; year: number };
  /** The rules that differ (year included), in the order of the result's rules. */
  rules: Difference[];
  /** The parameters whose values used differ (value and date it applies from), by name. */
  parameters: Difference[];
  convention: AmountChanges & { finalUnused: Change; balanceRate: { before: string; after: string; change: string } };
  managers: { id: string; name: string; presence: Presence; amounts: AmountChanges }[];
  structures: { id: string; managerId: string; name: string; presence: Presence; amounts: AmountChanges }[];
  /** Each budget year of either side, in increasing order. */
  budgetYears: ({ exercice: number } & Record<keyof BudgetYear, Change>)[];
}

/** The amounts {@link compare} lists in short views (command line table, pane), in their order. */
export const COMPARED_KEYS = [
  "payroll",
  "forfait",
  "requested",
  "allocated",
  "advance",
  "final",
  "remainingCost",
  "finalRemainingCost",
] as const satisfies readonly (keyof Amounts)[];

/** The figures of a budget year, in their order (defined beside {@link BudgetYear}). */
export { BUDGET_YEAR_KEYS } from "../engine/types";

/** The rules of a result that a comparison lists when they differ (the year first), labelled as the scenario's fields. */
const RULE_NAMES = [
  "year",
  "rate",
  "deduction",
  "shareBase",
  "advanceRate",
  "envelope",
  "capPerStructure",
  "pooling",
  "evaluated",
  "finalPayment",
  "advanceDate",
  "balanceDate",
] as const;

/** The label of a rule: the scenario field's, or, for what is not a field, its own. */
function ruleLabel(name: (typeof RULE_NAMES)[number]): string {
  return name === "evaluated" ? "Évaluation prise en compte (réalisé, objectifs)" : SCENARIO_FIELD_LABELS[name];
}

function change(before: string | undefined, after: string | undefined): Change {
  const b = before ?? "0.00";
  const a = after ?? "0.00";
  return { before: b, after: a, change: toEuroString(dec(a).minus(dec(b))) };
}

function amountChanges(before: Amounts | undefined, after: Amounts | undefined): AmountChanges {
  const out = {} as AmountChanges;
  for (const k of AMOUNT_KEYS) out[k] = change(before?.[k], after?.[k]);
  return out;
}

/** Items of both sides matched by key, in the order of `after`, then those only before. */
function matched<T>(before: readonly T[], after: readonly T[], key: (x: T) => string) {
  const old = new Map(before.map((x) => [key(x), x]));
  const out: { before?: T; after?: T; presence: Presence }[] = [];
  for (const a of after) {
    const b = old.get(key(a));
    out.push({ before: b, after: a, presence: b ? "les_deux" : "apres" });
    old.delete(key(a));
  }
  for (const b of old.values()) out.push({ before: b, presence: "avant" });
  return out;
}

function ruleDifferences(a: ConventionResult, b: ConventionResult): Difference[] {
  const left: Record<string, unknown> = { year: a.year, ...a.rules };
  const right: Record<string, unknown> = { year: b.year, ...b.rules };
  const out: Difference[] = [];
  for (const name of RULE_NAMES) {
    const x = left[name] === undefined ? null : String(left[name]);
    const y = right[name] === undefined ? null : String(right[name]);
    if (x !== y) out.push({ name, label: ruleLabel(name), before: x, after: y });
  }
  return out;
}

/** A parameter's values used, as « value (from date) », joined when several dates apply in the year. */
function parameterValues(uses: readonly ParameterUse[]): Map<string, { label: string; text: string; unit: ParameterUse["unit"] }> {
  const out = new Map<string, { label: string; text: string; unit: ParameterUse["unit"] }>();
  for (const u of uses) {
    const text = `${u.value} (${u.from})`;
    const prev = out.get(u.name);
    out.set(u.name, { label: u.label, text: prev ? `${prev.text} ; ${text}` : text, unit: u.unit });
  }
  return out;
}

/** The dated parameter each rule replaces when the scenario gives the rule: its difference is the rule's, listed once. */
const RULE_PARAMETERS: Partial<Record<(typeof RULE_NAMES)[number], string>> = {
  rate: "departement.taux",
  advanceRate: "departement.taux_acompte",
  envelope: "departement.enveloppe",
};

function parameterDifferences(a: ConventionResult, b: ConventionResult, rules: readonly Difference[]): Difference[] {
  const left = parameterValues(a.parametersUsed);
  const right = parameterValues(b.parametersUsed);
  const names = [...new Set([...left.keys(), ...right.keys()])].sort();
  const byRule = new Set(rules.map((r) => RULE_PARAMETERS[r.name as keyof typeof RULE_PARAMETERS]));
  const out: Difference[] = [];
  for (const name of names) {
    if (byRule.has(name)) continue;
    const x = left.get(name);
    const y = right.get(name);
    const one = y ?? x;
    if (one && x?.text !== y?.text) out.push({ name, label: one.label, before: x?.text ?? null, after: y?.text ?? null, unit: one.unit });
  }
  return out;
}

function budgetYears(a: ConventionResult, b: ConventionResult): Comparison["budgetYears"] {
  const years = [...new Set([...Object.keys(a.budget.byExercice), ...Object.keys(b.budget.byExercice)])].map(Number).sort((x, y) => x - y);
  return years.map((exercice) => {
    const x = a.budget.byExercice[String(exercice)];
    const y = b.budget.byExercice[String(exercice)];
    const row = { exercice } as Comparison["budgetYears"][number];
    for (const k of BUDGET_YEAR_KEYS) row[k] = change(x?.[k], y?.[k]);
    return row;
  });
}

/**
 * Compares two computed conventions: `before` (the reference) and `after` (the variant). Every
 * change is after − before, exact to the cent. Comparing a result with itself gives only zeros
 * and no difference.
 *
 * @example compare(compute(base).result, compute(variant).result).convention.allocated.change // "0.00"
 */
export function compare(before: ConventionResult, after: ConventionResult): Comparison {
  const rateChange = dec(after.budget.balanceRate).minus(dec(before.budget.balanceRate)).toFixed(4);
  const rules = ruleDifferences(before, after);
  return {
    before: { title: before.title, year: before.year },
    after: { title: after.title, year: after.year },
    rules,
    parameters: parameterDifferences(before, after, rules),
    convention: {
      ...amountChanges(before.totals, after.totals),
      finalUnused: change(before.totals.finalUnused, after.totals.finalUnused),
      balanceRate: {
        before: before.budget.balanceRate,
        after: after.budget.balanceRate,
        change: rateChange === "-0.0000" ? "0.0000" : rateChange,
      },
    },
    managers: matched(before.managers, after.managers, (m) => m.id).map((m) => {
      const one = (m.after ?? m.before) as ConventionResult["managers"][number];
      return { id: one.id, name: one.name, presence: m.presence, amounts: amountChanges(m.before, m.after) };
    }),
    structures: matched(before.structures, after.structures, (s) => s.id).map((s) => {
      const one = (s.after ?? s.before) as ConventionResult["structures"][number];
      return { id: one.id, managerId: one.managerId, name: one.name, presence: s.presence, amounts: amountChanges(s.before, s.after) };
    }),
    budgetYears: budgetYears(before, after),
  };
}
