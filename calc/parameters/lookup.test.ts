import { frenchDate, OVERRIDE_SOURCE, ParameterSet, REFERENCE_PARAMETERS } from "./lookup";
import { calcErrorOf, issuesOf } from "../../test/support/errors";

describe("a dated parameter: the value in force at a date, with its source and status", () => {
  test("forfait.total on 31 Dec 2022 is 30 000 (from 2020-01-01), on 1 Jan 2023 it is 35 000", () => {
    expect(REFERENCE_PARAMETERS.at("forfait.total", "2022-12-31")).toMatchObject({
      name: "forfait.total",
      unit: "EUR",
      from: "2020-01-01",
      value: "30000",
      status: "source",
      source: "AN QE 16-2399 ; La Gazette des communes 2022",
    });
    expect(REFERENCE_PARAMETERS.at("forfait.total", "2023-01-01")).toMatchObject({ from: "2023-01-01", value: "35000" });
  });

  test("the value comes with its exact decimal: departement.taux = 0,80", () => {
    expect(REFERENCE_PARAMETERS.at("departement.taux", "2022-01-01").decimal.toString()).toBe("0.8");
  });

  test("before the first value → donnee_absente, saying from when there is one", () => {
    const error = calcErrorOf(() => REFERENCE_PARAMETERS.at("forfait.total", "2019-12-31"));
    expect(error.kind).toBe("missing");
    expect(error.issues).toEqual([
      {
        code: "donnee_absente",
        path: "forfait.total",
        message: "aucune valeur de « Forfait de l'État par structure labellisée et par an » avant le 1er janvier 2020",
      },
    ]);
  });

  test("a figure that exists but is not published → non_publie", () => {
    expect(issuesOf(() => REFERENCE_PARAMETERS.at("forfait.fnadt", "2024-03-15"))).toEqual([
      { code: "non_publie", path: "forfait.fnadt", message: "« Forfait : part de l'État (FNADT) » n'est pas publié pour le 15 mars 2024" },
    ]);
  });

  test("an unknown name → parametre_inconnu", () => {
    expect(issuesOf(() => REFERENCE_PARAMETERS.at("forfait.totl", "2022-01-01"))).toEqual([
      { code: "parametre_inconnu", path: "forfait.totl", message: "paramètre inconnu « forfait.totl »" },
    ]);
  });

  test("has() and list() know every reference parameter", () => {
    expect(REFERENCE_PARAMETERS.has("point.annuel")).toBe(true);
    expect(REFERENCE_PARAMETERS.has("point")).toBe(false);
    expect(REFERENCE_PARAMETERS.list().some((p) => p.name === "departement.enveloppe")).toBe(true);
  });
});

describe("overrides: a scenario replaces a parameter by one value or by dated values", () => {
  test("a constant override holds at every date, with status 'decision' and the scenario as source", () => {
    const params = new ParameterSet(undefined, { "departement.taux": 0.5 });
    for (const date of ["1990-01-01", "2022-01-01", "2030-06-30"]) {
      expect(params.at("departement.taux", date)).toMatchObject({ value: "0.5", status: "decision", source: OVERRIDE_SOURCE });
    }
    expect(OVERRIDE_SOURCE).toBe("Valeur saisie dans le scénario");
  });

  test("an override does not touch the reference set", () => {
    new ParameterSet(undefined, { "departement.taux": 0.5 });
    expect(REFERENCE_PARAMETERS.at("departement.taux", "2022-01-01").value).toBe("0.80");
  });

  test("dated overrides replace every reference value and are put in date order", () => {
    const params = new ParameterSet(undefined, {
      "forfait.total": [
        { from: "2023-01-01", value: 36000 },
        { from: "2021-01-01", value: "31000.50" },
      ],
    });
    expect(params.at("forfait.total", "2022-06-01")).toMatchObject({ from: "2021-01-01", value: "31000.5" });
    expect(params.at("forfait.total", "2026-01-01")).toMatchObject({ from: "2023-01-01", value: "36000" });
    expect(issuesOf(() => params.at("forfait.total", "2020-12-31"))[0].code).toBe("donnee_absente");
  });

  test("an overridden value is read exactly: 0.1 stays 0.1", () => {
    expect(new ParameterSet(undefined, { "titulaire.cdg": 0.1 }).at("titulaire.cdg", "2022-01-01").decimal.toString()).toBe("0.1");
  });

  test("overriding an unknown parameter → parametre_inconnu at parameters.<name>", () => {
    expect(issuesOf(() => new ParameterSet(undefined, { "departement.tx": 0.5 }))).toEqual([
      { code: "parametre_inconnu", path: "parameters.departement.tx", message: "paramètre inconnu « departement.tx »" },
    ]);
  });
});

describe("dates in messages, as French users read them", () => {
  test.each([
    ["2022-07-01", "1er juillet 2022"],
    ["2024-03-15", "15 mars 2024"],
    ["2017-02-01", "1er février 2017"],
    ["2023-12-31", "31 décembre 2023"],
  ])("%s → %s", (iso, french) => {
    expect(frenchDate(iso)).toBe(french);
  });
});

describe("a value used past the date its figures are known for is an estimate, and says so", () => {
  const params = new ParameterSet();

  test("a sourced value carried past the year it is known for becomes an estimate: the 2024 animation support (50 000 €) in 2027", () => {
    expect(params.at("etat.animation_reseau", "2026-01-01").status).toBe("source");
    const later = params.at("etat.animation_reseau", "2027-01-01");
    expect(later.value).toBe("50000");
    expect(later.status).toBe("estimate");
    expect(later.source).toMatch(/^Estimation : valeur connue jusqu'au 31 décembre 2026, prolongée/);
  });

  test("the 2026 forfait (50 000 €) is an announced trajectory: an estimate in 2026 and after, with its own source text", () => {
    expect(params.at("forfait.total", "2026-01-01").status).toBe("estimate");
    expect(params.at("forfait.total", "2027-01-01")).toMatchObject({ value: "50000", status: "estimate" });
    expect(params.at("forfait.total", "2027-01-01").source).toMatch(/^Estimation : trajectoire annoncée/);
  });

  test("the CD 88 envelope (409 045 €) is the 2022 convention's: sourced in 2022, an estimate in 2023", () => {
    expect(params.at("departement.enveloppe", "2022-06-01").status).toBe("source");
    expect(params.at("departement.enveloppe", "2023-01-01").status).toBe("estimate");
    expect(params.at("departement.taux", "2023-01-01").status).toBe("estimate");
  });

  test("CNRACL is published through 2028 (43,65 %)", () => {
    expect(params.at("cnracl.employeur", "2028-01-01").status).toBe("source");
    expect(params.at("cnracl.employeur", "2029-01-01").status).toBe("estimate");
  });

  test("a value the scenario overrides stays a decision at any date", () => {
    const overridden = new ParameterSet(undefined, { "departement.enveloppe": 500000 });
    expect(overridden.at("departement.enveloppe", "2030-01-01").status).toBe("decision");
  });
});

describe("first date and latest value of a parameter", () => {
  test("the forfait starts in 2020 (no forfait for an MSAP before)", () => {
    expect(REFERENCE_PARAMETERS.firstDate("forfait.total")).toBe("2020-01-01");
  });

  test("the latest value of the Département's rate is 0.80 from 2022, with its status", () => {
    const use = REFERENCE_PARAMETERS.latest("departement.taux");
    expect([use.from, use.value, use.status]).toEqual(["2022-01-01", "0.80", "source"]);
    expect(REFERENCE_PARAMETERS.latest("departement.taux_acompte").status).toBe("decision");
  });

  test("an unknown name is a parametre_inconnu error", () => {
    expect(() => REFERENCE_PARAMETERS.latest("departement.inconnu")).toThrow("paramètre inconnu");
    expect(() => REFERENCE_PARAMETERS.firstDate("departement.inconnu")).toThrow("paramètre inconnu");
  });
});
