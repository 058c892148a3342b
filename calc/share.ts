import { checkAmount, checkRate } from "./checks";
import { cmp, fixed, productToCents, sub, toDecimal, type Fixed } from "./fixed";
import type { Decimal, DecimalInput } from "./money";

/**
 * min(cap, round(rate × max(0, payroll − deduction))), on values already read; the share is in
 * whole cents, the cap as given.
 */
export function shareFixed(payroll: Fixed, deduction: Fixed, rate: Fixed, cap?: Fixed): Fixed {
  const base = sub(payroll, deduction);
  const share: Fixed = base.m > 0n ? { m: productToCents([rate, base]), s: 2 } : { m: 0n, s: 0 };
  return cap !== undefined && cmp(share, cap) > 0 ? cap : share;
}

/**
 * The Département's share of a structure: round(rate × max(0, payroll − deduction)), then at most `cap`.
 *
 * « Le Département participe à la masse salariale des agents France Services à hauteur de 80 %
 * après déduction du forfait de l'État. »
 *
 * @example departmentShare(72000, 30000) // 33600.00
 * @example departmentShare(20000, 30000) // 0
 */
export function departmentShare(payroll: DecimalInput, deduction: DecimalInput, rate: DecimalInput = "0.8", cap?: DecimalInput | null): Decimal {
  const c = cap === undefined || cap === null ? undefined : checkAmount(cap, "plafond");
  return toDecimal(shareFixed(checkAmount(payroll, "masse salariale"), checkAmount(deduction, "forfait"), checkRate(rate, "taux"), c));
}

/**
 * What the manager still pays (reste à charge): payroll − forfait − departmental share − Σ other resources.
 * Negative when resources exceed the payroll.
 */
export function netCost(payroll: DecimalInput, forfait: DecimalInput, share: DecimalInput, others: readonly DecimalInput[] = []): Decimal {
  let rest = sub(sub(checkAmount(payroll, "masse salariale"), checkAmount(forfait, "forfait")), checkAmount(share, "part du Département"));
  others.forEach((o, i) => (rest = sub(rest, checkAmount(o, `autres ressources[${i + 1}]`))));
  return toDecimal(rest.m === 0n ? fixed(0) : rest);
}
