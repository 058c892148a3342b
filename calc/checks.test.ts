import { checkAmount, checkFte, checkMonths, checkPositiveInteger, checkRate, checkYear } from "./checks";
import { CalcError } from "./errors";
import { issuesOf } from "../test/support/errors";

describe("preconditions: every bad argument is an invalid-input error with a French message naming it", () => {
  test("a rate of 80 is refused: « taux : doit être compris entre 0 et 1 (80 % s'écrit 0,8) »", () => {
    expect(issuesOf(() => checkRate(80, "taux"))).toEqual([
      { code: "taux_invalide", path: "taux", message: "taux : doit être compris entre 0 et 1 (80 % s'écrit 0,8)" },
    ]);
  });

  test("rates 0 and 1 are accepted, −0.01 and 1.01 are not", () => {
    expect(checkRate(0, "taux").toString()).toBe("0");
    expect(checkRate(1, "taux").toString()).toBe("1");
    expect(issuesOf(() => checkRate(-0.01, "taux"))[0].code).toBe("taux_invalide");
    expect(issuesOf(() => checkRate(1.01, "taux"))[0].code).toBe("taux_invalide");
  });

  test("a negative amount is refused: « montant : un montant ne peut pas être négatif »", () => {
    expect(issuesOf(() => checkAmount(-0.01, "montant"))).toEqual([
      { code: "montant_negatif", path: "montant", message: "montant : un montant ne peut pas être négatif" },
    ]);
  });

  test("zero is an amount, and −0 is read as 0", () => {
    expect(checkAmount(0, "montant").toString()).toBe("0");
    expect(checkAmount(-0, "montant").isNegative()).toBe(false);
    expect(checkAmount("-0", "montant").isNegative()).toBe(false);
  });

  test.each([NaN, Infinity, -Infinity])("%s is not a number", (value) => {
    expect(issuesOf(() => checkAmount(value, "montant"))).toEqual([
      { code: "type_invalide", path: "montant", message: "montant : doit être un nombre" },
    ]);
  });

  test.each(["12,5", "1e5", "", "abc", ".5", "5."])("the text « %s » is not a decimal number", (value) => {
    expect(issuesOf(() => checkAmount(value, "montant"))[0].code).toBe("type_invalide");
  });

  test("a decimal string is read exactly, spaces around ignored: « 1234.56 »", () => {
    expect(checkAmount(" 1234.56 ", "montant").toString()).toBe("1234.56");
  });

  test("an FTE above 1 is refused: « quotité : une quotité doit être comprise entre 0 et 1 (un mi-temps s'écrit 0,5) »", () => {
    expect(issuesOf(() => checkFte(1.5, "quotité"))).toEqual([
      { code: "hors_bornes", path: "quotité", message: "quotité : une quotité doit être comprise entre 0 et 1 (un mi-temps s'écrit 0,5)" },
    ]);
  });

  test("months outside 0–12 are refused: 13 and −1", () => {
    expect(issuesOf(() => checkMonths(13, "mois"))).toEqual([
      { code: "hors_bornes", path: "mois", message: "mois : un nombre de mois doit être compris entre 0 et 12" },
    ]);
    expect(issuesOf(() => checkMonths(-1, "mois"))[0].code).toBe("hors_bornes");
    expect(checkMonths(12, "mois").toString()).toBe("12");
    expect(checkMonths(0, "mois").toString()).toBe("0");
  });

  test("a year is a whole number between 1900 and 2100", () => {
    expect(checkYear(2022, "année")).toBe(2022);
    expect(issuesOf(() => checkYear(2022.5, "année"))).toEqual([
      { code: "hors_bornes", path: "année", message: "année : une année doit être un entier entre 1900 et 2100" },
    ]);
    expect(issuesOf(() => checkYear(2101, "année"))[0].code).toBe("hors_bornes");
  });

  test("an indice majoré is a positive whole number", () => {
    expect(checkPositiveInteger(352, "indice majoré")).toBe(352);
    for (const bad of [0, -352, 352.5]) expect(issuesOf(() => checkPositiveInteger(bad, "indice majoré"))[0].code).toBe("hors_bornes");
  });

  test("these errors are 'invalid' (Excel #VALUE!), not 'missing'", () => {
    try {
      checkRate(80, "taux");
    } catch (e) {
      expect(e).toBeInstanceOf(CalcError);
      expect((e as CalcError).kind).toBe("invalid");
    }
    expect.assertions(2);
  });
});
