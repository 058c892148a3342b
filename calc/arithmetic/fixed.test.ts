import fc from "fast-check";
import { add, centsToEuros, cmp, fixed, fixedToString, productToCents, sub } from "./fixed";
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
    // Read without its text: the same value and form as the text gives.
    expect(fixed(10150.5)).toEqual({ m: 101505n, s: 1 });
    expect(fixed(-2.5)).toEqual({ m: -25n, s: 1 });
    expect(fixed(1.5e-7)).toEqual({ m: 15n, s: 8 });
    expect(fixed(0.1 + 0.2)).toEqual({ m: 30000000000000004n, s: 17 }); // 17 digits: read from its text
    expect(() => fixed(NaN)).toThrow("nombre décimal attendu");
    expect(() => fixed(Infinity)).toThrow("nombre décimal attendu");
  });

  test("a number read without its text is the decimal of its text (property)", () => {
    // Any double, and the doubles finance inputs are made of: a few decimals, up to 15 digits.
    const decimal = fc
      .tuple(fc.integer({ min: -(2 ** 31), max: 2 ** 31 }), fc.integer({ min: 0, max: 2 ** 21 }), fc.integer({ min: 0, max: 12 }))
      .map(([a, b, s]) => Number(`${a}.${String(b).padStart(7, "0")}`.slice(0, `${a}`.length + 1 + s) || a));
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), decimal), (x) => {
        const fromText = fixed(String(x));
        const read = fixed(x);
        return read.m === fromText.m && read.s === fromText.s;
      }),
      { numRuns: 20000 },
    );
  });
});

/** decimal.js with room for the products of these factors (the library's clone keeps 40 digits). */
const Wide = Dec.clone({ precision: 200 });

describe("productToCents: the product divided and rounded to the cent, half away from zero", () => {
  test("worked values, on both sides of 2^53", () => {
    expect(productToCents([fixed("100.01"), fixed("0.5")])).toBe(5001n); // 50.005 → 50.01
    expect(productToCents([fixed(36000), fixed("0.8"), fixed(6), fixed("0.5")], 12n)).toBe(720000n); // 7 200.00
    expect(productToCents([fixed("-0.005"), fixed(1)])).toBe(-1n); // -0.005 → -0.01 (exact path)
    expect(productToCents([fixed("123456789012.34"), fixed("0.123456789")])).toBe(1524157875171n); // 15 241 578 751.7…
  });

  test("the same cents as decimal.js (property)", () => {
    const factor = fc.oneof(
      fc.integer({ min: 0, max: 1_000_000 }).map((n) => `${n / 100}`),
      fc.integer({ min: -1000, max: 1_000_000 }).map((n) => `${n}`),
      fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).map(
        (n) =>
          `${n}.${String(n % 1000n)
            .replace("-", "")
            .padStart(3, "0")}`,
      ),
      fc.constantFrom("0.8", "0.5", "1.4648", "0.0351", "12", "0.001"),
    );
    fc.assert(
      fc.property(fc.array(factor, { minLength: 1, maxLength: 4 }), fc.constantFrom(1n, 12n, 1200n), (texts, divisor) => {
        const expected = texts
          .reduce((p, t) => p.times(t), new Wide(100))
          .dividedBy(divisor.toString())
          .toDecimalPlaces(0, Wide.ROUND_HALF_UP);
        return productToCents(texts.map(fixed), divisor).toString() === expected.toFixed(0);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("add, sub and cmp on different scales", () => {
  test("the same as decimal.js (property)", () => {
    const text = fc
      .tuple(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: 0, max: 12 }))
      .map(([m, s]) => fixedToString({ m, s }));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const [x, y] = [fixed(a), fixed(b)];
        return (
          fixedToString(add(x, y)) === new Wide(a).plus(b).toFixed() &&
          fixedToString(sub(x, y)) === new Wide(a).minus(b).toFixed() &&
          cmp(x, y) === new Wide(a).comparedTo(b)
        );
      }),
      { numRuns: 3000 },
    );
  });
});
