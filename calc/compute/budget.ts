import { CalcError } from "../errors";
import { dec, euros, ZERO, type Decimal } from "../money";
import type { Scenario } from "../scenario/schema";
import { strip, type Context } from "./context";
import type { BudgetResult } from "./types";

/**
 * The Département's budget view: the subsidies (final allocation) plus the other lines,
 * receipts apart, against the total the Département states. The gap is shown, never forced to 0.
 * Without a `budget` in the scenario, the view holds the subsidies only.
 */
export function computeBudget(scenario: Scenario, subsidies: Decimal, ctx: Context): BudgetResult {
  const given = scenario.budget?.lines ?? [];
  const lines: BudgetResult["lines"] = [{ label: "Subventions de fonctionnement aux gestionnaires", type: "depense", amount: euros(subsidies) }];
  let expenses = subsidies;
  let receipts = ZERO;
  for (const line of given) {
    const use = line.parameter !== undefined ? ctx.param(line.parameter) : undefined;
    const amount = use ? use.decimal : dec(line.amount ?? 0);
    if (line.type === "depense") expenses = expenses.plus(amount);
    else receipts = receipts.plus(amount);
    lines.push({ label: line.label, type: line.type as "depense" | "recette", amount: euros(amount), ...(use ? { parameter: strip(use) } : {}) });
  }
  const stated = statedTotal(scenario, ctx);
  return {
    lines,
    expenses: euros(expenses),
    receipts: euros(receipts),
    net: euros(expenses.minus(receipts)),
    ...(stated ? { statedTotal: euros(stated), gap: euros(expenses.minus(stated)) } : {}),
  };
}

/** The stated total: the scenario's, else the dated parameter when the scenario has a budget and the parameter a value. */
function statedTotal(scenario: Scenario, ctx: Context): Decimal | undefined {
  if (!scenario.budget) return undefined;
  if (scenario.budget.statedTotal !== undefined) return dec(scenario.budget.statedTotal);
  try {
    return ctx.param("departement.cout_total_declare").decimal;
  } catch (e) {
    if (e instanceof CalcError && e.kind === "missing") return undefined; // no stated total for that year
    throw e;
  }
}
