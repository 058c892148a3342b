import Ajv from "ajv";
import { validateScenario } from "./validate";
import { scenarioJsonSchema } from "./jsonSchema";
import { VOSGES_2022_EXAMPLE } from "../fixtures/example";
import type { Issue } from "../errors";

const byPath = (issues: readonly Issue[]) =>
  [...issues].sort((a, b) => (a.path + a.code < b.path + b.code ? -1 : a.path + a.code > b.path + b.code ? 1 : 0));

function issuesOf(input: unknown): Issue[] {
  const v = validateScenario(input);
  if (v.ok) throw new Error("expected the scenario to be refused");
  return v.issues;
}

/** A valid minimal scenario to break one field at a time. */
function minimal() {
  return {
    year: 2022,
    managers: [
      {
        id: "m1",
        name: "Gestionnaire",
        structures: [{ id: "s1", name: "Structure", labelledSince: "2020-01-01", agents: [{ loadedCost: 40000 }] }],
      },
    ],
  } as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe("a valid scenario is accepted, with its defaults applied", () => {
  test("the shipped example is valid", () => {
    const v = validateScenario(VOSGES_2022_EXAMPLE);
    expect(v.issues).toEqual([]);
    expect(v.ok).toBe(true);
  });

  test("defaults: deduction « forfait », no pooling, fixed structure open 12 months, agent full time 12 months fully assigned", () => {
    const v = validateScenario(minimal());
    if (!v.ok) throw new Error("refused");
    expect(v.scenario.rules).toEqual({ deduction: "forfait", pooling: false, finalPayment: "plafonne", shareBase: "masse_moins_forfait" });
    expect(v.scenario.parameters).toEqual({});
    const s = v.scenario.managers[0].structures[0];
    expect(s).toMatchObject({ kind: "fixe", monthsOpen: 12, otherCosts: 0, resources: [], objectives: [] });
    expect(s.agents[0]).toMatchObject({ fte: 1, months: 12, assignment: 1 });
    expect(v.scenario.managers[0].kind).toBe("EPCI");
  });

  test("amounts may be decimal strings for exact input: « 41200.50 »", () => {
    const s = minimal();
    s.managers[0].structures[0].agents[0].loadedCost = "41200.50";
    expect(validateScenario(s).ok).toBe(true);
  });
});

describe("a malformed scenario returns EVERY error at once, each with its path, code and French message", () => {
  test("wrong types, negative amount, rate 80, FTE > 1, months > 12, unknown kind, typo, duplicates, two costs, missing fields", () => {
    const bad = {
      year: "2022",
      rules: { rate: 80, deductoin: "etat" },
      managers: [
        {
          id: "m1",
          name: "Gestionnaire 1",
          structures: [
            {
              id: "s1",
              name: "S1",
              kind: "bus",
              agents: [
                { loadedCost: -5, fte: 1.5, months: 13 },
                { loadedCost: 40000, grossSalary: 30000, employerRate: 0.4 },
              ],
            },
            { id: "s1", name: "S1 bis", labeledSince: "2020-01-01" },
          ],
        },
        { id: "m1", structures: [{ id: "s2" }] },
      ],
    };
    expect(byPath(issuesOf(bad))).toEqual(
      byPath([
        { path: "year", code: "type_invalide", message: "doit être un nombre" },
        { path: "rules.rate", code: "taux_invalide", message: "doit être compris entre 0 et 1 (80 % s'écrit 0,8)" },
        { path: "rules", code: "champ_inconnu", message: "champ inconnu : « deductoin » (vérifiez l'orthographe)" },
        {
          path: "managers[0].structures[0].kind",
          code: "valeur_inconnue",
          message: "« bus » n'est pas permis : une valeur parmi fixe, itinerante, laposte",
        },
        { path: "managers[0].structures[0].agents[0].loadedCost", code: "montant_negatif", message: "un montant ne peut pas être négatif" },
        {
          path: "managers[0].structures[0].agents[0].fte",
          code: "hors_bornes",
          message: "une quotité doit être comprise entre 0 et 1 (un mi-temps s'écrit 0,5)",
        },
        {
          path: "managers[0].structures[0].agents[0].months",
          code: "hors_bornes",
          message: "un nombre de mois doit être compris entre 0 et 12",
        },
        {
          path: "managers[0].structures[0].agents[1]",
          code: "requis",
          message: "donnez le coût d'une seule façon : loadedCost (coût chargé), grossSalary (brut) ou indiceMajore",
        },
        { path: "managers[0].structures[1]", code: "champ_inconnu", message: "champ inconnu : « labeledSince » (vérifiez l'orthographe)" },
        { path: "managers[0].structures[1].id", code: "doublon", message: "identifiant « s1 » déjà utilisé par managers[0].structures[0]" },
        { path: "managers[1].id", code: "doublon", message: "identifiant « m1 » déjà utilisé par managers[0]" },
        { path: "managers[1].name", code: "requis", message: "obligatoire" },
        { path: "managers[1].structures[0].name", code: "requis", message: "obligatoire" },
      ]),
    );
  });

  test("a scenario that is not an object → one error on the whole value", () => {
    for (const input of [null, 42, "scénario", [], undefined]) {
      expect(issuesOf(input)).toEqual([{ code: expect.stringMatching(/^(type_invalide|requis)$/), path: "", message: expect.any(String) }]);
    }
  });

  test("missing year and empty list of managers", () => {
    expect(byPath(issuesOf({ managers: [] }))).toEqual([
      { path: "managers", code: "requis", message: "au moins un gestionnaire" },
      { path: "year", code: "requis", message: "obligatoire" },
    ]);
  });
});

describe("each rule of a field, alone", () => {
  const withAgent = (agent: Record<string, unknown>) => {
    const s = minimal();
    s.managers[0].structures[0].agents = [agent];
    return s;
  };
  const withStructure = (fields: Record<string, unknown>) => {
    const s = minimal();
    Object.assign(s.managers[0].structures[0], fields);
    return s;
  };
  const AGENT = "managers[0].structures[0].agents[0]";
  const STRUCTURE = "managers[0].structures[0]";

  test("year 2019 → hors_bornes « le modèle commence en 2020 (premier forfait France Services) »", () => {
    expect(issuesOf({ ...minimal(), year: 2019 })).toEqual([
      { path: "year", code: "hors_bornes", message: "le modèle commence en 2020 (premier forfait France Services)" },
    ]);
  });

  test("an advance rate of 50 → taux_invalide on rules.advanceRate", () => {
    expect(issuesOf({ ...minimal(), rules: { advanceRate: 50 } })).toEqual([
      { path: "rules.advanceRate", code: "taux_invalide", message: "doit être compris entre 0 et 1 (80 % s'écrit 0,8)" },
    ]);
  });

  test("an unknown deduction mode → valeur_inconnue listing the three modes", () => {
    expect(issuesOf({ ...minimal(), rules: { deduction: "tout" } })).toEqual([
      {
        path: "rules.deduction",
        code: "valeur_inconnue",
        message: "« tout » n'est pas permis : une valeur parmi forfait, etat, forfait_et_ressources",
      },
    ]);
  });

  test("a negative envelope → montant_negatif", () => {
    expect(issuesOf({ ...minimal(), rules: { envelope: -1 } })).toEqual([
      { path: "rules.envelope", code: "montant_negatif", message: "un montant ne peut pas être négatif" },
    ]);
  });

  test("an amount typed with a decimal comma « 12,5 » → one format error, not also « négatif » and « trop grand »", () => {
    const issues = issuesOf(withAgent({ loadedCost: "12,5" }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: `${AGENT}.loadedCost`, code: "type_invalide" });
    expect(issues[0].message).toMatch(/point/);
  });

  test("a rate typed « 0,8 » → one format error", () => {
    const issues = issuesOf({ ...minimal(), rules: { rate: "0,8" } });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: "rules.rate", code: "type_invalide" });
  });

  test("an amount of a thousand billion → trop_grand", () => {
    expect(issuesOf(withAgent({ loadedCost: 1e12 }))).toEqual([
      { path: `${AGENT}.loadedCost`, code: "trop_grand", message: "montant trop grand (au plus 999 999 999 999,99 €)" },
    ]);
  });

  test("an FTE of 1,5 and an assignment of 1,2", () => {
    expect(byPath(issuesOf(withAgent({ loadedCost: 1, fte: 1.5, assignment: 1.2 })))).toEqual([
      { path: `${AGENT}.assignment`, code: "taux_invalide", message: "doit être compris entre 0 et 1 (80 % s'écrit 0,8)" },
      { path: `${AGENT}.fte`, code: "hors_bornes", message: "une quotité doit être comprise entre 0 et 1 (un mi-temps s'écrit 0,5)" },
    ]);
  });

  test("an IM is a whole number from 1 to 10 000: 352,5, 0 and 10 001 → hors_bornes, one message", () => {
    for (const indiceMajore of [352.5, 0, 10001])
      expect(issuesOf(withAgent({ indiceMajore, status: "titulaire" }))).toEqual([
        { path: `${AGENT}.indiceMajore`, code: "hors_bornes", message: "un indice majoré est un nombre entier entre 1 et 10 000" },
      ]);
  });

  test("an agent without any cost → requis", () => {
    expect(issuesOf(withAgent({ fte: 1 }))).toEqual([
      {
        path: AGENT,
        code: "requis",
        message: "donnez le coût d'une seule façon : loadedCost (coût chargé), grossSalary (brut) ou indiceMajore",
      },
    ]);
  });

  test("an IM without a status → requis on status", () => {
    expect(issuesOf(withAgent({ indiceMajore: 352 }))).toEqual([
      { path: `${AGENT}.status`, code: "requis", message: "le statut (titulaire ou contractuel) est obligatoire avec un indice majoré" },
    ]);
  });

  test("a gross salary without a rate or a status → requis on employerRate", () => {
    expect(issuesOf(withAgent({ grossSalary: 24600 }))).toEqual([
      {
        path: `${AGENT}.employerRate`,
        code: "requis",
        message: "avec un salaire brut, donnez le taux de charges (employerRate) ou le statut",
      },
    ]);
  });

  test("an employer rate without a gross salary → refused on employerRate", () => {
    expect(issuesOf(withAgent({ loadedCost: 1, employerRate: 0.45 }))).toEqual([
      { path: `${AGENT}.employerRate`, code: "champ_inconnu", message: "un taux de charges ne s'emploie qu'avec un salaire brut" },
    ]);
  });

  test("an unknown status → valeur_inconnue", () => {
    expect(issuesOf(withAgent({ indiceMajore: 352, status: "stagiaire" }))[0]).toMatchObject({
      path: `${AGENT}.status`,
      code: "valeur_inconnue",
    });
  });

  test("a date that does not exist: 2022-02-30 → format_date", () => {
    expect(issuesOf(withStructure({ labelledSince: "2022-02-30" }))).toEqual([
      {
        path: `${STRUCTURE}.labelledSince`,
        code: "format_date",
        message: "doit être une date existante au format AAAA-MM-JJ, par exemple 2022-01-01",
      },
    ]);
  });

  test("monthsOpen 13 → hors_bornes", () => {
    expect(issuesOf(withStructure({ monthsOpen: 13 }))[0]).toMatchObject({ path: `${STRUCTURE}.monthsOpen`, code: "hors_bornes" });
  });

  test("an identifier with a space → type_invalide", () => {
    expect(issuesOf(withStructure({ id: "fs a1" }))[0]).toMatchObject({ path: `${STRUCTURE}.id`, code: "type_invalide" });
  });

  test("duplicate structure ids across managers → doublon", () => {
    const s = minimal();
    s.managers.push({ id: "m2", name: "G2", structures: [{ id: "s1", name: "Autre", agents: [{ loadedCost: 1 }] }] });
    expect(issuesOf(s)).toEqual([
      { path: "managers[1].structures[0].id", code: "doublon", message: "identifiant « s1 » déjà utilisé par managers[0].structures[0]" },
    ]);
  });

  test("a resource with both an amount and a grant, or neither → requis", () => {
    const issues = issuesOf(withStructure({ resources: [{ label: "x", amount: 1, grant: "bus_banque_territoires" }, { label: "y" }] }));
    expect(byPath(issues)).toEqual([
      { path: `${STRUCTURE}.resources[0]`, code: "requis", message: "donnez soit un montant (amount), soit une subvention (grant)" },
      { path: `${STRUCTURE}.resources[1]`, code: "requis", message: "donnez soit un montant (amount), soit une subvention (grant)" },
    ]);
  });

  test("parameter overrides: unknown name, a rate of 80, a negative amount (the second dated value)", () => {
    const issues = issuesOf({
      ...minimal(),
      parameters: {
        "departement.tx": 0.5,
        "departement.taux": 80,
        "forfait.total": [
          { from: "2020-01-01", value: 30000 },
          { from: "2022-01-01", value: -1 },
        ],
      },
    });
    expect(byPath(issues)).toEqual([
      { path: "parameters.departement.taux", code: "taux_invalide", message: "doit être compris entre 0 et 1 (80 % s'écrit 0,8)" },
      { path: "parameters.departement.tx", code: "parametre_inconnu", message: "paramètre inconnu « departement.tx »" },
      { path: "parameters.forfait.total[1].value", code: "montant_negatif", message: "un montant ne peut pas être négatif" },
    ]);
  });

  test("budget lines: neither amount nor parameter, an unknown parameter", () => {
    const issues = issuesOf({
      ...minimal(),
      budget: {
        lines: [
          { label: "a", type: "depense" },
          { label: "b", type: "recette", parameter: "etat.animation" },
        ],
      },
    });
    expect(issues).toEqual([
      { path: "budget.lines[0]", code: "requis", message: "donnez soit un montant (amount), soit un paramètre (parameter)" },
      { path: "budget.lines[1].parameter", code: "parametre_inconnu", message: "paramètre inconnu « etat.animation »" },
    ]);
  });

  test("cross-field rules are reported together with field errors (not only once the fields are right)", () => {
    const s = minimal();
    s.year = 2019;
    s.managers[0].structures[0].agents = [{ indiceMajore: 352 }];
    s.parameters = { inconnu: 1 };
    expect(byPath(issuesOf(s)).map((i) => `${i.path} ${i.code}`)).toEqual([
      `managers[0].structures[0].agents[0].status requis`,
      "parameters.inconnu parametre_inconnu",
      "year hors_bornes",
    ]);
  });
});

describe("the JSON Schema of a scenario", () => {
  const schema = scenarioJsonSchema() as any; // eslint-disable-line @typescript-eslint/no-explicit-any

  test("describes year, managers, structures and agents; year and managers are required; unknown fields are refused", () => {
    expect(schema.title).toBe("Scénario de convention France Services (CTEC)");
    expect(schema.required).toEqual(expect.arrayContaining(["year", "managers"]));
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.year.type).toBe("integer");
    const manager = schema.properties.managers.items;
    expect(manager.required).toEqual(expect.arrayContaining(["id", "name", "structures"]));
    const structure = manager.properties.structures.items;
    expect(Object.keys(structure.properties)).toEqual(
      expect.arrayContaining(["id", "name", "kind", "labelledSince", "agents", "resources", "objectives", "actualPayroll"]),
    );
    expect(structure.properties.kind.enum).toEqual(["fixe", "itinerante", "laposte"]);
    const agent = structure.properties.agents.items;
    expect(Object.keys(agent.properties)).toEqual(
      expect.arrayContaining(["loadedCost", "grossSalary", "employerRate", "indiceMajore", "status", "fte", "months", "assignment"]),
    );
    expect(agent.additionalProperties).toBe(false);
  });

  test("accepts the example (checked with ajv) and refuses a typo", () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(JSON.parse(JSON.stringify(VOSGES_2022_EXAMPLE)))).toBe(true);
    const typo = JSON.parse(JSON.stringify(VOSGES_2022_EXAMPLE));
    typo.managers[0].structures[0].labeledSince = "2020-01-01";
    expect(validate(typo)).toBe(false);
    expect(validate({ year: 2022 })).toBe(false);
  });
});

describe("payment dates: the solde comes after the acompte", () => {
  test("a solde date before the acompte date is refused at rules.balanceDate, in French", () => {
    const s = { ...minimal(), rules: { advanceDate: "2022-12-15", balanceDate: "2022-06-30" } };
    const v = validateScenario(s);
    expect(!v.ok && v.issues).toEqual([
      {
        code: "hors_bornes",
        path: "rules.balanceDate",
        message: "la date des soldes (2022-06-30) précède celle des acomptes (2022-12-15)",
      },
    ]);
  });

  test("a manager's own acompte date after the default solde date (2023-06-30) is refused at its path", () => {
    const s = minimal();
    (s.managers[0] as Record<string, unknown>).advanceDate = "2023-09-01";
    const v = validateScenario(s);
    expect(!v.ok && v.issues.map((i) => i.path)).toEqual(["managers[0].balanceDate"]);
  });

  test("dates in order are accepted, the final rule and the reading too", () => {
    const s = {
      ...minimal(),
      rules: { advanceDate: "2022-11-30", balanceDate: "2023-04-15", finalPayment: "redistribue", shareBase: "part_moins_forfait" },
    };
    expect(validateScenario(s).ok).toBe(true);
  });
});
