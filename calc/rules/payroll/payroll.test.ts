import { loadedCost, payrollLine } from "./index";
import { baseSalary } from "../point";
import { employerRate } from "../employerRate";
import { issuesOf } from "../../../test/support/errors";

describe("loaded cost = round(gross × (1 + employer rate))", () => {
  test("30 000 × 1,4648 = 43 944,00 (titulaire 2022)", () => {
    expect(loadedCost(30000, 0.4648).toFixed(2)).toBe("43944.00");
  });

  test("IM 352, contractuel 2022: 20 140,14 × 1,3662 = 27 515,459268 → 27 515,46", () => {
    const gross = baseSalary(352, 2022);
    expect(loadedCost(gross, employerRate("contractuel", 2022).rate).toFixed(2)).toBe("27515.46");
  });

  test("IM 352, titulaire 2022: 20 140,14 × 1,4828 = 29 863,799592 → 29 863,80", () => {
    expect(loadedCost(baseSalary(352, 2022), employerRate("titulaire", 2022).rate).toFixed(2)).toBe("29863.80");
  });

  test("24 600 × 1,45 = 35 670,00", () => {
    expect(loadedCost(24600, 0.45).toFixed(2)).toBe("35670.00");
  });

  test("half a cent rounds away from zero: 0,01 × 1,5 = 0,015 → 0,02", () => {
    expect(loadedCost("0.01", "0.5").toFixed(2)).toBe("0.02");
  });

  test("a rate of 45 (meaning 45 %) is refused", () => {
    expect(issuesOf(() => loadedCost(24600, 45))[0]).toMatchObject({ code: "taux_invalide", path: "taux" });
  });

  test("a negative gross is refused", () => {
    expect(issuesOf(() => loadedCost(-1, 0.45))[0]).toMatchObject({ code: "montant_negatif", path: "brut" });
  });
});

describe("payroll of an agent line = round(loaded cost × FTE × months / 12 × assignment)", () => {
  test("36 000 × 0,8 × 6 / 12 × 0,5 = 7 200,00", () => {
    expect(payrollLine(36000, 0.8, 6, 0.5).toFixed(2)).toBe("7200.00");
  });

  test("defaults: full time, 12 months, fully assigned: 41 200 → 41 200,00; half time → 20 600,00", () => {
    expect(payrollLine(41200).toFixed(2)).toBe("41200.00");
    expect(payrollLine(41200, 0.5).toFixed(2)).toBe("20600.00");
  });

  test("38 500 × 0,5 × 12 / 12 × 0,6 = 11 550,00", () => {
    expect(payrollLine(38500, 0.5, 12, 0.6).toFixed(2)).toBe("11550.00");
  });

  test("the line is rounded once, at the end: 12 000,06 for 1 month = 1 000,005 → 1 000,01", () => {
    expect(payrollLine("12000.06", 1, 1).toFixed(2)).toBe("1000.01");
  });

  test("no intermediate rounding: 1 000 × 0,3333333333 FTE = 333,333… → 333,33; 1 000 for 1 month = 83,333… → 83,33", () => {
    expect(payrollLine(1000, "0.3333333333").toFixed(2)).toBe("333.33");
    expect(payrollLine(1000, 1, 1).toFixed(2)).toBe("83.33");
  });

  test.each([
    [[36000, 1.5, 12, 1], "hors_bornes", "quotité"],
    [[36000, 1, 13, 1], "hors_bornes", "mois"],
    [[36000, 1, 12, 1.2], "taux_invalide", "affectation"],
    [[-36000, 1, 12, 1], "montant_negatif", "coût"],
  ] as [[number, number, number, number], string, string][])(
    "invalid input %j → %s on « %s »",
    ([cost, fte, months, assignment], code, path) => {
      expect(issuesOf(() => payrollLine(cost, fte, months, assignment))[0]).toMatchObject({ code, path });
    },
  );
});
