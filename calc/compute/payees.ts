import { allocate, largestRemainder } from "../allocate";
import { dec, fromCents, roundCent, toCents, ZERO, type Decimal } from "../money";
import { achievement } from "../achievement";
import { departmentShare } from "../share";
import type { StructureBase, RuleValues } from "./structure";

/** What each structure receives once the envelope and the payments are settled. */
export interface Payments {
  /** The structure's request, or its part of its pooled manager's request. */
  requested: Decimal;
  allocated: Decimal;
  advance: Decimal;
  /** The structure's final request, or its part of its pooled manager's final request. */
  finalRequested: Decimal;
  final: Decimal;
  /** The pooled manager's requests, when the structure is pooled. */
  pool?: { requested: Decimal; advance: Decimal; finalRequested: Decimal };
}

/**
 * A payee of the allocation: one structure, or a manager whose structures are pooled (the rule
 * applied to their summed payroll and deductions).
 */
interface Payee {
  members: StructureBase[];
  requested: Decimal;
  finalRequested: Decimal;
}

function payeesOf(bases: readonly StructureBase[], pooledManagers: ReadonlySet<number>, rules: RuleValues): Payee[] {
  const payees: Payee[] = [];
  const pools = new Map<number, StructureBase[]>();
  for (const b of bases) {
    if (!pooledManagers.has(b.managerIndex)) payees.push({ members: [b], requested: b.requested, finalRequested: b.finalRequested });
    else {
      let pool = pools.get(b.managerIndex);
      if (!pool) {
        pool = [];
        pools.set(b.managerIndex, pool);
        payees.push({ members: pool, requested: ZERO, finalRequested: ZERO });
      }
      pool.push(b);
    }
  }
  for (const payee of payees) {
    if (payee.members.length === 0 || !pooledManagers.has(payee.members[0].managerIndex)) continue;
    const m = payee.members;
    const sumOf = (f: (b: StructureBase) => Decimal) => m.reduce((a, b) => a.plus(f(b)), ZERO);
    const caps = m.every((b) => b.cap !== undefined) ? sumOf((b) => b.cap as Decimal) : undefined;
    payee.requested = departmentShare(sumOf((b) => b.payroll), sumOf((b) => b.deduction), rules.rate, caps);
    const ratio = achievement(
      m.flatMap((b) => b.structure.objectives.map((o) => o.met)),
      m.flatMap((b) => b.structure.objectives.map((o) => dec(o.weight))),
    );
    payee.finalRequested = roundCent(departmentShare(sumOf((b) => b.actualPayroll), sumOf((b) => b.deduction), rules.rate, caps).times(ratio));
  }
  return payees;
}

/** Splits a pooled amount among the structures in proportion to their bases, in whole cents. */
function split(amount: Decimal, weights: readonly Decimal[]): Decimal[] {
  let cents = weights.map((w) => (w.isPositive() && !w.isZero() ? toCents(w) : 0n));
  if (cents.every((c) => c === 0n)) cents = weights.map(() => 1n);
  return largestRemainder(toCents(amount), cents).map(fromCents);
}

/**
 * Allocates the envelope among the payees (forecast and final), computes the acomptes, and
 * returns each structure's payments in the order of `bases`.
 */
export function settle(bases: readonly StructureBase[], pooledManagers: ReadonlySet<number>, rules: RuleValues, envelope: Decimal, advanceRate: Decimal) {
  const payees = payeesOf(bases, pooledManagers, rules);
  const forecast = allocate(payees.map((p) => p.requested), envelope);
  const final = allocate(payees.map((p) => p.finalRequested), envelope);
  const payments = new Map<StructureBase, Payments>();
  payees.forEach((payee, i) => {
    const allocated = forecast.parts[i];
    const advance = roundCent(allocated.times(advanceRate));
    if (payee.members.length === 1 && !pooledManagers.has(payee.members[0].managerIndex)) {
      const b = payee.members[0];
      payments.set(b, { requested: b.requested, allocated, advance, finalRequested: b.finalRequested, final: final.parts[i] });
      return;
    }
    // A pooled manager's requests are split by payroll − deduction, so that its structures sum to
    // it; each payment is then split in proportion to the part it pays, so that no structure is
    // paid above its part (splitting each amount by the same weights independently could, by a
    // cent: the Alabama paradox of the largest-remainder method).
    const req = split(payee.requested, payee.members.map((b) => b.payroll.minus(b.deduction)));
    const a = split(allocated, req);
    const adv = split(advance, a);
    const freq = split(payee.finalRequested, payee.members.map((b) => b.actualPayroll.minus(b.deduction)));
    const f = split(final.parts[i], freq);
    const pool = { requested: payee.requested, advance, finalRequested: payee.finalRequested };
    payee.members.forEach((b, j) => payments.set(b, { requested: req[j], allocated: a[j], advance: adv[j], finalRequested: freq[j], final: f[j], pool }));
  });
  return { forecast, final, payments, payees: payees.length };
}
