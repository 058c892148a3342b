import {
  achievementRatio,
  advanceCents,
  allocateCents,
  applyRatio,
  largestRemainderCents as largestRemainder,
  shareFixed,
  type CentsAllocation,
} from "./exact";
import { add, fixed, sub, toCentsFixed, type Fixed } from "../arithmetic/fixed";
import type { RuleValues, StructureBase } from "./structure";

/** What each structure receives once the envelope and the payments are settled, in cents. */
export interface Payments {
  /** The structure's part of its payee's request (its own request unless pooled). */
  requested: bigint;
  finalRequested: bigint;
  allocated: bigint;
  advance: bigint;
  final: bigint;
  /** The pooled manager's own figures, when the structure is pooled. */
  pool?: { requested: bigint; advance: bigint; finalRequested: bigint };
}

/**
 * A payee of the allocation: one structure, or a manager whose structures are pooled (the rule
 * applied to their summed payroll and deductions).
 */
interface Payee {
  /** Its structures' positions in the bases. */
  at: number[];
  pooled: boolean;
  requested: bigint;
  finalRequested: bigint;
}

const ZERO: Fixed = { m: 0n, s: 0 };

function pooledPayee(at: number[], bases: readonly StructureBase[], rules: RuleValues): Payee {
  const members = at.map((i) => bases[i]);
  let payroll = 0n;
  let deduction = ZERO;
  let actual = ZERO;
  let caps: Fixed | undefined = ZERO;
  for (const b of members) {
    payroll += b.payroll;
    deduction = add(deduction, b.deduction);
    actual = add(actual, b.actualPayroll);
    caps = caps !== undefined && b.cap !== undefined ? add(caps, b.cap) : undefined;
  }
  const ratio = achievementRatio(
    members.flatMap((b) => b.objectives.map((o) => o.met)),
    members.flatMap((b) => b.objectives.map((o) => fixed(o.weight))),
  );
  const requested = toCentsFixed(shareFixed({ m: payroll, s: 2 }, deduction, rules.rate, caps));
  const finalRequested = applyRatio(shareFixed(actual, deduction, rules.rate, caps), ratio);
  return { at, pooled: true, requested, finalRequested };
}

function payeesOf(bases: readonly StructureBase[], pooledManagers: ReadonlySet<number>, rules: RuleValues): Payee[] {
  const payees: (Payee | number[])[] = [];
  const pools = new Map<number, number[]>();
  bases.forEach((b, i) => {
    if (!pooledManagers.has(b.managerIndex)) {
      payees.push({ at: [i], pooled: false, requested: toCentsFixed(b.requested), finalRequested: b.finalRequested });
      return;
    }
    let pool = pools.get(b.managerIndex);
    if (!pool) {
      pool = [];
      pools.set(b.managerIndex, pool);
      payees.push(pool); // the pool takes the place of its first structure
    }
    pool.push(i);
  });
  return payees.map((p) => (Array.isArray(p) ? pooledPayee(p, bases, rules) : p));
}

/** The acompte on an allocation in cents: the rule `advance` (calc/rules/payments), round(allocation × rate). */
function advanceOf(allocated: bigint, rate: Fixed): bigint {
  return advanceCents({ m: allocated, s: 2 }, rate);
}

/** Splits pooled cents among the structures in proportion to their bases (payroll − deduction, at least 0), in whole cents. */
function split(amount: bigint, weights: readonly bigint[]): bigint[] {
  const w = weights.some((x) => x > 0n) ? weights.map((x) => (x > 0n ? x : 0n)) : weights.map(() => 1n);
  return largestRemainder(amount, w);
}

/**
 * Allocates the envelope among the payees (forecast and final), computes the acomptes, and
 * returns each structure's payments. A pooled manager's request, allocation, acompte and final
 * allocation are each split among its structures in proportion to their bases, so that the
 * structures' figures always sum to the manager's.
 */
export function settle(
  bases: readonly StructureBase[],
  pooledManagers: ReadonlySet<number>,
  rules: RuleValues,
  envelope: bigint,
  advanceRate: Fixed,
) {
  const payees = payeesOf(bases, pooledManagers, rules);
  const forecast: CentsAllocation = allocateCents(
    payees.map((p) => p.requested),
    envelope,
  );
  const final: CentsAllocation = allocateCents(
    payees.map((p) => p.finalRequested),
    envelope,
  );
  /** Each structure's payments, in the order of `bases`. */
  const payments = new Array<Payments>(bases.length);
  payees.forEach((payee, i) => {
    const allocated = forecast.parts[i];
    const advance = advanceOf(allocated, advanceRate);
    if (!payee.pooled) {
      payments[payee.at[0]] = {
        requested: payee.requested,
        finalRequested: payee.finalRequested,
        allocated,
        advance,
        final: final.parts[i],
      };
      return;
    }
    // The requests are split by payroll − deduction, so that the structures sum to the manager;
    // each payment is then split in proportion to the part it pays, so that no structure is paid
    // above its part (splitting every amount by the same weights could, by a cent: the Alabama
    // paradox of the largest-remainder method).
    const members = payee.at.map((k) => bases[k]);
    const req = split(
      payee.requested,
      members.map((b) => toCentsFixed(sub({ m: b.payroll, s: 2 }, b.deduction))),
    );
    const a = split(allocated, req);
    const adv = split(advance, a);
    const finalReq = split(
      payee.finalRequested,
      members.map((b) => toCentsFixed(sub(b.actualPayroll, b.deduction))),
    );
    const f = split(final.parts[i], finalReq);
    const pool = { requested: payee.requested, advance, finalRequested: payee.finalRequested };
    payee.at.forEach((k, j) => {
      payments[k] = { requested: req[j], finalRequested: finalReq[j], allocated: a[j], advance: adv[j], final: f[j], pool };
    });
  });
  return { forecast, final, payments };
}
