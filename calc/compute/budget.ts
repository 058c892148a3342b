import { CalcError } from "../errors";
import { add, centsToEuros, fixed, sub, toCentsFixed, type Fixed } from "../fixed";
import type { Scenario } from "../scenario/schema";
import type { Context } from "./context";
import type { BudgetResult } from "./types";

/**
 * The Département's budget view: the subsidies (final allocation) plus the other lines,
 * receipts apart, against the total the Département states. The gap is shown, never forced to 0.
 * Without a `budget` in the scenario, the view holds the subsidies only.
 */
const euros = (x: Fixed): string => centsToEuros(toCentsFixed(x));

export function computeBudget(scenario: Scenario, subsidies: Fixed, ctx: Context): BudgetResult {
  const given = scenario.budget?.lines ?? [];
  const lines: BudgetResult["lines"] = [{ label: "Subventions de fonctionnement aux gestionnaires", type: "depense", amount: euros(subsidies) }];
  let expenses = subsidies;
  let receipts: Fixed = { m: 0n, s: 0 };
  for (const line of given) {
    const use = line.parameter !== undefined ? ctx.param(line.parameter) : undefined;
    const amount = use ? use.fixed : fixed(line.amount ?? 0);
    if (line.type === "depense") expenses = add(expenses, amount);
    else receipts = add(receipts, amount);
    lines.push({ label: line.label, type: line.type as "depense" | "recette", amount: euros(amount), ...(use ? { parameter: use.plain } : {}) });
  }
  const stated = statedTotal(scenario, ctx);
  return {
    lines,
    expenses: euros(expenses),
    receipts: euros(receipts),
    net: euros(sub(expenses, receipts)),
    ...(stated ? { statedTotal: euros(stated), gap: euros(sub(expenses, stated)) } : {}),
  };
}

/** The stated total: the scenario's, else the dated parameter when the scenario has a budget and the parameter a value. */
function statedTotal(scenario: Scenario, ctx: Context): Fixed | undefined {
  if (!scenario.budget) return undefined;
  if (scenario.budget.statedTotal !== undefined) return fixed(scenario.budget.statedTotal);
  try {
    return ctx.param("departement.cout_total_declare").fixed;
  } catch (e) {
    if (e instanceof CalcError && e.kind === "missing") return undefined; // no stated total for that year
    throw e;
  }
}
