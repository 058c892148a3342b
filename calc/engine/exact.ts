import { add, divRound, fixed, pow10, productToCents, sub, cmp, type Fixed } from "../arithmetic/fixed";
import type { ParameterSet } from "../parameters/lookup";
import { splitCents } from "../arithmetic/safeInteger";

/**
 * The rules of the domain reference on exact bigint fixed-point values, for the scenario engine.
 *
 * Why a second writing of the rules: the public functions (calc/share.ts, payroll.ts, …) are
 * what Excel's custom functions call, and Excel's JavaScript-only runtime implements ECMAScript
 * 2016 on Office for Windows before version 2403 and on perpetual Office through 2021: no
 * BigInt. They are written on decimal.js. The engine runs in Node and in the task pane (a
 * modern webview), where bigint makes a national scenario several times faster. Each function
 * here names the public function it must agree with; `exact.test.ts` checks that they do, on
 * random inputs, to the cent.
 */

const ONE: Fixed = { m: 1n, s: 0 };

/** {@link loadedCost}: round(gross × (1 + rate)), in cents. */
export function loadedCostCents(gross: Fixed, rate: Fixed): bigint {
  return productToCents([gross, add(ONE, rate)]);
}

/** {@link payrollLine}: round(cost × FTE × months / 12 × assignment), in cents. */
export function payrollLineCents(cost: Fixed, fte: Fixed, months: Fixed, assignment: Fixed): bigint {
  return productToCents([cost, fte, months, assignment], 12n);
}

/** {@link stateForfait}: round(total × months / 12), in cents. */
export function forfaitCents(total: Fixed, months: Fixed): bigint {
  return productToCents([total, months], 12n);
}

/** {@link baseSalary}: Σ over the 12 months of round(IM × annual point value in force on the 1st / 1200), in cents. */
export function baseSalaryCents(indiceMajore: number, year: number, params: ParameterSet): bigint {
  const im = fixed(indiceMajore);
  let total = 0n;
  for (let month = 1; month <= 12; month++) {
    total += productToCents([im, fixed(params.at("point.annuel", `${year}-${String(month).padStart(2, "0")}-01`).value)], 1200n);
  }
  return total;
}

/** {@link departmentShare}: min(cap, round(rate × max(0, payroll − deduction))); the share in cents, the cap as given. */
export function shareFixed(payroll: Fixed, deduction: Fixed, rate: Fixed, cap?: Fixed): Fixed {
  const base = sub(payroll, deduction);
  const share: Fixed = base.m > 0n ? { m: productToCents([rate, base]), s: 2 } : { m: 0n, s: 0 };
  if (cap === undefined) return share;
  // A ceiling taken down to the cent stays a ceiling once amounts are rounded to the cent.
  const ceiling: Fixed = cap.s <= 2 ? cap : { m: cap.m / pow10(cap.s - 2), s: 2 };
  return cmp(share, ceiling) > 0 ? ceiling : share;
}

/** {@link advance}: round(amount × rate), in cents. */
export function advanceCents(amount: Fixed, rate: Fixed): bigint {
  return productToCents([amount, rate]);
}

/** An exact ratio num / den (den > 0). */
export interface Ratio {
  num: bigint;
  den: bigint;
}

/** {@link achievement}: Σ weight × met / Σ weight as an exact ratio; 1 when there is no objective. */
export function achievementRatio(met: readonly boolean[], weights: readonly Fixed[]): Ratio {
  if (met.length === 0) return { num: 1n, den: 1n };
  let scale = 0;
  for (const w of weights) if (w.s > scale) scale = w.s;
  let total = 0n;
  let reached = 0n;
  met.forEach((m, i) => {
    const w = weights[i].m * pow10(scale - weights[i].s);
    total += w;
    if (m) reached += w;
  });
  return total > 0n ? { num: reached, den: total } : { num: 1n, den: 1n };
}

/** round(amount × ratio), in cents. */
export function applyRatio(amount: Fixed, ratio: Ratio): bigint {
  return divRound(amount.m * ratio.num * 100n, ratio.den * pow10(amount.s));
}

/** {@link largestRemainder} on bigint cents: floor of each exact quota, then the cents left to the largest remainders, ties to the earlier. */
export function largestRemainderCents(total: bigint, weights: readonly bigint[]): bigint[] {
  // The common case on safe integers: no bigint product per weight (Number() of a bigint beyond
  // 2^53 is inexact, but then so is the sum or a product, and splitCents refuses it).
  const fast = splitCents(Number(total), weights.map(Number));
  if (fast) return fast.map(BigInt);
  let sumWeights = 0n;
  for (const w of weights) sumWeights += w;
  if (sumWeights === 0n) return weights.map(() => 0n);
  const parts = new Array<bigint>(weights.length);
  const remainders = new Array<bigint>(weights.length);
  let given = 0n;
  for (let i = 0; i < weights.length; i++) {
    const numerator = total * weights[i];
    parts[i] = numerator / sumWeights;
    remainders[i] = numerator - parts[i] * sumWeights;
    given += parts[i];
  }
  let left = Number(total - given); // fewer than weights.length cents
  if (left > 0) {
    const order = weights.map((_, i) => i).sort((a, b) => (remainders[b] > remainders[a] ? 1 : remainders[b] < remainders[a] ? -1 : a - b));
    for (const i of order) {
      if (left === 0) break;
      parts[i] += 1n;
      left--;
    }
  }
  return parts;
}

/** An allocation in whole cents. */
export interface CentsAllocation {
  parts: bigint[];
  requested: bigint;
  allocated: bigint;
  fits: boolean;
}

/** {@link allocate} on cents: paid in full when the requests fit, otherwise {@link largestRemainderCents}. */
export function allocateCents(requests: readonly bigint[], envelope: bigint): CentsAllocation {
  let requested = 0n;
  for (const r of requests) requested += r;
  const fits = requested <= envelope;
  return {
    parts: fits ? [...requests] : largestRemainderCents(envelope, requests),
    requested,
    allocated: fits ? requested : envelope,
    fits,
  };
}
