/**
 * Fast paths of the public rules for the common case, on plain safe integers.
 *
 * The custom functions run in Excel's JavaScript-only runtime, which implements ECMAScript 2016:
 * no BigInt, so the engine's fixed-point arithmetic (fixed.ts) is not available there, and
 * decimal.js costs several microseconds per call. Most calls, though, receive amounts that are
 * whole cents and rates with a few decimals: their exact values are small integers scaled by a
 * power of ten, and every step of a rule can be done on integers below 2^53, where JavaScript
 * numbers are exact.
 *
 * Each function here returns the rule's result as a number (what Excel receives), or
 * `undefined` whenever an input is outside that case — not whole cents, negative, too large, a
 * product that would pass 2^53 — and then the caller uses the public rule on decimal.js, which
 * also raises the errors. Nothing is ever approximated: a differential test (quick.test.ts)
 * checks that every number returned here is the public rule's result to the cent.
 */
import { divRoundHalfUp, MAX_SAFE, POW10, shortDecimal, splitCents } from "../arithmetic/safeInteger";

/** Largest amount read on the fast path: 100 billion euros, 10^13 cents. */
const MAX_AMOUNT = 1e11;
/** Decimals of a rate read on the fast path: 0.8 is 8 × 10^-1; up to 10^-9. */
const RATE_DECIMALS = 9;

/**
 * The amount as a whole number of cents, when its exact value (its shortest decimal form, as
 * decimal.js reads it) has at most two decimals and it lies in [0, 10^11].
 *
 * Why the test `c / 100 === x` is exact: below 10^11 two numbers of cents differ by at least
 * 0.01, far more than the spacing of doubles there (2·10^-5); so x is the double nearest to one
 * and only one number of cents, and the shortest decimal reading x back is that one.
 */
export function centsOf(x: unknown): number | undefined {
  if (typeof x !== "number" || !(x >= 0 && x <= MAX_AMOUNT)) return undefined;
  const c = Math.round(x * 100);
  return c / 100 === x ? c : undefined;
}

/** Largest amount rounded to the cent on the fast path: 2^30 €, about 1.07 billion euros. */
const MAX_ROUNDED = 1073741824;

/**
 * The amount rounded to the cent, half away from zero (Excel's ROUND(x; 2)), as a whole number of
 * cents: exact for whole cents up to 10^11 € (see {@link centsOf}), and for other amounts up to
 * 2^30 € unless they lie near a half cent.
 *
 * Why: below 2^30 a double is within 2^-23 of the decimal it stands for, so x × 100 computed in
 * floating point is within 3·10^-5 of that decimal times 100. When its fractional part is more
 * than 10^-4 away from one half, rounding it gives the cent the exact decimal rounds to. Near a
 * half (1.005 is stored as 1.00499999999999989…), the answer is left to decimal.js.
 */
export function roundedCentsOf(x: unknown): number | undefined {
  const c = centsOf(x);
  if (c !== undefined || typeof x !== "number" || !(x >= 0 && x <= MAX_ROUNDED)) return c;
  const y = x * 100;
  const f = y - Math.floor(y);
  return f > 0.4999 && f < 0.5001 ? undefined : Math.round(y);
}

/** A scaled rate: the exact value is `m / 10^s`. */
export interface Scaled {
  m: number;
  s: number;
}

/** A fraction in [0, 1] with at most nine decimals, as `m / 10^s` with the smallest `s` (see {@link shortDecimal}). */
export function scaledRate(x: unknown): Scaled | undefined {
  if (typeof x !== "number" || !(x >= 0 && x <= 1)) return undefined;
  return shortDecimal(x, RATE_DECIMALS);
}

/** round(amount in cents × rate), in cents; `undefined` when the product would pass 2^53. */
function timesRate(cents: number, rate: Scaled): number | undefined {
  const n = cents * rate.m;
  return n <= MAX_SAFE ? divRoundHalfUp(n, POW10[rate.s]) : undefined;
}

const DEFAULT_SHARE_RATE: Scaled = { m: 8, s: 1 };
const DEFAULT_ADVANCE_RATE: Scaled = { m: 5, s: 1 };

/** Euros from cents, never -0. */
function euros(cents: number): number {
  return cents === 0 ? 0 : cents / 100;
}

/**
 * {@link departmentShare}: round(rate × max(0, payroll − deduction)), at most the cap taken down
 * to the cent. `rate` and `cap` undefined mean the default rate (0.8) and no cap.
 */
export function quickDepartmentShare(payroll: number, deduction: number, rate?: number, cap?: number): number | undefined {
  const p = centsOf(payroll);
  const d = centsOf(deduction);
  const r = rate === undefined ? DEFAULT_SHARE_RATE : scaledRate(rate);
  if (p === undefined || d === undefined || r === undefined) return undefined;
  const share = p > d ? timesRate(p - d, r) : 0;
  if (share === undefined) return undefined;
  if (cap === undefined) return euros(share);
  const c = centsOf(cap);
  if (c === undefined) return undefined;
  return euros(share > c ? c : share);
}

/** {@link advance}: round(amount × rate); `rate` undefined is the default (0.5). */
export function quickAdvance(amount: number, rate?: number): number | undefined {
  const a = centsOf(amount);
  const r = rate === undefined ? DEFAULT_ADVANCE_RATE : scaledRate(rate);
  if (a === undefined || r === undefined) return undefined;
  const result = timesRate(a, r);
  return result === undefined ? undefined : euros(result);
}

/**
 * Requests after their caps (`null` is no cap), rounded to the cent, in cents; `undefined` when
 * one is off the fast path or when their sum could pass 2^53.
 */
function requestCents(requests: readonly number[], caps?: readonly (number | null | undefined)[] | null): number[] | undefined {
  if (caps && caps.length !== requests.length) return undefined;
  const out: number[] = new Array(requests.length);
  let total = 0;
  for (let i = 0; i < requests.length; i++) {
    // Capped first, then rounded to the cent. Comparing two doubles compares the decimals they
    // stand for: a double's shortest decimal grows with it.
    const request = requests[i];
    const cap = caps ? caps[i] : null;
    if (typeof request !== "number" || !(request >= 0)) return undefined;
    if (cap !== null && cap !== undefined && !(cap >= 0)) return undefined;
    const c = roundedCentsOf(cap !== null && cap !== undefined && request > cap ? cap : request);
    if (c === undefined) return undefined;
    out[i] = c;
    total += c;
  }
  return total <= MAX_SAFE ? out : undefined;
}

/** The parts of an allocation, in cents: the requests when they fit, the largest-remainder split otherwise. */
function allocateCents(
  requests: readonly number[],
  envelope: number,
  caps?: readonly (number | null | undefined)[] | null,
): number[] | undefined {
  const env = roundedCentsOf(envelope);
  const asked = requestCents(requests, caps);
  if (env === undefined || asked === undefined) return undefined;
  let total = 0;
  for (const c of asked) total += c;
  return total <= env ? asked : splitCents(env, asked);
}

/** {@link allocate}: the parts in euros, in the order of the requests. */
export function quickAllocate(
  requests: readonly number[],
  envelope: number,
  caps?: readonly (number | null | undefined)[] | null,
): number[] | undefined {
  const parts = allocateCents(requests, envelope, caps);
  return parts && parts.map(euros);
}

/**
 * {@link schedule}: for each request [forecast, advance, final, balance] in euros. `rate`
 * undefined is the default (0.5); `actuals` null means the final allocation is the forecast.
 */
export function quickSchedule(
  requests: readonly number[],
  envelope: number,
  rate?: number,
  actuals?: readonly number[] | null,
): number[][] | undefined {
  if (actuals && actuals.length !== requests.length) return undefined;
  const r = rate === undefined ? DEFAULT_ADVANCE_RATE : scaledRate(rate);
  if (r === undefined) return undefined;
  const forecast = allocateCents(requests, envelope);
  const final = actuals ? allocateCents(actuals, envelope) : forecast;
  if (forecast === undefined || final === undefined) return undefined;
  const lines: number[][] = new Array(forecast.length);
  for (let i = 0; i < forecast.length; i++) {
    const adv = timesRate(forecast[i], r);
    if (adv === undefined) return undefined;
    lines[i] = [euros(forecast[i]), euros(adv), euros(final[i]), euros(final[i] - adv)];
  }
  return lines;
}
