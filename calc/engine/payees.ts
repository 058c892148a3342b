import { achievementRatio, applyRatio } from "../rules/achievement";
import { allocateCents, largestRemainder, type CentsAllocation } from "../rules/allocation";
import { cappedFinalIn, type FinalRule } from "../rules/finalPayment";
import { shareFixed } from "../rules/share";
import { advanceCents } from "../rules/payments";
import { FIXED, add, cents, fixed, sub, toCentsFixed, type Fixed } from "../arithmetic/fixed";
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

function pooledPayee(at: number[], bases: readonly StructureBase[], rules: Pick<RuleValues, "rate" | "shareBase">): Payee {
  const members = at.map((i) => bases[i]);
  let payroll = 0n;
  let deduction = FIXED.zero;
  let actual = FIXED.zero;
  let caps: Fixed | undefined = FIXED.zero;
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
  const requested = toCentsFixed(shareFixed({ m: payroll, s: 2 }, deduction, rules.rate, caps, rules.shareBase));
  const finalRequested = applyRatio(shareFixed(actual, deduction, rules.rate, caps, rules.shareBase), ratio);
  return { at, pooled: true, requested, finalRequested };
}

/** The payees; `recompute`: each structure's request at `rules.rate` again, not the one its base holds. */
function payeesOf(bases: readonly StructureBase[], pooledManagers: ReadonlySet<number>, rules: RuleValues, recompute = false): Payee[] {
  const payees: (Payee | number[])[] = [];
  const pools = new Map<number, number[]>();
  bases.forEach((b, i) => {
    if (!pooledManagers.has(b.managerIndex)) {
      const requested = recompute ? shareFixed(cents(b.payroll), b.deduction, rules.rate, b.cap, rules.shareBase) : b.requested;
      payees.push({ at: [i], pooled: false, requested: toCentsFixed(requested), finalRequested: b.finalRequested });
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

/**
 * The payees' forecast requests, in cents, at another rate than the scenario's (the balance
 * rate searches them): each structure's share, or a pooled manager's on its summed bases.
 */
export function requestsAt(bases: readonly StructureBase[], pooledManagers: ReadonlySet<number>, rules: RuleValues, rate: Fixed): bigint[] {
  return payeesOf(bases, pooledManagers, { ...rules, rate }, true).map((p) => p.requested);
}

/**
 * The payees' final amounts, in cents, under the final-payment rule: capped at each forecast
 * allocation (scaled by final request ÷ request), or the envelope allocated again on the final requests.
 */
function finalsOf(payees: readonly Payee[], forecast: readonly bigint[], envelope: bigint, rule: FinalRule): bigint[] {
  if (rule === "redistribue") {
    return allocateCents(
      payees.map((p) => p.finalRequested),
      envelope,
    ).parts;
  }
  return payees.map((p, i) => cappedFinalIn(FIXED, cents(forecast[i]), cents(p.requested), cents(p.finalRequested)).m);
}

/** The acompte on an allocation in cents: the rule `advance` (calc/rules/payments), round(allocation × rate). */
function advanceOf(allocated: bigint, rate: Fixed): bigint {
  return advanceCents(allocated, rate);
}

/** Splits pooled cents among the structures in proportion to their bases (payroll − deduction, at least 0), in whole cents. */
function split(amount: bigint, weights: readonly bigint[]): bigint[] {
  const w = weights.some((x) => x > 0n) ? weights.map((x) => (x > 0n ? x : 0n)) : weights.map(() => 1n);
  return largestRemainder(amount, w);
}

/**
 * Allocates the envelope among the payees, computes the acomptes and the final amounts under
 * the final-payment rule, and returns each structure's payments. A pooled manager's request, allocation, acompte and final
 * allocation are each split among its structures in proportion to their bases, so that the
 * structures' figures always sum to the manager's.
 */
export function settle(
  bases: readonly StructureBase[],
  pooledManagers: ReadonlySet<number>,
  rules: RuleValues,
  envelope: bigint,
  advanceRate: Fixed,
  finalRule: FinalRule,
) {
  const payees = payeesOf(bases, pooledManagers, rules);
  const forecast: CentsAllocation = allocateCents(
    payees.map((p) => p.requested),
    envelope,
  );
  const finals = finalsOf(payees, forecast.parts, envelope, finalRule);
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
        final: finals[i],
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
    const f = split(finals[i], finalReq);
    const pool = { requested: payee.requested, advance, finalRequested: payee.finalRequested };
    payee.at.forEach((k, j) => {
      payments[k] = { requested: req[j], finalRequested: finalReq[j], allocated: a[j], advance: adv[j], final: f[j], pool };
    });
  });
  let finalTotal = 0n;
  for (const f of finals) finalTotal += f;
  return { forecast, finalTotal, payments };
}
