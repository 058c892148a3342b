import fc from "fast-check";
import { loadedCostIn, payrollLine, payrollLineIn } from "./index";
import { agree, amountText, inEvery, monthsText, rateText, type Rule } from "../../../test/support/representations";

// The payroll rules' one body in decimal.js, Fixed and safe numbers: the same cent, or the safe path steps aside.
const runs = { numRuns: 1000 };
const loaded: Rule = (rep, gross, rate) => loadedCostIn(rep.calc, gross, rate);
const line: Rule = (rep, cost, fte, months, assignment) => payrollLineIn(rep.calc, cost, fte, months, assignment);

describe("the payroll rules are the same in every representation", () => {
  test("loaded cost: round(gross × (1 + rate))", () => {
    fc.assert(
      fc.property(amountText, rateText, (g, r) => agree(loaded, [g, r])),
      runs,
    );
  });

  test("payroll line: round(cost × FTE × months × assignment / 12)", () => {
    fc.assert(
      fc.property(amountText, rateText, monthsText, rateText, (c, f, m, a) => agree(line, [c, f, m, a])),
      runs,
    );
  });

  test("20 000 000 × 0,6803 × 0,1 × 0,0351 / 12 = 3 979,755 exactly: every representation rounds it up to 3 979,76", () => {
    expect(payrollLine(20000000, 0.6803, 0.1, 0.0351).toFixed(2)).toBe("3979.76");
    expect(new Set(Object.values(inEvery(line, ["20000000", "0.6803", "0.1", "0.0351"])))).toEqual(new Set(["3979.76"]));
  });
});
