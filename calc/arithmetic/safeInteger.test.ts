import fc from "fast-check";
import { OFF_PATH, onSafePath, readCents, readScaled, SAFE, SAFE_WHOLE, scaledToNumber } from "./safeInteger";
import { dec, roundCent } from "./money";

/** What a reader gives, or "hors" when it steps aside. */
const read = <T>(f: () => T): T | "hors" => onSafePath(f) ?? "hors";

describe("the safe path reads a number's exact value (its shortest decimal, as decimal.js does)", () => {
  test("rates with up to nine decimals, in [0, 1]", () => {
    expect(readScaled(0.8, 0, 1)).toEqual({ m: 8, s: 1 });
    expect(readScaled(1, 0, 1)).toEqual({ m: 1, s: 0 });
    expect(readScaled(0.4648, 0, 1)).toEqual({ m: 4648, s: 4 });
    expect(readScaled(0.123456789, 0, 1)).toEqual({ m: 123456789, s: 9 });
    expect(read(() => readScaled(1 / 3, 0, 1))).toBe("hors");
    expect(read(() => readScaled(1.2, 0, 1))).toBe("hors");
    expect(read(() => readScaled("0.8", 0, 1))).toBe("hors");
  });

  test("-0 is read as 0 (no -0 ever reaches a result)", () => {
    expect(Object.is(readScaled(-0, 0, 1)?.m, 0)).toBe(true);
  });

  test("amounts rounded to the cent, half away from zero, unless too near a half cent", () => {
    expect(readCents(10411.510000000002)).toEqual({ m: 1_041_151, s: 2 }); // 10 000 + 3 × 137,17 in floating point
    expect(readCents(0.126)).toEqual({ m: 13, s: 2 });
    expect(readCents(100.01)).toEqual({ m: 10_001, s: 2 });
    expect(readCents(0.07)).toEqual({ m: 7, s: 2 }); // 0.07 × 100 is 7.000000000000001 in floating point
    expect(read(() => readCents(1.005))).toBe("hors"); // stored as 1.00499999999999989…, read as 1.005 → 1.01
    expect(read(() => readCents(0.125))).toBe("hors"); // an exact half: left to decimal.js (→ 0.13)
    expect(read(() => readCents(2 ** 30 + 0.001))).toBe("hors");
    expect(read(() => readCents(-1))).toBe("hors");
  });

  test("rounding to the cent agrees with decimal.js (property)", () => {
    const near = fc.integer({ min: 0, max: 1e11 }).chain((c) => fc.constantFrom(c / 1000, (c + 0.5) / 100, c / 100 + 1e-9));
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: 0, max: 2 ** 31, noNaN: true }), near), (x) => {
        const quick = readCents(x)?.m;
        return quick === undefined || quick === Number(roundCent(dec(x)).times(100).toFixed(0));
      }),
      { numRuns: 10000 },
    );
  });

  test("every whole number of cents up to 10^11 € is recognised (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e13 }), (c) => readCents(c / 100)?.m === c),
      { numRuns: 2000 },
    );
  });
});

describe("the safe calculators step aside instead of losing a cent", () => {
  test("10^13 cents × 0,123456789: the product 1,23456789 × 10^21 is not exact in floating point", () => {
    expect(
      read(() =>
        SAFE.roundCent([
          { m: 1e13, s: 2 },
          { m: 123456789, s: 9 },
        ]),
      ),
    ).toBe("hors");
  });

  test("a sum or a product of whole numbers past 2^53", () => {
    expect(() => SAFE_WHOLE.add(2 ** 53 - 1, 1)).toThrow(OFF_PATH);
    expect(() => SAFE_WHOLE.multiply(1e11, 1e11)).toThrow(OFF_PATH);
  });

  test("an exact half rounds away from zero in both signs, and a zero result is +0", () => {
    expect(
      SAFE.roundCent([
        { m: 10001, s: 2 },
        { m: 5, s: 1 },
      ]),
    ).toEqual({ m: 5001, s: 2 });
    expect(
      SAFE.roundCent([
        { m: -10001, s: 2 },
        { m: 5, s: 1 },
      ]),
    ).toEqual({ m: -5001, s: 2 });
    expect(Object.is(SAFE.roundCent([{ m: -1, s: 3 }]).m, 0)).toBe(true);
    expect(Object.is(scaledToNumber({ m: -0, s: 2 }), 0)).toBe(true);
  });
});
