import fc from "fast-check";
import { baseSalary, baseSalaryCents, baseSalaryIn, monthlyMinimumIndices, monthlyPointValues } from "./index";
import { REFERENCE_PARAMETERS } from "../../parameters/lookup";
import { agree, type Rule } from "../../../test/support/representations";

const salary: Rule = (rep, im, ...points) => baseSalaryIn(rep.calc, im, points);
const pointsOf = (year: number) => monthlyPointValues(year).map((p) => p.value);
/** The same with the month's minimum de traitement: inputs are IM, 12 point values, 12 minimum indices. */
const salaryWithMinimum: Rule = (rep, im, ...values) => baseSalaryIn(rep.calc, im, values.slice(0, 12), values.slice(12));
const minimumsOf = (year: number) => monthlyMinimumIndices(year).map((p) => p!.value);

describe("the base salary, Σ round(IM × annual point value / 1 200), is the same in every representation", () => {
  test("any indice majoré, any year with point values", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1500 }), fc.integer({ min: 2018, max: 2026 }), (im, year) =>
        agree(salary, [String(im), ...pointsOf(year)]),
      ),
      { numRuns: 300 },
    );
  });

  test("any indice majoré, any year, raised to the month's minimum de traitement, agrees too", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1500 }), fc.integer({ min: 2018, max: 2026 }), (im, year) =>
        agree(salaryWithMinimum, [String(im), ...pointsOf(year), ...minimumsOf(year)]),
      ),
      { numRuns: 200 },
    );
    // IM 352 in 2024 is paid on 366 in every representation: 12 × 1 801,74 = 21 620,88
    expect(baseSalaryCents(352, 2024, REFERENCE_PARAMETERS)).toBe(2_162_088n);
  });

  test("IM 900 in July 2023 is an exact tie, 900 × 5 907,34 / 1 200 = 4 430,505 → 4 430,51 in every representation", () => {
    // January–June: 900 × 5 820,04 / 1 200 = 4 365,03 ; 6 × 4 365,03 + 6 × 4 430,51 = 52 773,24.
    expect(baseSalary(900, 2023).toFixed(2)).toBe("52773.24");
    expect(baseSalaryCents(900, 2023, REFERENCE_PARAMETERS)).toBe(5_277_324n);
    expect(agree(salary, ["900", ...pointsOf(2023)])).toBe(true);
  });
});
