import fc from "fast-check";
import { centsOf, roundedCentsOf, quickAdvance, quickAllocate, quickDepartmentShare, quickSchedule, scaledRate } from "./quick";
import { departmentShare } from "./share";
import { allocate } from "./allocation";
import { advance, schedule } from "./payments";
import { dec, roundCent, toNumber } from "../arithmetic/money";

/**
 * The fast paths against the public rules on decimal.js: whenever a fast path answers, its answer
 * is the rule's, to the cent; and it does answer in the common case (otherwise it is useless).
 */

const RUNS = 2000;

/** Amounts as Excel passes them: mostly whole cents, sometimes more decimals, 0, or large. */
const amount = fc.oneof(
  fc.integer({ min: 0, max: 20_000_000 }).map((c) => c / 100),
  fc.integer({ min: 0, max: 200_000 }),
  fc.double({ min: 0, max: 1e6, noNaN: true }),
  fc.constantFrom(0, 0.01, 0.005, 1e11, 1e11 + 0.01, 99_999_999_999.99, 0.1 + 0.2, 1e-9),
);
const rate = fc.oneof(
  fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
  fc.integer({ min: 0, max: 10_000 }).map((p) => p / 10_000),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.constantFrom(0, 1, 0.8, 0.5, 0.35, 1 / 3, 0.123456789, 0.1234567891),
);

/** Most ranges in a workbook hold whole cents only: then the fast path answers for the whole range. */
const wholeCents = (x: number) => Math.round(x * 100) / 100;

/** The public rule's result as a number, or the error's code. */
function reference<T>(compute: () => T): T | "erreur" {
  try {
    return compute();
  } catch {
    return "erreur";
  }
}

describe("centsOf and scaledRate read a number's exact value", () => {
  test("whole cents, up to 10^11 €", () => {
    expect(centsOf(0)).toBe(0);
    expect(centsOf(72000)).toBe(7_200_000);
    expect(centsOf(100.01)).toBe(10_001);
    expect(centsOf(0.07)).toBe(7); // 0.07 × 100 is 7.000000000000001 in floating point
    expect(centsOf(1.005)).toBeUndefined(); // three decimals
    expect(centsOf(0.1 + 0.2)).toBeUndefined(); // 0.30000000000000004
    expect(centsOf(1e11)).toBe(1e13);
    expect(centsOf(1e11 + 0.01)).toBeUndefined(); // beyond the fast path
    expect(centsOf(-1)).toBeUndefined();
    expect(centsOf(NaN)).toBeUndefined();
    expect(centsOf("12")).toBeUndefined();
  });

  test("rates with up to nine decimals, in [0, 1]", () => {
    expect(scaledRate(0.8)).toEqual({ m: 8, s: 1 });
    expect(scaledRate(1)).toEqual({ m: 1, s: 0 });
    expect(scaledRate(0.4648)).toEqual({ m: 4648, s: 4 });
    expect(scaledRate(0.123456789)).toEqual({ m: 123456789, s: 9 });
    expect(scaledRate(1 / 3)).toBeUndefined();
    expect(scaledRate(1.2)).toBeUndefined();
  });

  test("rounded to the cent, half away from zero, unless too near a half cent", () => {
    expect(roundedCentsOf(10411.510000000002)).toBe(1_041_151); // 10 000 + 3 × 137,17 in floating point
    expect(roundedCentsOf(0.126)).toBe(13);
    expect(roundedCentsOf(100.01)).toBe(10_001);
    expect(roundedCentsOf(1.005)).toBeUndefined(); // stored as 1.00499999999999989…, read as 1.005 → 1.01
    expect(roundedCentsOf(0.125)).toBeUndefined(); // an exact half: left to decimal.js (→ 0.13)
    expect(roundedCentsOf(2 ** 30 + 0.001)).toBeUndefined();
  });

  test("rounding to the cent agrees with decimal.js (property)", () => {
    const near = fc.integer({ min: 0, max: 1e11 }).chain((c) => fc.constantFrom(c / 1000, (c + 0.5) / 100, c / 100 + 1e-9));
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: 0, max: 2 ** 31, noNaN: true }), near), (x) => {
        const quick = roundedCentsOf(x);
        return quick === undefined || quick === Number(roundCent(dec(x)).times(100).toFixed(0));
      }),
      { numRuns: RUNS * 5 },
    );
  });

  test("every whole number of cents up to 10^11 € is recognised (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e13 }), (c) => centsOf(c / 100) === c),
      { numRuns: RUNS },
    );
  });
});

describe("the fast paths give the public rule's result, to the cent", () => {
  test("DEPT_SHARE: worked examples", () => {
    expect(quickDepartmentShare(72000, 30000)).toBe(33600);
    expect(quickDepartmentShare(20000, 30000)).toBe(0);
    expect(quickDepartmentShare(72000, 30000, 0.8, 20000)).toBe(20000);
    // 0.35 × 0.01 € = 0.0035 € → 0 €; 0.5 × 0.01 € = 0.005 € → 0.01 € (half away from zero)
    expect(quickDepartmentShare(0.01, 0, 0.35)).toBe(0);
    expect(quickDepartmentShare(0.01, 0, 0.5)).toBe(0.01);
  });

  test("DEPT_SHARE (property)", () => {
    fc.assert(
      fc.property(amount, amount, fc.option(rate, { nil: undefined }), fc.option(amount, { nil: undefined }), (p, d, r, cap) => {
        const quick = quickDepartmentShare(p, d, r, cap);
        if (quick === undefined) return true;
        return quick === reference(() => toNumber(departmentShare(p, d, r, cap)));
      }),
      { numRuns: RUNS },
    );
  });

  test("ADVANCE (property), 100.01 → 50.01", () => {
    expect(quickAdvance(100.01)).toBe(50.01);
    fc.assert(
      fc.property(amount, fc.option(rate, { nil: undefined }), (a, r) => {
        const quick = quickAdvance(a, r);
        return quick === undefined || quick === reference(() => toNumber(advance(a, r)));
      }),
      { numRuns: RUNS },
    );
  });

  test("ALLOCATE: the contract's examples", () => {
    expect(quickAllocate([100, 100, 100], 100)).toEqual([33.34, 33.33, 33.33]);
    expect(quickAllocate([30, 30, 10], 10)).toEqual([4.29, 4.28, 1.43]);
    expect(quickAllocate([3, 3, 1], 10)).toEqual([3, 3, 1]);
    expect(quickAllocate([10, 20], 0.01)).toEqual([0, 0.01]);
    // caps 20 and none: 20 + 100 > 100, quotas 16,666… and 83,333…; the cent left goes to the larger remainder
    expect(quickAllocate([100, 100], 100, [20, null])).toEqual([16.67, 83.33]);
    expect(quickAllocate([], 100)).toEqual([]);
    expect(quickAllocate([0, 0], 100)).toEqual([0, 0]);
  });

  test("ALLOCATE (property)", () => {
    const caps = fc.option(amount, { nil: null });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(amount, caps), { maxLength: 30 }),
        amount,
        fc.boolean(),
        fc.boolean(),
        (rows, envelope, withCaps, clean) => {
          const requests = rows.map(([r]) => (clean ? wholeCents(r) : r));
          const capList = withCaps ? rows.map(([, c]) => (clean && c !== null ? wholeCents(c) : c)) : undefined;
          const quick = quickAllocate(requests, envelope, capList);
          if (quick === undefined) return true;
          expect(quick).toEqual(reference(() => allocate(requests, envelope, capList).parts.map(toNumber)));
        },
      ),
      { numRuns: RUNS },
    );
  });

  test("SCHEDULE (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(amount, amount), { maxLength: 30 }),
        amount,
        fc.option(rate, { nil: undefined }),
        fc.boolean(),
        fc.boolean(),
        (rows, envelope, r, withActuals, clean) => {
          const requests = rows.map(([q]) => (clean ? wholeCents(q) : q));
          const actuals = withActuals ? rows.map(([, a]) => (clean ? wholeCents(a) : a)) : null;
          const quick = quickSchedule(requests, envelope, r, actuals);
          if (quick === undefined) return true;
          expect(quick).toEqual(
            reference(() => schedule(requests, envelope, r, actuals).map((l) => [l.forecast, l.advance, l.final, l.balance].map(toNumber))),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe("the fast paths answer in the common case and step aside otherwise", () => {
  test("they answer for whole-cent amounts and short rates", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50_000_000 }), { minLength: 1, maxLength: 1000 }),
        fc.integer({ min: 0, max: 100_000_000 }),
        (cents, env) => {
          const requests = cents.map((c) => c / 100);
          expect(quickAllocate(requests, env / 100)).toBeDefined();
          expect(quickSchedule(requests, env / 100, 0.5, requests)).toBeDefined();
          expect(quickDepartmentShare(requests[0], env / 100)).toBeDefined();
        },
      ),
      { numRuns: 200 },
    );
  });

  test("a product beyond 2^53 steps aside instead of losing a cent", () => {
    // 10^13 cents × 0.123456789: the product 1.23456789 × 10^21 is not exact in floating point
    expect(quickDepartmentShare(1e11, 0, 0.123456789)).toBeUndefined();
    expect(toNumber(departmentShare(1e11, 0, 0.123456789))).toBe(12345678900);
    // envelope × largest request beyond 2^53
    expect(quickAllocate([1e9, 2e9], 1e9)).toBeUndefined();
    // quotas 333 333 333,33⅓ and 666 666 666,66⅔: the cent left goes to the remainder ⅔
    expect(allocate([1e9, 2e9], 1e9).parts.map(toNumber)).toEqual([333333333.33, 666666666.67]);
  });

  test("invalid input is left to the public rule, which raises the error", () => {
    expect(quickDepartmentShare(-1, 0)).toBeUndefined();
    expect(quickDepartmentShare(1, 0, 1.5)).toBeUndefined();
    expect(quickAllocate([1, -1], 10)).toBeUndefined();
    expect(quickAllocate([1, 2], 10, [1])).toBeUndefined();
    expect(quickSchedule([1, 2], 10, 0.5, [1])).toBeUndefined();
  });
});
