import type { Fixed } from "../arithmetic/fixed";
import { balanceIn } from "../rules/payments";
import { netCostIn } from "../rules/remainingCost";
import type { Payments } from "./payees";
import type { StructureBase } from "./structure";
import type { Amounts } from "./types";

/** The name of an amount of {@link Amounts}; {@link AMOUNT_KEYS} lists them in order. */
export type AmountKey = keyof Amounts;

/** A structure's amounts by key, in one representation (exact values, or cents in numbers). */
export type AmountValues<T> = Record<AmountKey, T>;

/**
 * The arithmetic a structure's amounts need, for one representation of amounts (see lane.ts).
 * A representation that cannot hold an input returns a value its own sums recognise (NaN in numbers).
 */
export interface AmountCalculator<T> {
  /** Whole cents. */
  cents(c: bigint): T;
  /** An exact value, which may hold fractions of a cent (amounts entered by users). */
  exact(x: Fixed): T;
  add(a: T, b: T): T;
  subtract(a: T, b: T): T;
  /** max(0 ; −a). */
  negativePart(a: T): T;
}

/**
 * A structure's amounts: those its base and its payments computed, and the amounts derived from
 * them (solde, reversement, reste à charge), each by the one function that states its rule.
 */
export function structureAmounts<T>(b: StructureBase, p: Payments, n: AmountCalculator<T>): AmountValues<T> {
  const payroll = n.cents(b.payroll);
  const otherCosts = n.exact(b.otherCosts);
  const forfait = n.cents(b.forfait);
  const otherResources = n.exact(b.otherResources);
  const allocated = n.cents(p.allocated);
  const advance = n.cents(p.advance);
  const actualPayroll = n.exact(b.actualPayroll);
  const final = n.cents(p.final);
  const balance = balanceOf(n, final, advance);
  return {
    payroll,
    otherCosts,
    forfait,
    otherResources,
    investmentGrants: n.exact(b.investmentGrants),
    deduction: n.exact(b.deduction),
    requested: n.cents(p.requested),
    allocated,
    advance,
    actualPayroll,
    finalRequested: n.cents(p.finalRequested),
    final,
    balance,
    repayment: n.negativePart(balance),
    remainingCost: remainingCostOf(n, { payroll, otherCosts, forfait, otherResources, allocation: allocated }),
    finalRemainingCost: remainingCostOf(n, { payroll: actualPayroll, otherCosts, forfait, otherResources, allocation: final }),
  };
}

/** Solde: the rule `balanceIn` (calc/rules/payments) over the amounts' calculator. */
export function balanceOf<T>(n: AmountCalculator<T>, final: T, advance: T): T {
  return balanceIn(n, final, advance);
}

/**
 * Reste à charge: the rule `netCostIn` (calc/rules/remainingCost) on the structure's costs
 * (payroll + other operating costs), its forfait, its allocation (forecast or final) and its
 * other resources.
 */
export function remainingCostOf<T>(
  n: AmountCalculator<T>,
  a: { payroll: T; otherCosts: T; forfait: T; otherResources: T; allocation: T },
): T {
  return netCostIn(n, n.add(a.payroll, a.otherCosts), a.forfait, a.allocation, [a.otherResources]);
}
