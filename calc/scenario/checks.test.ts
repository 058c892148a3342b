import { checkAmount, checkFte, checkIndiceMajore, checkMonths, checkPositiveInteger, checkRate, checkWeight, checkYear } from "./checks";
import { CalcError } from "../errors";
import { issuesOf } from "../../test/support/errors";
import { validateScenario } from "./validate";

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

  test("an indice majoré is a whole number from 1 to 10 000: « indice majoré : un indice majoré est un nombre entier entre 1 et 10 000 »", () => {
    expect(checkIndiceMajore(352, "indice majoré")).toBe(352);
    expect(checkIndiceMajore(10000, "indice majoré")).toBe(10000);
    for (const bad of [0, -352, 352.5, 10001, 100000])
      expect(issuesOf(() => checkIndiceMajore(bad, "indice majoré"))).toEqual([
        { code: "hors_bornes", path: "indice majoré", message: "indice majoré : un indice majoré est un nombre entier entre 1 et 10 000" },
      ]);
    expect(checkPositiveInteger).toBe(checkIndiceMajore); // the former name, deprecated
  });

  test("an amount of a thousand billion euros is refused, 999 999 999 999,99 is not", () => {
    expect(checkAmount("999999999999.99", "montant").toString()).toBe("999999999999.99");
    expect(issuesOf(() => checkAmount(1e12, "montant"))).toEqual([
      { code: "trop_grand", path: "montant", message: "montant : montant trop grand (au plus 999 999 999 999,99 €)" },
    ]);
  });

  test("an argument need not be whole cents (results are rounded): 30 000 + 1,37 × 3 computed in floating point", () => {
    expect(checkAmount(30000 + 1.37 * 3, "montant").toNumber()).toBe(30004.11);
    expect(checkAmount(0.005, "montant").toString()).toBe("0.005");
  });

  test("a weight is in [0, 1 000 000]: « poids : un poids doit être compris entre 0 et 1 000 000 »", () => {
    expect(checkWeight(2, "poids").toString()).toBe("2");
    expect(issuesOf(() => checkWeight(-1, "poids"))).toEqual([
      { code: "hors_bornes", path: "poids", message: "poids : un poids doit être compris entre 0 et 1 000 000" },
    ]);
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

describe("one set of bounds: an argument and a scenario field are refused by the same rule, in the same words", () => {
  const agent = (fields: Record<string, unknown>) => ({
    year: 2022,
    managers: [{ id: "m", name: "G", structures: [{ id: "s", name: "S", agents: [{ status: "titulaire", ...fields }] }] }],
  });
  const scenarioIssue = (fields: Record<string, unknown>) => {
    const v = validateScenario(agent(fields));
    return v.ok ? undefined : v.issues[0];
  };

  test.each([
    ["an indice majoré of 10 001", { indiceMajore: 10001 }, () => checkIndiceMajore(10001, "indiceMajore")],
    ["a negative loaded cost", { loadedCost: -1 }, () => checkAmount(-1, "loadedCost")],
    ["a loaded cost of 10^12", { loadedCost: 1e12 }, () => checkAmount(1e12, "loadedCost")],
    ["an FTE of 1,5", { loadedCost: 1, fte: 1.5 }, () => checkFte(1.5, "fte")],
    ["13 months", { loadedCost: 1, months: 13 }, () => checkMonths(13, "months")],
    ["an assignment of 80", { loadedCost: 1, assignment: 80 }, () => checkRate(80, "assignment")],
  ])("%s", (_, fields, check) => {
    const [argument] = issuesOf(check);
    const field = scenarioIssue(fields);
    expect(field).toBeDefined();
    expect(field!.code).toBe(argument.code);
    expect(`${argument.path} : ${field!.message}`).toBe(argument.message);
  });
});
