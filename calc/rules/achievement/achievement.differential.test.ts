import fc from "fast-check";
import { achievementIn, achievementRatio, applyAchievementIn, applyRatio } from "./index";
import { fixed } from "../../arithmetic/fixed";
import { agree, amountText, type Rule } from "../../../test/support/representations";

/** An amount modulated by the achievement of objectives met by `met`, their weights the values after the amount. */
const modulated =
  (met: boolean[]): Rule =>
  (rep, amount, ...weights) =>
    applyAchievementIn(rep.calc, amount, achievementIn(rep.calc, met, weights));

describe("the achievement modulation, round(amount × Σ met weights ÷ Σ weights), is the same in every representation", () => {
  test("any amount and objectives", () => {
    fc.assert(
      fc.property(
        amountText,
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 1, max: 9 })), { minLength: 1, maxLength: 6 }),
        (a, objectives) => agree(modulated(objectives.map(([m]) => m)), [a, ...objectives.map(([, w]) => String(w))]),
      ),
      { numRuns: 1000 },
    );
  });

  test("an exact half after the ratio rounds up: 19 999 999,8 × 11/24 = 9 166 666,575 → 9 166 666,58 (a 40-digit ratio would not)", () => {
    const met = [true, true, false, false, true, false];
    const weights = ["1", "9", "4", "7", "1", "2"];
    expect(agree(modulated(met), ["19999999.8", ...weights])).toBe(true);
    expect(applyRatio(fixed("19999999.8"), achievementRatio(met, weights.map(fixed)))).toBe(916_666_658n);
  });
});
