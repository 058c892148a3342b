import fc from "fast-check";
import { allocateCents, allocateIn, largestRemainderIn } from "./index";
import { Dec, DECIMAL_WHOLE } from "../../arithmetic/money";
import { BIGINT } from "../../arithmetic/fixed";
import { onSafePath, SAFE_WHOLE } from "../../arithmetic/safeInteger";
import { agree, amountText, hugeAmountText, inEvery, type Rule } from "../../../test/support/representations";

// One largest-remainder loop, three whole-number representations: safe integers (the fast path
// everywhere), bigint (the engine) and decimal.js (exact without BigInt, ES2016, up to 40 digits).
describe("the largest remainder is the same on safe integers, bigint and decimal.js whole numbers", () => {
  const onBigint = (total: bigint, weights: bigint[]) => largestRemainderIn(BIGINT, total, weights).map(String);
  const onDecimal = (total: bigint, weights: bigint[]) =>
    largestRemainderIn(
      DECIMAL_WHOLE,
      new Dec(total.toString()),
      weights.map((w) => new Dec(w.toString())),
    ).map((p) => p.toFixed(0));
  const onSafe = (total: bigint, weights: bigint[]) =>
    onSafePath(() => largestRemainderIn(SAFE_WHOLE, Number(total), weights.map(Number)).map(String));

  test("1 000 cents for 3, 3, 1 → 429, 428, 143 in each (ties to the earlier)", () => {
    for (const split of [onBigint, onDecimal, onSafe]) expect(split(1000n, [3n, 3n, 1n])).toEqual(["429", "428", "143"]);
  });

  test("any total and weights, small or beyond 2^53 (where the safe integers step aside)", () => {
    const whole = fc.oneof(fc.bigInt({ min: 0n, max: 100_000n }), fc.bigInt({ min: 0n, max: 2n ** 60n }));
    fc.assert(
      fc.property(whole, fc.array(whole, { minLength: 1, maxLength: 12 }), (total, weights) => {
        const reference = onBigint(total, weights);
        expect(onDecimal(total, weights)).toEqual(reference);
        const safe = onSafe(total, weights);
        if (safe !== undefined) expect(safe).toEqual(reference);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("the allocation of an envelope is the same in every representation", () => {
  const allocation =
    (n: number, capped: boolean): Rule =>
    (rep, envelope, ...values) =>
      allocateIn(rep.money, values.slice(0, n), envelope, capped ? values.slice(n) : undefined).parts;

  test("any requests, caps and envelope", () => {
    const amount = fc.oneof(amountText, amountText, amountText, hugeAmountText);
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 12 })
          .chain((n) => fc.tuple(fc.constant(n), amount, fc.array(amount, { minLength: 2 * n, maxLength: 2 * n }))),
        fc.boolean(),
        ([n, envelope, values], capped) => agree(allocation(n, capped), [envelope, ...values]),
      ),
      { numRuns: 1000 },
    );
  });

  test("the contract's examples in every representation: {30; 30; 10} in 10 → 4,29 / 4,28 / 1,43; {3; 3; 1} in 10 fit", () => {
    expect(new Set(Object.values(inEvery(allocation(3, false), ["10", "30", "30", "10"])))).toEqual(new Set(["4.29 4.28 1.43"]));
    expect(new Set(Object.values(inEvery(allocation(3, false), ["10", "3", "3", "1"])))).toEqual(new Set(["3 3 1"]));
  });

  test("the engine's allocation in cents: paid in full when the requests fit, else split", () => {
    expect(allocateCents([300n, 300n, 100n], 1000n)).toEqual({ parts: [300n, 300n, 100n], requested: 700n, allocated: 700n, fits: true });
    expect(allocateCents([3000n, 3000n, 1000n], 1000n).parts).toEqual([429n, 428n, 143n]);
  });
});
