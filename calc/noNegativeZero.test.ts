import fc from "fast-check";
import * as calc from "./index";
import type { Decimal } from "./index";

// No public function returns -0: a -0 shows as « -0,00 » in some formats and compares oddly in
// JavaScript. Every function of the public API that returns an amount is fed -0 wherever a
// number is accepted (a rate, an FTE, a month count, an amount), among ordinary values.
const isMinusZero = (d: Decimal) => d.isZero() && d.isNegative();
const zeroish = fc.constantFrom(-0, 0, "-0", "0", "-0.00");
const amount = fc.oneof(
  zeroish,
  fc.integer({ min: 0, max: 100_000 }),
  fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100),
);
const fraction = fc.oneof(
  zeroish,
  fc.constantFrom(0.5, 0.8, 1),
  fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
);
const months = fc.oneof(zeroish, fc.integer({ min: 0, max: 12 }));

/** The amounts a public function returns, whatever its shape. */
function amountsOf(value: unknown): Decimal[] {
  if (value instanceof calc.Dec) return [value];
  if (Array.isArray(value)) return value.flatMap(amountsOf);
  if (value && typeof value === "object") return Object.values(value).flatMap(amountsOf);
  return [];
}

const cases: [string, fc.Arbitrary<() => unknown>][] = [
  [
    "stateForfait",
    fc.tuple(fc.integer({ min: 2020, max: 2026 }), months).map(
      ([y, m]) =>
        () =>
          calc.stateForfait(y, m),
    ),
  ],
  ["forfaitSplit", fc.integer({ min: 2020, max: 2023 }).map((y) => () => calc.forfaitSplit(y))],
  ["baseSalary", fc.integer({ min: 1, max: 1000 }).map((im) => () => calc.baseSalary(im, 2023))],
  [
    "loadedCost",
    fc.tuple(amount, fraction).map(
      ([g, r]) =>
        () =>
          calc.loadedCost(g, r),
    ),
  ],
  [
    "payrollLine",
    fc.tuple(amount, fraction, months, fraction).map(
      ([c, f, m, a]) =>
        () =>
          calc.payrollLine(c, f, m, a),
    ),
  ],
  [
    "departmentShare",
    fc.tuple(amount, amount, fraction, fc.option(amount), fc.constantFrom(...calc.SHARE_READINGS)).map(
      ([p, d, r, c, reading]) =>
        () =>
          calc.departmentShare(p, d, r, c, reading),
    ),
  ],
  [
    "netCost",
    fc.tuple(amount, amount, amount, fc.array(amount, { maxLength: 3 })).map(
      ([p, f, s, o]) =>
        () =>
          calc.netCost(p, f, s, o),
    ),
  ],
  [
    "allocate",
    fc.tuple(fc.array(amount, { minLength: 1, maxLength: 5 }), amount).map(
      ([r, e]) =>
        () =>
          calc.allocate(r, e),
    ),
  ],
  [
    "advance",
    fc.tuple(amount, fraction).map(
      ([a, r]) =>
        () =>
          calc.advance(a, r),
    ),
  ],
  [
    "balance",
    fc.tuple(amount, amount).map(
      ([f, a]) =>
        () =>
          calc.balance(f, a),
    ),
  ],
  [
    "schedule",
    fc.tuple(fc.array(amount, { minLength: 1, maxLength: 4 }), amount, fraction, fc.constantFrom(...calc.FINAL_RULES)).map(
      ([r, e, rate, rule]) =>
        () =>
          calc.schedule(r, e, rate, r, rule),
    ),
  ],
  ["achievement", fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }).map((met) => () => calc.achievement(met))],
  ["roundCent", amount.map((a) => () => calc.roundCent(calc.dec(a)))],
];

describe("no public function returns -0, whatever -0 it is given", () => {
  test.each(cases)("%s", (_name, call) => {
    fc.assert(
      fc.property(call, (compute) => {
        let result: unknown;
        try {
          result = compute();
        } catch (error) {
          if (error instanceof calc.CalcError) return; // refused input: nothing returned
          throw error;
        }
        for (const value of amountsOf(result)) expect(isMinusZero(value)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  test("the cases named in the issue: a -0 rate, FTE or month count", () => {
    expect(isMinusZero(calc.departmentShare(72000, 30000, -0))).toBe(false);
    expect(isMinusZero(calc.advance(100, -0))).toBe(false);
    expect(isMinusZero(calc.stateForfait(2023, -0))).toBe(false);
    expect(isMinusZero(calc.payrollLine(36000, -0))).toBe(false);
  });
});
