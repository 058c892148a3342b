import type { Calculator, Integers, WithCents } from "./calculator";

/**
 * Exact decimals held in plain JavaScript numbers: a safe-integer mantissa and a power-of-ten
 * scale. The representation of the Excel functions' fast path: their runtime implements
 * ECMAScript 2016 (no BigInt) and decimal.js costs microseconds a call, while most arguments are
 * whole cents and short rates, whose every step stays below 2^53, where numbers are exact.
 * Whenever a step would leave the safe integers, the calculators throw {@link OFF_PATH} and the
 * caller takes the exact path (decimal.js): nothing is ever approximated.
 */

/** 2^53 − 1 (Number.MAX_SAFE_INTEGER, spelled out for ECMAScript 2016 readers). */
export const MAX_SAFE = 9007199254740991;

/** 10^0 … 10^15, exact as numbers. */
export const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** An exact decimal `m × 10^-s`, m a safe integer. */
export interface Scaled {
  readonly m: number;
  readonly s: number;
}

/** What the safe calculators throw when a value leaves their exact range: take the exact path. */
export const OFF_PATH: Error = new Error("hors du chemin rapide");

function safe(n: number): number {
  // Beyond 2^53 the rounded result is itself ≥ 2^53: an inexact step is always caught here.
  if (n <= MAX_SAFE && n >= -MAX_SAFE) return n;
  throw OFF_PATH;
}

function pow10(k: number): number {
  if (k < POW10.length) return POW10[k];
  throw OFF_PATH;
}

/**
 * The exact value of a number with at most 15 significant digits and `maxDecimals` decimals
 * (at most 15), without parsing its text: `m / 10^s` with the smallest such `s`. Undefined
 * otherwise (callers then read the text, or take their exact path).
 *
 * Why it is the value `String(x)` stands for: `m` and `10^s` are exact doubles and division is
 * correctly rounded, so the decimal `m × 10^-s` rounds to `x`. Two different decimals of at most
 * 15 significant digits never round to the same double, and `String(x)` is the shortest decimal
 * that rounds to `x`, so it has at most as many digits: it is the same decimal. Taking the
 * smallest `s` gives no trailing zero, as the text would (0.50 is 5 × 10^-1).
 */
export function shortDecimal(x: number, maxDecimals: number): { m: number; s: number } | undefined {
  for (let s = 0; s <= maxDecimals; s++) {
    const m = Math.round(x * POW10[s]);
    if (!(m < 1e15 && m > -1e15)) return undefined;
    if (m / POW10[s] === x) return { m: m === 0 ? 0 : m, s };
  }
  return undefined;
}

/** n / d rounded half away from zero, for safe integers n ≥ 0 and d > 0 (exact: no float division). */
export function divRoundHalfUp(n: number, d: number): number {
  const r = n % d;
  return (n - r) / d + (r * 2 >= d ? 1 : 0);
}

/** Most decimals read on the fast path: rates such as 0.123456789, amounts far fewer. */
const READ_DECIMALS = 9;

/**
 * A number's exact value (its shortest decimal, as decimal.js reads it) within [min, max];
 * undefined otherwise. Readers answer undefined rather than throw: an argument off the fast path
 * is common (a formula's 30 004,109999999997), and a throw costs microseconds.
 */
export function readScaled(x: unknown, min: number, max: number): Scaled | undefined {
  if (typeof x !== "number" || !(x >= min && x <= max)) return undefined;
  // Whole cents, the common case, in one step: below 10^13 the decimal c / 100 that rounds to x
  // has at most 15 digits, so it is x's shortest decimal (see shortDecimal).
  const c = Math.round(x * 100);
  if (c / 100 === x && c < 1e15 && c > -1e15) {
    if (c % 100 === 0) return { m: c === 0 ? 0 : c / 100, s: 0 };
    return c % 10 === 0 ? { m: c / 10, s: 1 } : { m: c, s: 2 };
  }
  return shortDecimal(x, READ_DECIMALS);
}

/** Largest amount rounded to the cent by {@link readCents} when it is not whole cents: 2^30 €, about 1.07 billion euros. */
const MAX_ROUNDED = 1073741824;
/** Largest amount in whole cents read by {@link readCents}: 10^11 €. */
const MAX_WHOLE_CENTS = 1e11;

/**
 * A number ≥ 0 rounded to the cent, half away from zero (Excel's ROUND(x; 2)), as `cents × 10^-2`;
 * undefined when the fast path cannot tell the cent for sure.
 *
 * Whole cents up to 10^11 €: two numbers of cents there differ by 0.01, far more than the spacing
 * of doubles (2·10^-5), so `c / 100 === x` finds the one decimal of cents that x stands for.
 * Other amounts up to 2^30 €: a double there is within 2^-23 of its decimal, so x × 100 in
 * floating point is within 3·10^-5 of the decimal times 100; unless its fraction lies within 10^-4
 * of one half (1.005 is stored as 1.00499999999999989…), rounding it gives the decimal's cent.
 */
export function readCents(x: unknown): Scaled | undefined {
  if (typeof x !== "number" || !(x >= 0)) return undefined;
  const y = x * 100;
  const c = Math.round(y);
  if (x <= MAX_WHOLE_CENTS && c / 100 === x) return { m: c, s: 2 };
  const f = y - Math.floor(y);
  if (x > MAX_ROUNDED || (f > 0.4999 && f < 0.5001)) return undefined;
  return { m: c, s: 2 };
}

/** Every value read by `read`, or undefined as soon as one is off the fast path. */
export function readAll<T>(values: readonly unknown[], read: (x: unknown) => T | undefined): T[] | undefined {
  const out = new Array<T>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = read(values[i]);
    if (v === undefined) return undefined;
    out[i] = v;
  }
  return out;
}

/** A scaled value as the number nearest to it (exact division of two exact doubles); never -0. */
export function scaledToNumber(x: Scaled): number {
  const n = x.s === 0 ? x.m : x.m / pow10(x.s);
  return n === 0 ? 0 : n;
}

function align(m: number, from: number, to: number): number {
  return from === to ? m : safe(m * pow10(to - from));
}

/** The rules' arithmetic on safe numbers; throws {@link OFF_PATH} where it cannot stay exact. */
export const SAFE: Calculator<Scaled> = {
  zero: { m: 0, s: 0 },
  one: { m: 1, s: 0 },
  integer: (n) => ({ m: safe(n), s: 0 }),
  add(a, b) {
    if (a.s === b.s) return { m: safe(a.m + b.m), s: a.s };
    const s = a.s > b.s ? a.s : b.s;
    return { m: safe(align(a.m, a.s, s) + align(b.m, b.s, s)), s };
  },
  subtract(a, b) {
    if (a.s === b.s) {
      const m = safe(a.m - b.m);
      return { m: m === 0 ? 0 : m, s: a.s };
    }
    const s = a.s > b.s ? a.s : b.s;
    const m = safe(align(a.m, a.s, s) - align(b.m, b.s, s));
    return { m: m === 0 ? 0 : m, s };
  },
  compare(a, b) {
    if (a.s === b.s) return a.m < b.m ? -1 : a.m > b.m ? 1 : 0;
    const s = a.s > b.s ? a.s : b.s;
    const x = align(a.m, a.s, s);
    const y = align(b.m, b.s, s);
    return x < y ? -1 : x > y ? 1 : 0;
  },
  roundCent(factors, divisor) {
    // Π m × 10^(2 + divisor scale − Σ scales) ÷ divisor mantissa: the powers of ten cancel
    // before anything is multiplied, so that cents × cents ÷ cents stays below 2^53.
    let n = factors[0].m;
    let e = 2 - factors[0].s;
    for (let i = 1; i < factors.length; i++) {
      n = safe(n * factors[i].m);
      e -= factors[i].s;
    }
    let d = 1;
    if (divisor !== undefined) {
      d = divisor.m;
      e += divisor.s;
    }
    if (e >= 0) n = safe(n * pow10(e));
    else d = safe(d * pow10(-e));
    if (!(d > 0)) throw OFF_PATH;
    const q = n < 0 ? -divRoundHalfUp(-n, d) : divRoundHalfUp(n, d);
    return { m: q === 0 ? 0 : q, s: 2 };
  },
  floorCent(a) {
    if (a.s <= 2) return a;
    const p = pow10(a.s - 2);
    const m = (a.m - (a.m % p)) / p;
    return { m: m === 0 ? 0 : m, s: 2 };
  },
};

/** Whole numbers on safe integers; throws {@link OFF_PATH} past 2^53. */
export const SAFE_WHOLE: Integers<number> = {
  zero: 0,
  one: 1,
  add: (a, b) => safe(a + b),
  subtract: (a, b) => safe(a - b),
  multiply: (a, b) => safe(a * b),
  divide: (a, b) => (a - (a % b)) / b,
  compare: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
};

/** Safe amounts with their cents on safe integers: the Excel functions' allocations. */
export const SAFE_CENTS: WithCents<Scaled, number> = {
  calc: SAFE,
  ints: SAFE_WHOLE,
  toCents: (amount) => align(amount.m, amount.s, 2),
  fromCents: (cents) => ({ m: cents, s: 2 }),
};

/** Runs `fast`, or returns undefined when it left the safe integers. */
export function onSafePath<R>(fast: () => R): R | undefined {
  try {
    return fast();
  } catch (error) {
    if (error === OFF_PATH) return undefined;
    throw error;
  }
}
