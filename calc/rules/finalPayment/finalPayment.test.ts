import fc from "fast-check";
import { cappedFinalIn, finalPaymentsIn, parseFinalRule } from "./index";
import { dec, DECIMAL, DECIMAL_CENTS } from "../../arithmetic/money";
import { agree, amountText, type Rule } from "../../../test/support/representations";
import { issuesOf } from "../../../test/support/errors";

const capped = (forecast: string, request: string, actual: string) =>
  cappedFinalIn(DECIMAL, dec(forecast), dec(request), dec(actual)).toFixed(2);

describe("« plafonne »: final = round(forecast × min(1, actual ÷ request)), never above the forecast", () => {
  test("4,29 forecast on a request of 30, actual 20 → 4,29 × 20/30 = 2,86", () => {
    expect(capped("4.29", "30", "20")).toBe("2.86");
  });

  test("an actual above the request keeps the forecast: 4,29 on 30, actual 45 → 4,29", () => {
    expect(capped("4.29", "30", "45")).toBe("4.29");
  });

  test("a request of 0 gets 0, whatever the actual (no division by zero)", () => {
    expect(capped("0", "0", "100")).toBe("0.00");
  });

  test("an exact half rounds up: 0,03 × 50/100 = 0,015 → 0,02", () => {
    expect(capped("0.03", "100", "50")).toBe("0.02");
  });

  test("never above the forecast (property)", () => {
    fc.assert(
      fc.property(amountText, amountText, amountText, (f, r, a) => dec(capped(f, r, a)).lte(dec(f).toDecimalPlaces(2))),
      { numRuns: 500 },
    );
  });

  test("the same in every representation (property)", () => {
    const rule: Rule = (rep, f, r, a) => cappedFinalIn(rep.calc, rep.calc.roundCent([f]), r, a);
    fc.assert(
      fc.property(amountText, amountText, amountText, (f, r, a) => agree(rule, [f, r, a])),
      { numRuns: 1000 },
    );
  });
});

describe("« redistribue »: final = ALLOCATE(actuals, envelope)", () => {
  test("actuals {20; 30; 10} in 10 → 3,33 / 5 / 1,67, more than the capped 4,28 for the second", () => {
    const finals = finalPaymentsIn(
      DECIMAL_CENTS,
      ["4.29", "4.28", "1.43"].map(dec),
      ["30", "30", "10"].map(dec),
      ["20", "30", "10"].map(dec),
      dec(10),
      "redistribue",
    );
    expect(finals.map((f) => f.toFixed(2))).toEqual(["3.33", "5.00", "1.67"]);
  });
});

test("the rule is read case-insensitively; anything else is refused with its name", () => {
  expect(parseFinalRule(" Plafonne ")).toBe("plafonne");
  expect(issuesOf(() => parseFinalRule("proportionnel"))[0]).toMatchObject({ code: "valeur_inconnue", path: "règle du solde" });
});
