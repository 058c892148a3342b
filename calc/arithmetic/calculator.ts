/**
 * The arithmetic the rules are written over, after dinero.js v2's injected `calculator`: each
 * rule of calc/rules is written once against these interfaces and instantiated for a
 * representation (decimal.js for the public API, bigint fixed point for the engine, safe
 * numbers for the Excel functions). Nothing here knows a domain word.
 */

/** Exact decimals of one representation `T`: only what the rules need, rounding named once. */
export interface Calculator<T> {
  readonly zero: T;
  readonly one: T;
  /** A small whole number (the 12 months of a year, the 1 200 of the index point). */
  integer(n: number): T;
  /** a + b, exact. */
  add(a: T, b: T): T;
  /** a − b, exact. */
  subtract(a: T, b: T): T;
  /** −1, 0 or 1. */
  compare(a: T, b: T): number;
  /**
   * The product of `factors` divided by `divisor` (> 0, default 1), rounded to the cent half
   * away from zero (Excel's ROUND(x; 2)). Exact up to that one rounding: dividing last is what
   * lets a result exactly halfway between two cents round up.
   */
  roundCent(factors: readonly T[], divisor?: T): T;
  /** Taken down to the cent (toward zero): a ceiling stays a ceiling once amounts are in cents. */
  floorCent(a: T): T;
}

/** Whole numbers of one representation `I` (counts of cents), for the largest-remainder split. */
export interface Integers<I> {
  readonly zero: I;
  readonly one: I;
  /** a + b. */
  add(a: I, b: I): I;
  /** a − b. */
  subtract(a: I, b: I): I;
  /** a × b. */
  multiply(a: I, b: I): I;
  /** ⌊a ÷ b⌋ for a ≥ 0 and b > 0. */
  divide(a: I, b: I): I;
  /** −1, 0 or 1. */
  compare(a: I, b: I): number;
}

/** A representation's amounts with its whole cents: how an envelope is split in cents and given back. */
export interface WithCents<T, I> {
  readonly calc: Calculator<T>;
  readonly ints: Integers<I>;
  /** An amount already rounded to the cent, as a count of cents. */
  toCents(amount: T): I;
  /** A count of cents back as an amount. */
  fromCents(cents: I): T;
}

/** The larger of a and b. */
export function maxOf<T>(calc: Calculator<T>, a: T, b: T): T {
  return calc.compare(a, b) >= 0 ? a : b;
}

/** The smaller of a and b (a when equal). */
export function minOf<T>(calc: Calculator<T>, a: T, b: T): T {
  return calc.compare(b, a) < 0 ? b : a;
}
