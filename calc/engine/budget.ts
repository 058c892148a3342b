import { CalcError } from "../errors";
import { fixedToEuros, add, fixed, sub, type Fixed } from "../arithmetic/fixed";
import type { Scenario } from "../scenario/schema";
import type { Context } from "./context";
import { byExercice } from "./schedule";
import type { BudgetResult, Payment } from "./types";

/**
 * The Département's budget view: the subsidies (final allocation) plus the other lines,
 * receipts apart, against the total the Département states. The gap is shown, never forced to 0.
 * Without lines in the scenario, the default lines are used, each only in the years its
 * parameter has a value.
 */
/** The lines used when a scenario gives none: the Département's own costs, as dated parameters. */
const DEFAULT_LINES = [
  { label: "Coordinateur départemental", type: "depense", parameter: "departement.coordinateur", recurrence: "annuelle" },
  { label: "Appui juridique", type: "depense", parameter: "departement.appui_juridique", recurrence: "ponctuelle" },
] as const;

/**
 * Whether a budget line counts in a year: an annual line every year; a one-off line in its year
 * only: the year given, else the first year of its parameter (the default legal support: 2022),
 * else the scenario's year.
 */
function lineCountsIn(
  line: { recurrence?: string; year?: number | string; parameter?: string },
  year: number,
  scenario: Scenario,
  ctx: Context,
): boolean {
  if (line.recurrence !== "ponctuelle") return true;
  if (line.year !== undefined) return Number(line.year) === year;
  const first = line.parameter === undefined ? undefined : ctx.params.firstDate(line.parameter);
  return (first === undefined ? scenario.year : Number(first.slice(0, 4))) === year;
}

/** A parameter's value at the year, or undefined when it has none then (e.g. a CD 88 figure before 2022). */
function optionalParam(ctx: Context, name: string) {
  try {
    return ctx.param(name);
  } catch (e) {
    if (e instanceof CalcError && e.kind === "missing") return undefined;
    throw e;
  }
}

/**
 * The budget of a convention year: its lines (the final amounts as subsidies, and the other lines
 * that count in the year), their totals, the stated total, and the budget years its payments and
 * lines are booked in.
 */
export function computeBudget(
  scenario: Scenario,
  subsidies: Fixed,
  ctx: Context,
  payments: readonly Payment[],
  balanceRate: string,
): BudgetResult {
  const given = (scenario.budget?.lines ?? DEFAULT_LINES.filter((l) => optionalParam(ctx, l.parameter) !== undefined)).filter((l) =>
    lineCountsIn(l, ctx.year, scenario, ctx),
  );
  const lines: BudgetResult["lines"] = [
    { label: "Subventions de fonctionnement aux gestionnaires", type: "depense", amount: fixedToEuros(subsidies) },
  ];
  let expenses = subsidies;
  let receipts: Fixed = { m: 0n, s: 0 };
  let otherExpenses: Fixed = { m: 0n, s: 0 };
  for (const line of given) {
    const use = line.parameter !== undefined ? ctx.param(line.parameter) : undefined;
    const amount = use ? use.fixed : fixed(("amount" in line ? line.amount : undefined) ?? 0);
    if (line.type === "depense") {
      expenses = add(expenses, amount);
      otherExpenses = add(otherExpenses, amount);
    } else receipts = add(receipts, amount);
    lines.push({
      label: line.label,
      type: line.type as "depense" | "recette",
      amount: fixedToEuros(amount),
      ...(use ? { parameter: use.plain } : {}),
    });
  }
  const stated = statedTotal(scenario, ctx);
  return {
    lines,
    expenses: fixedToEuros(expenses),
    receipts: fixedToEuros(receipts),
    net: fixedToEuros(sub(expenses, receipts)),
    ...(stated ? { statedTotal: fixedToEuros(stated), gap: fixedToEuros(sub(expenses, stated)) } : {}),
    byExercice: byExercice(payments, { exercice: ctx.year, expenses: otherExpenses, receipts }),
    balanceRate,
  };
}

/** The stated total: the scenario's, else the dated parameter when it has a value that year. */
function statedTotal(scenario: Scenario, ctx: Context): Fixed | undefined {
  if (scenario.budget?.statedTotal !== undefined) return fixed(scenario.budget.statedTotal);
  return optionalParam(ctx, "departement.cout_total_declare")?.fixed;
}
