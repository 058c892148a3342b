import { checkAmount } from "../../checks";
import type { Calculator } from "../../arithmetic/calculator";
import { DECIMAL, type Decimal, type DecimalInput } from "../../arithmetic/money";

/**
 * The remaining cost in any representation: costs − forfait − share − Σ other resources, exact.
 * The costs are the payroll (Excel's NET_COST), or the payroll plus the other operating costs
 * (the engine's reste à charge). Needs only subtraction.
 */
export function netCostIn<T>(calc: Pick<Calculator<T>, "subtract">, payroll: T, forfait: T, share: T, others: readonly T[] = []): T {
  let rest = calc.subtract(calc.subtract(payroll, forfait), share);
  for (const o of others) rest = calc.subtract(rest, o);
  return rest;
}

/**
 * What the manager still pays (reste à charge): payroll − forfait − departmental share − Σ other
 * resources. Negative when resources exceed the payroll.
 *
 * @example netCost(110000, 30000, 33600, [5000, 2500]) // 38900
 */
export function netCost(payroll: DecimalInput, forfait: DecimalInput, share: DecimalInput, others: readonly DecimalInput[] = []): Decimal {
  const p = checkAmount(payroll, "masse salariale");
  const f = checkAmount(forfait, "forfait");
  const s = checkAmount(share, "part du Département");
  const rest = netCostIn(
    DECIMAL,
    p,
    f,
    s,
    others.map((o, i) => checkAmount(o, `autres ressources[${i + 1}]`)),
  );
  return rest.isZero() ? DECIMAL.zero : rest;
}
