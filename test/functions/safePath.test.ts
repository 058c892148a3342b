/**
 * The Excel money functions answer on safe numbers when they can and on decimal.js otherwise:
 * whatever path a call takes, its cells are the public decimal.js rule's, to the cent (the rule
 * is one body; this pins the adapters' reading of Excel's doubles: whole cents, rounded cents,
 * caps applied after rounding).
 */
import fc from "fast-check";
import * as calc from "../../calc";
import * as FS from "../../src/functions/functions";

const RUNS = 300;
/** Amounts as Excel passes them: whole cents, whole euros, formula noise, half cents. */
const amount = fc.oneof(
  fc.integer({ min: 0, max: 20_000_000 }).map((c) => c / 100),
  fc.integer({ min: 0, max: 200_000 }),
  fc.integer({ min: 0, max: 5000 }).map((k) => 30000 + k * 1.37),
  fc.double({ min: 0, max: 1e6, noNaN: true }),
  fc.constantFrom(0, 0.005, 1.005, 2.675, 1e11, 0.1 + 0.2),
);
const rate = fc.oneof(
  fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
  fc.double({ min: 0, max: 1, noNaN: true }),
);
const col = (values: number[]) => values.map((v) => [v]);
const euros = (d: calc.Decimal) => calc.toNumber(d);

test("DEPT_SHARE is departmentShare, in both readings, with or without a cap", () => {
  fc.assert(
    fc.property(amount, amount, rate, fc.option(amount, { nil: undefined }), fc.constantFrom(...calc.SHARE_READINGS), (p, d, r, c, how) => {
      expect(FS.deptShare(p, d, r, c, how)).toBe(euros(calc.departmentShare(p, d, r, c, how)));
    }),
    { numRuns: RUNS },
  );
});

test("ADVANCE is advance", () => {
  fc.assert(
    fc.property(amount, rate, (a, r) => {
      expect(FS.advance(a, r)).toBe(euros(calc.advance(a, r)));
    }),
    { numRuns: RUNS },
  );
});

test("ALLOCATE is allocate, caps included", () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(amount, fc.option(amount, { nil: null })), { minLength: 1, maxLength: 20 }),
      amount,
      (lines, envelope) => {
        const requests = lines.map(([r]) => r);
        const caps = lines.map(([, c]) => c);
        const expected = calc.allocate(requests, envelope, caps).parts.map(euros);
        expect(FS.allocate(col(requests), envelope, caps.map((c) => [c]) as unknown as number[][])).toEqual(col(expected));
      },
    ),
    { numRuns: RUNS },
  );
});

test("SCHEDULE is schedule, under both final rules", () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(amount, amount), { minLength: 1, maxLength: 20 }),
      amount,
      rate,
      fc.constantFrom(...calc.FINAL_RULES),
      (lines, envelope, r, rule) => {
        const requests = lines.map(([q]) => q);
        const actuals = lines.map(([, a]) => a);
        const expected = calc
          .schedule(requests, envelope, r, actuals, rule)
          .map((l) => [l.forecast, l.advance, l.final, l.balance].map(euros));
        expect(FS.schedule(col(requests), envelope, r, col(actuals), rule)).toEqual(expected);
      },
    ),
    { numRuns: RUNS },
  );
});
