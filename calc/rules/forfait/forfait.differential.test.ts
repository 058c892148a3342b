import fc from "fast-check";
import { forfaitCents, proRataForfaitIn, stateForfait } from "./index";
import { fixed } from "../../arithmetic/fixed";
import { REFERENCE_PARAMETERS } from "../../parameters/lookup";
import { agree, monthsText, type Rule } from "../../../test/support/representations";

const proRata: Rule = (rep, total, months) => proRataForfaitIn(rep.calc, total, months);

describe("the forfait pro rata, round(total × months / 12), is the same in every representation", () => {
  test("on the forfait of every year and any months", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2020, max: 2026 }), monthsText, (year, m) =>
        agree(proRata, [REFERENCE_PARAMETERS.at("forfait.total", `${year}-01-01`).value, m]),
      ),
      { numRuns: 500 },
    );
  });

  test("the engine's cents are the public function's: 35 000 × 6 / 12 = 17 500 in 2023", () => {
    expect(forfaitCents(fixed(35000), fixed(6))).toBe(1_750_000n);
    expect(stateForfait(2023, 6).toFixed(2)).toBe("17500.00");
  });
});
