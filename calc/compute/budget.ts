import { dec, euros, ZERO, type Decimal } from "../money";
import type { Scenario } from "../scenario/schema";
import { strip, type Context } from "./context";
import type { BudgetResult } from "./types";

/** The budget lines used when a scenario gives none: the CD 88 figures of the 2022 convention. */
const DEFAULT_LINES = [
  { label: "Coordinateur départemental", type: "depense", parameter: "departement.coordinateur" },
  { label: "Appui juridique", type: "depense", parameter: "departement.appui_juridique" },
] as const;

/**
 * The Département's budget view: the subsidies (final allocation) plus the other lines,
 * receipts apart, against the total the Département states. The gap is shown, never forced to 0.
 */
export function computeBudget(scenario: Scenario, subsidies: Decimal, ctx: Context): BudgetResult {
  const given = scenario.budget?.lines ?? DEFAULT_LINES;
  const lines: BudgetResult["lines"] = [{ label: "Subventions de fonctionnement aux gestionnaires", type: "depense", amount: euros(subsidies) }];
  let expenses = subsidies;
  let receipts = ZERO;
  for (const line of given) {
    const use = line.parameter !== undefined ? ctx.param(line.parameter) : undefined;
    const amount = use ? use.decimal : dec(("amount" in line ? line.amount : undefined) ?? 0);
    if (line.type === "depense") expenses = expenses.plus(amount);
    else receipts = receipts.plus(amount);
    lines.push({ label: line.label, type: line.type as "depense" | "recette", amount: euros(amount), ...(use ? { parameter: strip(use) } : {}) });
  }
  const stated = scenario.budget?.statedTotal !== undefined ? dec(scenario.budget.statedTotal) : ctx.param("departement.cout_total_declare").decimal;
  return {
    lines,
    expenses: euros(expenses),
    receipts: euros(receipts),
    net: euros(expenses.minus(receipts)),
    statedTotal: euros(stated),
    gap: euros(expenses.minus(stated)),
  };
}
