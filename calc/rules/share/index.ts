import { checkAmount, checkRate } from "../../checks";
import { Dec, roundCent, ZERO, type Decimal, type DecimalInput } from "../../arithmetic/money";

/**
 * The Département's share of a structure: round(rate × max(0, payroll − deduction)), then at most `cap`.
 *
 * « Le Département participe à la masse salariale des agents France Services à hauteur de 80 %
 * après déduction du forfait de l'État. »
 *
 * @example departmentShare(72000, 30000) // 33600.00
 * @example departmentShare(20000, 30000) // 0
 */
export function departmentShare(
  payroll: DecimalInput,
  deduction: DecimalInput,
  rate: DecimalInput = "0.8",
  cap?: DecimalInput | null,
): Decimal {
  const p = checkAmount(payroll, "masse salariale");
  const d = checkAmount(deduction, "forfait");
  const r = checkRate(rate, "taux");
  const base = p.minus(d);
  const share = base.isPositive() && !base.isZero() ? roundCent(r.times(base)) : ZERO;
  if (cap === undefined || cap === null) return share;
  // A ceiling taken down to the cent stays a ceiling once amounts are rounded to the cent.
  const c = checkAmount(cap, "plafond").toDecimalPlaces(2, Dec.ROUND_DOWN);
  return share.gt(c) ? c : share;
}

/**
 * What the manager still pays (reste à charge): payroll − forfait − departmental share − Σ other resources.
 * Negative when resources exceed the payroll.
 */
export function netCost(payroll: DecimalInput, forfait: DecimalInput, share: DecimalInput, others: readonly DecimalInput[] = []): Decimal {
  let rest = checkAmount(payroll, "masse salariale")
    .minus(checkAmount(forfait, "forfait"))
    .minus(checkAmount(share, "part du Département"));
  others.forEach((o, i) => (rest = rest.minus(checkAmount(o, `autres ressources[${i + 1}]`))));
  return rest;
}
