import fc from "fast-check";
import { allocate } from "../rules/allocation";
import { stateForfait } from "../rules/forfait";
import { centsToEuros, fixed, fixedToString, toCentsFixed } from "../arithmetic/fixed";
import { dec, euros } from "../arithmetic/money";
import { advance } from "../rules/payments";
import { REFERENCE_PARAMETERS } from "../parameters/lookup";
import { baseSalary } from "../rules/point";
import { loadedCost, payrollLine } from "../rules/payroll";
import { departmentShare } from "../rules/share";
import {
  achievementRatio,
  advanceCents,
  allocateCents,
  applyRatio,
  baseSalaryCents,
  forfaitCents,
  loadedCostCents,
  payrollLineCents,
  shareFixed,
} from "./exact";

// The engine's bigint writing of each rule must give, to the cent, what the public decimal.js
// function gives (the one Excel calls). Amounts are drawn as cents or with up to 4 decimals.
const runs = { numRuns: 1000 };
const amount = fc
  .tuple(fc.integer({ min: 0, max: 2_000_000_000 }), fc.constantFrom(0, 2, 4))
  .map(([m, s]) => fixedToString({ m: BigInt(m), s }));
const rate = fc.integer({ min: 0, max: 10000 }).map((m) => fixedToString({ m: BigInt(m), s: 4 }));
const months = fc.integer({ min: 0, max: 1200 }).map((m) => fixedToString({ m: BigInt(m), s: 2 }));
const cents = (value: string) => centsToEuros(toCentsFixed(fixed(value)));

describe("the engine's exact rules agree with the public functions, to the cent", () => {
  test("loaded cost: round(gross × (1 + rate))", () => {
    fc.assert(
      fc.property(amount, rate, (g, r) => centsToEuros(loadedCostCents(fixed(g), fixed(r))) === euros(loadedCost(g, r))),
      runs,
    );
  });

  test("payroll line: round(cost × FTE × months / 12 × assignment)", () => {
    fc.assert(
      fc.property(
        amount,
        rate,
        months,
        rate,
        (c, f, m, a) => centsToEuros(payrollLineCents(fixed(c), fixed(f), fixed(m), fixed(a))) === euros(payrollLine(c, f, m, a)),
      ),
      runs,
    );
  });

  test("forfait pro rata: round(total × months / 12)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2020, max: 2026 }), months, (year, m) => {
        const total = fixed(REFERENCE_PARAMETERS.at("forfait.total", `${year}-01-01`).value);
        return centsToEuros(forfaitCents(total, fixed(m))) === euros(stateForfait(year, m));
      }),
      runs,
    );
  });

  test("base salary: IM 900 in July 2023 is an exact tie, 900 × 5 907,34 / 1 200 = 4 430,505 → 4 430,51", () => {
    // January–June: 900 × 5 820,04 / 1 200 = 4 365,03 ; July–December: 4 430,505 rounds up to 4 430,51.
    expect(euros(baseSalary(900, 2023))).toBe("52773.24"); // 6 × 4 365,03 + 6 × 4 430,51 = 26 190,18 + 26 583,06
    expect(centsToEuros(baseSalaryCents(900, 2023, REFERENCE_PARAMETERS))).toBe("52773.24");
  });

  test("payroll line: 20 000 000 × 0,6803 × 0,1 / 12 × 0,0351 = 3 979,755 exactly, rounded up to 3 979,76", () => {
    expect(euros(payrollLine(20000000, 0.6803, 0.1, 0.0351))).toBe("3979.76");
  });

  test("base salary of an indice majoré over a year", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1500 }),
        fc.integer({ min: 2018, max: 2026 }),
        (im, year) => centsToEuros(baseSalaryCents(im, year, REFERENCE_PARAMETERS)) === euros(baseSalary(im, year)),
      ),
      { numRuns: 300 },
    );
  });

  test("departmental share, with and without a cap", () => {
    fc.assert(
      fc.property(amount, amount, rate, fc.option(amount, { nil: undefined }), (p, d, r, cap) => {
        const exact = shareFixed(fixed(p), fixed(d), fixed(r), cap === undefined ? undefined : fixed(cap));
        return fixedToString(exact) === departmentShare(p, d, r, cap).toString();
      }),
      runs,
    );
  });

  test("acompte: round(amount × rate)", () => {
    fc.assert(
      fc.property(amount, rate, (a, r) => centsToEuros(advanceCents(fixed(a), fixed(r))) === euros(advance(a, r))),
      runs,
    );
  });

  test("an exact half after the achievement ratio rounds up: 19 999 999,8 × 11/24 = 9 166 666,575 → 9 166 666,58", () => {
    const ratio = achievementRatio(
      [true, true, false, false, true, false],
      [1, 9, 4, 7, 1, 2].map((w) => fixed(w)),
    );
    expect(centsToEuros(applyRatio(fixed("19999999.8"), ratio))).toBe("9166666.58");
  });

  test("achievement ratio applied to an amount", () => {
    fc.assert(
      fc.property(
        amount,
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 1, max: 9 })), { minLength: 1, maxLength: 6 }),
        (a, objectives) => {
          const met = objectives.map(([m]) => m);
          const weights = objectives.map(([, w]) => w);
          const exact = applyRatio(
            fixed(a),
            achievementRatio(
              met,
              weights.map((w) => fixed(w)),
            ),
          );
          // reference on decimal.js, dividing last (a 40-digit ratio would misround exact halves,
          // e.g. 19 999 999,8 × 11/24 = 9 166 666,575 exactly → 9 166 666,58)
          const reached = weights.reduce((sum, w, i) => sum + (met[i] ? w : 0), 0);
          const total = weights.reduce((sum, w) => sum + w, 0);
          return centsToEuros(exact) === euros(dec(a).times(reached).dividedBy(total));
        },
      ),
      runs,
    );
  });

  test("allocation under an envelope", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50_000_000 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 500_000_000 }),
        (requests, envelope) => {
          const exact = allocateCents(
            requests.map((r) => BigInt(r)),
            BigInt(envelope),
          ).parts.map(centsToEuros);
          const reference = allocate(
            requests.map((r) => cents(fixedToString({ m: BigInt(r), s: 2 }))),
            fixedToString({ m: BigInt(envelope), s: 2 }),
          ).parts.map(euros);
          return JSON.stringify(exact) === JSON.stringify(reference);
        },
      ),
      runs,
    );
  });

  test("allocation beyond 2^53: the safe-integer split hands over to bigints at the same cent", () => {
    // Requests and envelopes around 2^53 cents (90 000 billion euros): products and sums
    // overflow the safe integers, the number path must refuse them and the bigint path agree.
    const big = fc.bigInt({ min: 0n, max: 2n ** 60n });
    const near = fc.bigInt({ min: 2n ** 53n - 1000n, max: 2n ** 53n + 1000n });
    fc.assert(
      fc.property(
        fc.array(fc.oneof(big, near, fc.bigInt({ min: 0n, max: 1000n })), { minLength: 1, maxLength: 12 }),
        fc.oneof(big, near, fc.bigInt({ min: 0n, max: 100_000n })),
        (requests, envelope) => {
          const exact = allocateCents(requests, envelope).parts.map(centsToEuros);
          const reference = allocate(
            requests.map((r) => cents(fixedToString({ m: r, s: 2 }))),
            fixedToString({ m: envelope, s: 2 }),
          ).parts.map(euros);
          return JSON.stringify(exact) === JSON.stringify(reference);
        },
      ),
      runs,
    );
  });
});
