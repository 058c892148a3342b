/**
 * Whole numbers held in plain JavaScript numbers: exact below 2^53. Shared by the fast paths of
 * the Excel functions (quick.ts, ECMAScript 2016: no BigInt) and the engine's fixed-point
 * products (fixed.ts), which use them before falling back to exact decimals or bigints.
 */

/** 2^53 − 1 (Number.MAX_SAFE_INTEGER, spelled out for ECMAScript 2016 readers). */
export const MAX_SAFE = 9007199254740991;

/** 10^0 … 10^15, exact as numbers. */
export const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

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
    if (m / POW10[s] === x) return { m, s };
  }
  return undefined;
}

/** n / d rounded half away from zero, for safe integers n ≥ 0 and d > 0 (exact: no float division). */
export function divRoundHalfUp(n: number, d: number): number {
  const r = n % d;
  return (n - r) / d + (r * 2 >= d ? 1 : 0);
}

/**
 * Largest remainder on safe integers (see `largestRemainder` in largestRemainder.ts): each weight
 * gets the floor of total × wᵢ / Σw, then the units left go to the largest remainders, ties to
 * the earlier index. `undefined` when an input is negative or not whole, or when Σw or a product
 * total × wᵢ would pass 2^53: the caller then takes its exact path.
 */
export function splitCents(total: number, weights: readonly number[]): number[] | undefined {
  if (!(total >= 0) || total % 1 !== 0) return undefined;
  let sumWeights = 0;
  let largest = 0;
  for (const w of weights) {
    if (!(w >= 0) || w % 1 !== 0) return undefined;
    sumWeights += w;
    if (w > largest) largest = w;
  }
  if (sumWeights > MAX_SAFE || total * largest > MAX_SAFE) return undefined;
  if (sumWeights === 0) return weights.map(() => 0);
  const parts: number[] = new Array(weights.length);
  const remainders: number[] = new Array(weights.length);
  let given = 0;
  for (let i = 0; i < weights.length; i++) {
    const n = total * weights[i];
    const r = n % sumWeights;
    parts[i] = (n - r) / sumWeights;
    remainders[i] = r;
    given += parts[i];
  }
  let left = total - given; // fewer than weights.length units
  if (left > 0) {
    const order = weights.map((_, i) => i).sort((a, b) => remainders[b] - remainders[a] || a - b);
    for (let k = 0; k < order.length && left > 0; k++, left--) parts[order[k]]++;
  }
  return parts;
}
