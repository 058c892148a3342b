import { advance, balance, schedule } from "./index";
import { dec, roundCent } from "../../arithmetic/money";
import { issuesOf } from "../../../test/support/errors";
import { REFERENCE_PARAMETERS } from "../../parameters/lookup";

const fixed = (lines: ReturnType<typeof schedule>) =>
  lines.map((l) => [l.forecast, l.advance, l.final, l.balance].map((x) => x.toFixed(2)));

describe("acompte (advance) at signature = round(forecast allocation × advance rate), the latest departement.taux_acompte by default", () => {
  test("the default rate is the parameter's latest value, not a literal", () => {
    const rate = REFERENCE_PARAMETERS.latest("departement.taux_acompte").decimal;
    expect(advance(409045).toFixed(2)).toBe(roundCent(dec(409045).times(rate)).toFixed(2));
  });

  test("advance(100,01) → 50,01: 50,005 rounds half away from zero", () => {
    expect(advance("100.01").toFixed(2)).toBe("50.01");
  });

  test("advance(100,03) → 50,02 (50,015); advance(0,01) → 0,01 (0,005)", () => {
    expect(advance("100.03").toFixed(2)).toBe("50.02");
    expect(advance("0.01").toFixed(2)).toBe("0.01");
  });

  test("the Vosges envelope: advance(409 045) = 204 522,50", () => {
    expect(advance(409045).toFixed(2)).toBe("204522.50");
  });

  test("another rate: 30 % of 1 000,05 = 300,015 → 300,02", () => {
    expect(advance("1000.05", "0.3").toFixed(2)).toBe("300.02");
  });

  test("negative halves also round away from zero (the rounding the acompte uses): −50,005 → −50,01", () => {
    expect(roundCent(dec("-100.01").times("0.5")).toFixed(2)).toBe("-50.01");
  });

  test("an advance is never computed on a negative amount, nor with a rate of 50", () => {
    expect(issuesOf(() => advance(-100))[0]).toMatchObject({ code: "montant_negatif", path: "montant" });
    expect(issuesOf(() => advance(100, 50))[0]).toMatchObject({ code: "taux_invalide", path: "taux" });
  });
});

describe("solde (balance) = final allocation − acompte paid; negative = repayment (reversement)", () => {
  test("50 459,40 − 17 587,63 = 32 871,77", () => {
    expect(balance("50459.40", "17587.63").toFixed(2)).toBe("32871.77");
  });

  test("4 419,80 − 16 903,72 = −12 483,92: the manager pays back 12 483,92", () => {
    expect(balance("4419.80", "16903.72").toFixed(2)).toBe("-12483.92");
  });
});

describe("payment schedule: forecast, acompte, final, solde per payee", () => {
  test("schedule([100, 100, 100], 100) without actuals: final = forecast, solde = final − acompte", () => {
    // forecast 33.34 / 33.33 / 33.33; acomptes 16.67 / 16.665 → 16.67 / 16.67; soldes 16.67 / 16.66 / 16.66
    expect(fixed(schedule([100, 100, 100], 100))).toEqual([
      ["33.34", "16.67", "33.34", "16.67"],
      ["33.33", "16.67", "33.33", "16.66"],
      ["33.33", "16.67", "33.33", "16.66"],
    ]);
  });

  test("each acompte is rounded on its own: Σ acomptes = 50,01, not round(100 × 0,5) = 50,00", () => {
    const total = schedule([100, 100, 100], 100).reduce((a, l) => a.plus(l.advance), dec(0));
    expect(total.toFixed(2)).toBe("50.01");
  });

  test("with actuals, capped (the default): final = round(forecast × min(1, actual ÷ request)): 30 × 20/60 = 10, 20 × min(1, 80/40) = 20", () => {
    expect(fixed(schedule([60, 40], 50, 0.5, [20, 80]))).toEqual([
      ["30.00", "15.00", "10.00", "-5.00"],
      ["20.00", "10.00", "20.00", "10.00"],
    ]);
  });

  test("capped: 4,29 × 20/30 = 2,86; a request of 0 gets 0 whatever its actual", () => {
    expect(fixed(schedule([30, 30, 10], 10, 0.5, [20, 30, 10], "plafonne")).map((l) => l[2])).toEqual(["2.86", "4.28", "1.43"]);
    expect(fixed(schedule([0, 10], 5, 0.5, [7, 10])).map((l) => l[2])).toEqual(["0.00", "5.00"]);
  });

  test("with actuals, redistributed: forecast on [60, 40] in 50 → 30 / 20; final on [20, 80] in 50 → 10 / 40; soldes −5 (repayment) / 30", () => {
    expect(fixed(schedule([60, 40], 50, 0.5, [20, 80], "redistribue"))).toEqual([
      ["30.00", "15.00", "10.00", "-5.00"],
      ["20.00", "10.00", "40.00", "30.00"],
    ]);
  });

  test("actuals of another shape → formes_differentes; an advance rate of 50 → taux_invalide", () => {
    expect(issuesOf(() => schedule([1, 2], 10, 0.5, [1]))[0]).toMatchObject({ code: "formes_differentes", path: "réalisé" });
    expect(issuesOf(() => schedule([1, 2], 10, 50))[0]).toMatchObject({ code: "taux_invalide", path: "taux d'acompte" });
    expect(issuesOf(() => schedule([1, 2], 10, 0.5, [1, 2], "autre" as "plafonne"))[0]).toMatchObject({ code: "valeur_inconnue" });
  });
});
