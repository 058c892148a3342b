import { checkAmount, checkFte, checkMonths, checkRate } from "./checks";
import { add, centsToDecimal, productToCents, type Fixed } from "./fixed";
import type { Decimal, DecimalInput } from "./money";

const ONE: Fixed = { m: 1n, s: 0 };

/** round(gross × (1 + rate)) in cents, on values already read. */
export function loadedCostCents(gross: Fixed, rate: Fixed): bigint {
  return productToCents([gross, add(ONE, rate)]);
}

/** round(cost × FTE × months / 12 × assignment) in cents, on values already read. */
export function payrollLineCents(cost: Fixed, fte: Fixed, months: Fixed, assignment: Fixed): bigint {
  return productToCents([cost, fte, months, assignment], 12n);
}

/**
 * Loaded cost (coût chargé) from a gross salary and an employer rate: round(gross × (1 + rate)).
 *
 * @example loadedCost(30000, 0.4648) // 43944.00
 */
export function loadedCost(gross: DecimalInput, rate: DecimalInput): Decimal {
  return centsToDecimal(loadedCostCents(checkAmount(gross, "brut"), checkRate(rate, "taux")));
}

/**
 * Payroll of one agent line: round(annual loaded cost × FTE × months / 12 × share assigned to France Services).
 *
 * @example payrollLine(36000, 0.8, 6, 0.5) // 7200.00
 */
export function payrollLine(cost: DecimalInput, fte: DecimalInput = 1, months: DecimalInput = 12, assignment: DecimalInput = 1): Decimal {
  return centsToDecimal(payrollLineCents(checkAmount(cost, "coût"), checkFte(fte, "quotité"), checkMonths(months, "mois"), checkRate(assignment, "affectation")));
}
