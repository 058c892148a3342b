/**
 * Whole numbers held in plain JavaScript numbers: exact below 2^53. Shared by the fast paths of
 * the Excel functions (quick.ts, ECMAScript 2016: no BigInt) and the engine's fixed-point
 * products (fixed.ts), which use them before falling back to exact decimals or bigints.
 */

/** 2^53 − 1 (Number.MAX_SAFE_INTEGER, spelled out for ECMAScript 2016 readers). */
export const MAX_SAFE = 9007199254740991;

/** 10^0 … 10^15, exact as numbers. */
export const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** n / d rounded half away from zero, for safe integers n ≥ 0 and d > 0 (exact: no float division). */
export function divRoundHalfUp(n: number, d: number): number {
  const r = n % d;
  return (n - r) / d + (r * 2 >= d ? 1 : 0);
}
