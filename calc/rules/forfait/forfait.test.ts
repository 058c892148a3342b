import { FIRST_FORFAIT_YEAR, forfaitSplit, parseKind, stateForfait, STRUCTURE_KINDS } from "./index";
import { REFERENCE_PARAMETERS, ParameterSet } from "../../parameters/lookup";
import { calcErrorOf, issuesOf } from "../../../test/support/errors";

const text = (parts: readonly { toFixed(n: number): string }[]) => parts.map((p) => p.toFixed(2));

describe("State forfait per labelled structure and year (domain reference §4.1)", () => {
  test.each([
    [2020, "30000.00"],
    [2021, "30000.00"],
    [2022, "30000.00"],
    [2023, "35000.00"],
    [2024, "40000.00"],
    [2025, "45000.00"],
    [2026, "50000.00"],
  ])("%i: a full year gives %s €", (year, expected) => {
    expect(stateForfait(year).toFixed(2)).toBe(expected);
  });

  test("pro rata of the months: 2023, 6 months → 35 000 × 6 / 12 = 17 500,00", () => {
    expect(stateForfait(2023, 6).toFixed(2)).toBe("17500.00");
  });

  test("pro rata is rounded once, to the cent: 2023, 7 months → 35 000 × 7 / 12 = 20 416,666… → 20 416,67", () => {
    expect(stateForfait(2023, 7).toFixed(2)).toBe("20416.67");
  });

  test("2022, 9 months (labelled on 1 April) → 30 000 × 9 / 12 = 22 500,00; 0 months → 0", () => {
    expect(stateForfait(2022, 9).toFixed(2)).toBe("22500.00");
    expect(stateForfait(2022, 0).toFixed(2)).toBe("0.00");
  });

  test("before 2020 (MSAP) there is no forfait: 2019 → donnee_absente « aucun forfait France Services avant 2020 »", () => {
    const error = calcErrorOf(() => stateForfait(2019));
    expect(error.issues).toEqual([{ code: "donnee_absente", path: "année", message: "aucun forfait France Services avant 2020" }]);
    expect(error.kind).toBe("missing"); // Excel: #N/A, not #VALUE!
    expect(FIRST_FORFAIT_YEAR).toBe(2020);
  });

  test("months outside 0–12 are invalid: 13 → hors_bornes", () => {
    expect(issuesOf(() => stateForfait(2022, 13))[0]).toMatchObject({ code: "hors_bornes", path: "mois" });
  });

  test("2025 is an estimate (straight line 30 000 → 50 000) and says so; 2024 is sourced, 2026 (announced trajectory) is an estimate", () => {
    const y2025 = REFERENCE_PARAMETERS.at("forfait.total", "2025-01-01");
    expect(y2025).toMatchObject({ value: "45000", status: "estimate" });
    expect(y2025.source).toMatch(/^Estimation/);
    expect(REFERENCE_PARAMETERS.at("forfait.total", "2024-06-30").status).toBe("source");
    expect(REFERENCE_PARAMETERS.at("forfait.total", "2026-01-01").status).toBe("estimate");
  });

  test("the forfait follows an overridden parameter: forfait.total = 32 000 → 6 months give 16 000,00", () => {
    const params = new ParameterSet(undefined, { "forfait.total": 32000 });
    expect(stateForfait(2022, 6, params).toFixed(2)).toBe("16000.00");
  });
});

describe("split of the forfait: [State (FNADT) or postal fund, FNFS]", () => {
  test("2020–2022, fixed or itinerant: 15 000 State + 15 000 FNFS", () => {
    for (const year of [2020, 2021, 2022]) {
      expect(text(forfaitSplit(year, "fixe"))).toEqual(["15000.00", "15000.00"]);
      expect(text(forfaitSplit(year, "itinerante"))).toEqual(["15000.00", "15000.00"]);
    }
  });

  test("2023: 20 000 State + 15 000 FNFS = 35 000", () => {
    expect(text(forfaitSplit(2023))).toEqual(["20000.00", "15000.00"]);
  });

  test("La Poste 2022: same total, split 26 000 postal fund + 4 000 FNFS", () => {
    const [postal, fnfs] = forfaitSplit(2022, "laposte");
    expect([postal.toFixed(2), fnfs.toFixed(2)]).toEqual(["26000.00", "4000.00"]);
    expect(postal.plus(fnfs).eq(stateForfait(2022))).toBe(true);
  });

  test("the parts sum to the total for every published year and kind", () => {
    const published: [number, (typeof STRUCTURE_KINDS)[number]][] = [
      [2020, "fixe"],
      [2021, "fixe"],
      [2022, "fixe"],
      [2023, "fixe"],
      [2023, "itinerante"],
      [2020, "laposte"],
      [2021, "laposte"],
      [2022, "laposte"],
    ];
    for (const [year, kind] of published) {
      const [a, b] = forfaitSplit(year, kind);
      expect(a.plus(b).eq(stateForfait(year))).toBe(true);
    }
  });

  test("2024: the split is not published → non_publie (Excel #N/A)", () => {
    const error = calcErrorOf(() => forfaitSplit(2024, "fixe"));
    expect(error.code).toBe("non_publie");
    expect(error.kind).toBe("missing");
    expect(error.issues[0].message).toBe("« Forfait : part de l'État (FNADT) » n'est pas publié pour le 1er janvier 2024");
  });

  test("La Poste after 2022: not published → non_publie", () => {
    expect(issuesOf(() => forfaitSplit(2023, "laposte"))[0].code).toBe("non_publie");
  });

  test("2019: no forfait → donnee_absente", () => {
    expect(issuesOf(() => forfaitSplit(2019))[0]).toEqual({
      code: "donnee_absente",
      path: "année",
      message: "aucun forfait France Services avant 2020",
    });
  });
});

describe("kind of structure as users type it: case and accents ignored", () => {
  test.each([
    ["fixe", "fixe"],
    ["FIXE", "fixe"],
    ["Itinérante", "itinerante"],
    ["itinerante", "itinerante"],
    ["La Poste", "laposte"],
    ["la-poste", "laposte"],
    [" laposte ", "laposte"],
  ])("« %s » → %s", (typed, kind) => {
    expect(parseKind(typed)).toBe(kind);
  });

  test("« bus » is not a kind → valeur_inconnue naming the three kinds", () => {
    expect(issuesOf(() => parseKind("bus"))).toEqual([
      { code: "valeur_inconnue", path: "type", message: "type : « bus » n'est pas un type de structure (fixe, itinérante ou laposte)" },
    ]);
  });
});
