import type { Integers } from "../../arithmetic/calculator";
import { BIGINT } from "../../arithmetic/fixed";
import { MAX_SAFE, onSafePath, SAFE_WHOLE } from "../../arithmetic/safeInteger";

/**
 * Splits `total` units in proportion to `weights` by the largest-remainder (Hamilton) method:
 * each gets the floor of its exact quota total × wᵢ / Σw, then the units left go one by one to
 * the largest remainders, ties to the earlier index. The parts sum exactly to `total` (all 0 when
 * every weight is 0). Whole numbers only, so quotas and remainders compare exactly. Not dinero.js's
 * `allocate`, which gives the units left to the largest ratios first.
 */
export function largestRemainderIn<I>(ints: Integers<I>, total: I, weights: readonly I[]): I[] {
  let sumWeights = ints.zero;
  for (const w of weights) sumWeights = ints.add(sumWeights, w);
  if (ints.compare(sumWeights, ints.zero) === 0) return weights.map(() => ints.zero);
  const parts = new Array<I>(weights.length);
  const remainders = new Array<I>(weights.length);
  let given = ints.zero;
  for (let i = 0; i < weights.length; i++) {
    const numerator = ints.multiply(total, weights[i]);
    parts[i] = ints.divide(numerator, sumWeights);
    remainders[i] = ints.subtract(numerator, ints.multiply(parts[i], sumWeights));
    given = ints.add(given, parts[i]);
  }
  let left = ints.subtract(total, given); // fewer than weights.length units
  if (ints.compare(left, ints.zero) > 0) {
    const order = weights.map((_, i) => i).sort((a, b) => ints.compare(remainders[b], remainders[a]) || a - b);
    for (const i of order) {
      if (ints.compare(left, ints.zero) <= 0) break;
      parts[i] = ints.add(parts[i], ints.one);
      left = ints.subtract(left, ints.one);
    }
  }
  return parts;
}

const isSafe = (n: bigint) => n <= MAX_SAFE && n >= -MAX_SAFE;

/**
 * `largestRemainderIn` on bigint: on safe integers when every input is one (no bigint
 * product per weight), else on bigint.
 *
 * @example largestRemainder(1000n, [3n, 3n, 1n]) // [429n, 428n, 143n]
 */
export function largestRemainder(total: bigint, weights: readonly bigint[]): bigint[] {
  if (isSafe(total) && weights.every(isSafe)) {
    const fast = onSafePath(() => largestRemainderIn(SAFE_WHOLE, Number(total), weights.map(Number)));
    if (fast) return fast.map(BigInt);
  }
  return largestRemainderIn(BIGINT, total, weights);
}
