import { departmentShare } from "./index";
import { REFERENCE_PARAMETERS } from "../../parameters/lookup";
import { issuesOf } from "../../../test/support/errors";

describe("« Le Département participe à la masse salariale … à hauteur de 80 % après déduction du forfait de l'État »", () => {
  test("72 000 of payroll, 30 000 of forfait → 0,8 × (72 000 − 30 000) = 33 600,00", () => {
    expect(departmentShare(72000, 30000).toFixed(2)).toBe("33600.00");
  });

  test("20 000 of payroll, 30 000 of forfait → 0, never negative", () => {
    expect(departmentShare(20000, 30000).toFixed(2)).toBe("0.00");
    expect(departmentShare(20000, 30000).isNegative()).toBe(false);
  });

  test("payroll equal to the forfait → 0", () => {
    expect(departmentShare(30000, 30000).toFixed(2)).toBe("0.00");
  });

  test("the share is rounded to the cent, half away from zero: 0,8 × 0,01 = 0,008 → 0,01; 0,5 × 0,01 = 0,005 → 0,01", () => {
    expect(departmentShare("30000.01", 30000).toFixed(2)).toBe("0.01");
    expect(departmentShare("30000.01", 30000, "0.5").toFixed(2)).toBe("0.01");
    expect(departmentShare("30000.03", 30000).toFixed(2)).toBe("0.02"); // 0.024
  });

  test("another rate: 50 % → 0,5 × 42 000 = 21 000,00", () => {
    expect(departmentShare(72000, 30000, 0.5).toFixed(2)).toBe("21000.00");
  });

  test("the cap binds: min(20 000 ; 33 600) = 20 000,00", () => {
    expect(departmentShare(72000, 30000, 0.8, 20000).toFixed(2)).toBe("20000.00");
  });

  test("a cap above the share changes nothing: min(40 000 ; 33 600) = 33 600,00; no cap (null) likewise", () => {
    expect(departmentShare(72000, 30000, 0.8, 40000).toFixed(2)).toBe("33600.00");
    expect(departmentShare(72000, 30000, 0.8, null).toFixed(2)).toBe("33600.00");
  });

  test("a cap of 0 gives 0", () => {
    expect(departmentShare(72000, 30000, 0.8, 0).toFixed(2)).toBe("0.00");
  });

  test("a rate of 80 is refused: « taux : doit être compris entre 0 et 1 (80 % s'écrit 0,8) »", () => {
    expect(issuesOf(() => departmentShare(72000, 30000, 80))).toEqual([
      { code: "taux_invalide", path: "taux", message: "taux : doit être compris entre 0 et 1 (80 % s'écrit 0,8)" },
    ]);
  });

  test("a negative payroll, forfait or cap is refused", () => {
    expect(issuesOf(() => departmentShare(-1, 30000))[0]).toMatchObject({ code: "montant_negatif", path: "masse salariale" });
    expect(issuesOf(() => departmentShare(72000, -1))[0]).toMatchObject({ code: "montant_negatif", path: "forfait" });
    expect(issuesOf(() => departmentShare(72000, 30000, 0.8, -1))[0]).toMatchObject({ code: "montant_negatif", path: "plafond" });
  });
});

test("a cap with more than two decimals is taken down to the cent: 0,8 × 72 000 − 30 000 capped at 100,009 → 100,00, never above the cap once rounded", () => {
  expect(departmentShare(72000, 30000, 0.8, "100.009").toString()).toBe("100");
  expect(departmentShare(72000, 30000, 0.8, "100.001").toString()).toBe("100");
});

test("the default rate is the latest value of departement.taux (a dated parameter), not a literal", () => {
  const rate = REFERENCE_PARAMETERS.latest("departement.taux").decimal;
  expect(departmentShare(72000, 30000).toFixed(2)).toBe(departmentShare(72000, 30000, rate).toFixed(2));
});
