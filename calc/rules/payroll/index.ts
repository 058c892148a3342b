import { checkAmount, checkFte, checkMonths, checkRate } from "../../checks";
import type { Calculator } from "../../arithmetic/calculator";
import { DECIMAL, type Decimal, type DecimalInput } from "../../arithmetic/money";
import { FIXED, type Fixed } from "../../arithmetic/fixed";

/** Loaded cost in any representation: round(gross × (1 + rate)). */
export function loadedCostIn<T>(calc: Calculator<T>, gross: T, rate: T): T {
  return calc.roundCent([gross, calc.add(calc.one, rate)]);
}

/** Payroll line in any representation: round(cost × FTE × months × assignment / 12), dividing last. */
export function payrollLineIn<T>(calc: Calculator<T>, cost: T, fte: T, months: T, assignment: T): T {
  return calc.roundCent([cost, fte, months, assignment], calc.integer(12));
}

/**
 * Loaded cost (coût chargé) from a gross salary and an employer rate: round(gross × (1 + rate)).
 *
 * @example loadedCost(30000, 0.4648) // 43944.00
 * @throws {CalcError} `montant_negatif`, `taux_invalide`.
 */
export function loadedCost(gross: DecimalInput, rate: DecimalInput): Decimal {
  return loadedCostIn(DECIMAL, checkAmount(gross, "brut"), checkRate(rate, "taux"));
}

/**
 * Payroll of one agent line: round(annual loaded cost × FTE × months / 12 × share assigned to France Services).
 *
 * @example payrollLine(36000, 0.8, 6, 0.5) // 7200.00
 * @throws {CalcError} `montant_negatif`, `hors_bornes` (FTE, months), `taux_invalide` (assignment).
 */
export function payrollLine(cost: DecimalInput, fte: DecimalInput = 1, months: DecimalInput = 12, assignment: DecimalInput = 1): Decimal {
  const c = checkAmount(cost, "coût");
  const f = checkFte(fte, "quotité");
  const m = checkMonths(months, "mois");
  const a = checkRate(assignment, "affectation");
  return payrollLineIn(DECIMAL, c, f, m, a);
}

/** The engine's loaded cost, in cents. */
export function loadedCostCents(gross: Fixed, rate: Fixed): bigint {
  return loadedCostIn(FIXED, gross, rate).m;
}

/** The engine's payroll line, in cents. */
export function payrollLineCents(cost: Fixed, fte: Fixed, months: Fixed, assignment: Fixed): bigint {
  return payrollLineIn(FIXED, cost, fte, months, assignment).m;
}
