import fc from "fast-check";
import { allocate, largestRemainder } from "./index";

/** The method as the domain reference states it, on BigInt: the reference the Decimal arithmetic must match. */
function hamilton(total: bigint, weights: bigint[]): bigint[] {
  const sum = weights.reduce((a, w) => a + w, 0n);
  if (sum === 0n) return weights.map(() => 0n);
  const parts = weights.map((w) => (total * w) / sum);
  const order = weights.map((_, i) => i).sort((a, b) => Number(((total * weights[b]) % sum) - ((total * weights[a]) % sum)) || a - b);
  let left = total - parts.reduce((a, p) => a + p, 0n);
  for (const i of order) if (left-- > 0n) parts[i] += 1n;
  return parts;
}

describe("the largest remainder (Hamilton) is its BigInt statement, on safe integers or bigint alike; allocate() stays exact without BigInt", () => {
  test("the worked example: 1000 cents for 3, 3, 1 → 429, 428, 143 (ties to the earlier)", () => {
    expect(largestRemainder(1000n, [3n, 3n, 1n])).toEqual([429n, 428n, 143n]);
  });

  test("matches the BigInt statement of the method, and sums exactly to the total", () => {
    const big = fc.oneof(
      fc.bigInt({ min: 0n, max: 1000n }),
      fc.bigInt({ min: 0n, max: 10n ** 30n }),
      fc.bigInt({ min: 10n ** 25n, max: 10n ** 30n }),
    );
    fc.assert(
      fc.property(big, fc.array(big, { minLength: 1, maxLength: 12 }), (total, weights) => {
        const parts = largestRemainder(total, weights);
        expect(parts).toEqual(hamilton(total, weights));
        if (weights.some((w) => w > 0n)) expect(parts.reduce((a, p) => a + p, 0n)).toBe(total);
      }),
    );
  });

  test("allocations at the bound of an amount (999 999 999 999,99 €) stay exact to the cent", () => {
    const max = "999999999999.99";
    const requests = [max, "999999999999.98", "333333333333.33"];
    const { parts, allocated } = allocate(requests, max);
    const cents = requests.map((r) => BigInt(r.replace(".", "")));
    expect(parts.map((p) => p.toFixed(2).replace(".", ""))).toEqual(hamilton(99999999999999n, cents).map(String));
    expect(parts.reduce((a, p) => a.plus(p)).toFixed(2)).toBe(max);
    expect(allocated.toFixed(2)).toBe(max);
  });
});
