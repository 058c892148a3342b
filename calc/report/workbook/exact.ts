import { fixed, type Fixed } from "../../arithmetic/fixed";

/**
 * Exact rationals, to know before writing a formula what the spreadsheet will compute: the value
 * a formula rounds, and whether binary floating point could round it to another cent (an exact
 * half like 3 979,755, or a value within a hair of one). Such a cell holds the engine's value and
 * a check formula instead (see {@link roundedCell}).
 */
export interface Rational {
  readonly n: bigint;
  /** > 0. */
  readonly d: bigint;
}

const TEN = 10n;
const pow = (k: number): bigint => TEN ** BigInt(k);

/** A decimal input (number at its shortest form, decimal string) as a rational. */
export function rat(value: number | string): Rational {
  return ofFixed(fixed(value));
}

export function ofFixed(x: Fixed): Rational {
  return { n: x.m, d: pow(x.s) };
}

export function ofCents(cents: bigint): Rational {
  return { n: cents, d: 100n };
}

export function mul(...xs: Rational[]): Rational {
  return xs.reduce((a, b) => ({ n: a.n * b.n, d: a.d * b.d }), { n: 1n, d: 1n });
}

export function div(a: Rational, b: Rational): Rational {
  const n = a.n * b.d;
  const d = a.d * b.n;
  return d < 0n ? { n: -n, d: -d } : { n, d };
}

export function plus(a: Rational, b: Rational): Rational {
  return { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
}

export function minus(a: Rational, b: Rational): Rational {
  return plus(a, { n: -b.n, d: b.d });
}

export function cmpR(a: Rational, b: Rational): number {
  const x = a.n * b.d;
  const y = b.n * a.d;
  return x < y ? -1 : x > y ? 1 : 0;
}

export const ZERO_R: Rational = { n: 0n, d: 1n };
export const ONE_R: Rational = { n: 1n, d: 1n };

/** Largest integer ≤ x. */
export function floorR(x: Rational): bigint {
  const q = x.n / x.d;
  return x.n < 0n && q * x.d !== x.n ? q - 1n : q;
}

/** x × 10^places rounded half away from zero (Excel's ROUND), as an integer. */
export function roundScaled(x: Rational, places: number): bigint {
  const n = x.n * pow(places) * 2n;
  const d = x.d * 2n;
  const half = x.d; // adding d/2 then flooring, away from zero
  return n >= 0n ? (n + half) / d : -((-n + half) / d);
}

/** Euros rounded to the cent, in cents. */
export function centsOf(x: Rational): bigint {
  return roundScaled(x, 2);
}

/**
 * Whether x × 10^places lies within `margin` (a fraction of the last unit) of a rounding tie
 * (an exact half included): there floating point may round either way.
 */
export function nearTie(x: Rational, places: number, margin: Rational = { n: 1n, d: 1_000_000n }): boolean {
  const scaled = { n: x.n * pow(places), d: x.d };
  const frac = minus(scaled, { n: floorR(scaled), d: 1n }); // in [0, 1)
  const distance = minus(frac, { n: 1n, d: 2n });
  const abs = distance.n < 0n ? { n: -distance.n, d: distance.d } : distance;
  return cmpR(abs, margin) <= 0;
}

/** A rational as the nearest number (for cached results of unrounded check formulas). */
export function toNumberR(x: Rational): number {
  const whole = x.n / x.d;
  const rest = x.n - whole * x.d;
  return Number(whole) + Number((rest * 10n ** 15n) / x.d) / 1e15;
}

/** Euros text ("409045.00") in cents. */
export function cents(text: string): bigint {
  const f = fixed(text);
  return f.s === 2 ? f.m : f.s < 2 ? f.m * pow(2 - f.s) : f.m / pow(f.s - 2);
}
