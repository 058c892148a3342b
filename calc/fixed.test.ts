import fc from "fast-check";
import { centsToEuros, fixed, fixedToString } from "./fixed";
import { Dec } from "./money";

describe("centsToEuros: whole cents as a euro string with two decimals", () => {
  test("worked values", () => {
    expect(centsToEuros(0n)).toBe("0.00");
    expect(centsToEuros(5n)).toBe("0.05");
    expect(centsToEuros(-5n)).toBe("-0.05");
    expect(centsToEuros(40904500n)).toBe("409045.00");
    expect(centsToEuros(-1248392n)).toBe("-12483.92");
    expect(centsToEuros(9007199254740993n)).toBe("90071992547409.93"); // beyond 2^53: the bigint path
  });

  test("the same text as decimal.js, on both sides of 2^53 (property)", () => {
    const cents = fc.oneof(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.bigInt({ min: -1000n, max: 1000n }));
    fc.assert(
      fc.property(cents, (c) => centsToEuros(c) === new Dec(c.toString()).dividedBy(100).toFixed(2)),
      { numRuns: 2000 },
    );
  });
});

describe("fixed reads a value exactly", () => {
  test("a number at its shortest decimal form, the same object when read again", () => {
    expect(fixedToString(fixed(0.8))).toBe("0.8");
    expect(fixed(0.1)).toEqual({ m: 1n, s: 1 });
    expect(fixed(0.1)).toBe(fixed(0.1));
    expect(fixed(1e21)).toEqual({ m: 10n ** 21n, s: 0 });
    expect(fixed("-12.50")).toEqual({ m: -1250n, s: 2 });
  });
});
