import { checkAmount, checkFte, checkMonths, checkRate } from "../../checks";
import { ONE, roundCent, type Decimal, type DecimalInput } from "../../arithmetic/money";

/**
 * Loaded cost (coût chargé) from a gross salary and an employer rate: round(gross × (1 + rate)).
 *
 * @example loadedCost(30000, 0.4648) // 43944.00
 */
export function loadedCost(gross: DecimalInput, rate: DecimalInput): Decimal {
  const g = checkAmount(gross, "brut");
  const r = checkRate(rate, "taux");
  return roundCent(g.times(ONE.plus(r)));
}

/**
 * Payroll of one agent line: round(annual loaded cost × FTE × months / 12 × share assigned to France Services).
 *
 * @example payrollLine(36000, 0.8, 6, 0.5) // 7200.00
 */
export function payrollLine(cost: DecimalInput, fte: DecimalInput = 1, months: DecimalInput = 12, assignment: DecimalInput = 1): Decimal {
  const c = checkAmount(cost, "coût");
  const f = checkFte(fte, "quotité");
  const m = checkMonths(months, "mois");
  const a = checkRate(assignment, "affectation");
  // Multiply first, divide last: the product of decimals is exact, so a result exactly halfway
  // between two cents is seen as such and rounded up (dividing first would round 1/12 at 40 digits).
  return roundCent(c.times(f).times(m).times(a).dividedBy(12));
}
