import fc from "fast-check";
import { departmentShareIn, departmentShare, SHARE_READINGS } from "./index";
import { agree, amountText, hugeAmountText, inEvery, rateText, type Rule } from "../../../test/support/representations";

// The one body of the 80 % rule, run in decimal.js (public API), Fixed (engine) and safe numbers
// (Excel functions): the same share to the cent, or the safe path steps aside.
const runs = { numRuns: 1000 };

const share =
  (reading: (typeof SHARE_READINGS)[number], capped: boolean): Rule =>
  (rep, payroll, deduction, rate, cap) =>
    departmentShareIn(rep.calc, payroll, deduction, rate, capped ? cap : undefined, reading);

describe("the department share is the same in every representation", () => {
  test.each(SHARE_READINGS)("reading %s, with and without a cap", (reading) => {
    const amounts = fc.oneof(amountText, amountText, hugeAmountText);
    fc.assert(
      fc.property(amounts, amounts, rateText, amountText, fc.boolean(), (p, d, r, c, capped) =>
        agree(share(reading, capped), [p, d, r, c]),
      ),
      runs,
    );
  });

  test("the worked example, 0,8 × (72 000 − 30 000) = 33 600, answered by every representation", () => {
    expect(inEvery(share("masse_moins_forfait", false), ["72000", "30000", "0.8", "0"])).toEqual({
      "decimal.js": "33600",
      "Fixed (bigint)": "33600",
      "safe numbers": "33600",
    });
  });

  test("the other reading: max(0, round(0,8 × 72 000) − 30 000) = 27 600; never negative: 0,8 × 30 000 − 30 000 → 0", () => {
    expect(departmentShare(72000, 30000, 0.8, null, "part_moins_forfait").toFixed(2)).toBe("27600.00");
    expect(departmentShare(30000, 30000, 0.8, null, "part_moins_forfait").toFixed(2)).toBe("0.00");
    expect(departmentShare(30000, 30000, 0.8, null, "masse_moins_forfait").toFixed(2)).toBe("0.00");
  });

  test("the readings differ by (1 − rate) × deduction: 33 600 − 27 600 = 0,2 × 30 000", () => {
    expect(
      departmentShare(72000, 30000)
        .minus(departmentShare(72000, 30000, 0.8, null, "part_moins_forfait"))
        .toFixed(2),
    ).toBe("6000.00");
  });

  test("a cap with fractions of a cent is taken down to the cent in both readings: 100,009 → 100,00", () => {
    for (const reading of SHARE_READINGS) {
      expect(departmentShare(72000, 30000, 0.8, "100.009", reading).toFixed(2)).toBe("100.00");
    }
  });
});
