import Ajv from "ajv";
import { validateScenario } from "./validate";
import { scenarioJsonSchema } from "./jsonSchema";
import { BOUNDS, FIRST_YEAR, holds, UNIT_BOUNDS } from "./bounds";
import { PARAMETERS } from "../parameters/data";
import { REFERENCE_PARAMETERS } from "../parameters/lookup";
import { Dec } from "../arithmetic/money";
import { VOSGES_2022_EXAMPLE } from "../fixtures/example";
import { syntheticScenario } from "../fixtures/synthetic";
import type { Issue } from "../errors";

type Input = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A valid scenario of one structure and one agent, with `change` applied. */
function scenario(change: (s: Input) => void = () => {}) {
  const s: Input = {
    year: 2022,
    managers: [{ id: "m1", name: "Gestionnaire", structures: [{ id: "s1", name: "Structure", agents: [{ loadedCost: 40000 }] }] }],
  };
  change(s);
  return s;
}

function issuesOf(input: unknown): Issue[] {
  const v = validateScenario(input);
  return v.ok ? [] : v.issues;
}

const CENTS = "un montant se donne au centime : deux décimales au plus";
const STRUCTURE = "managers[0].structures[0]";

describe("amounts are given to the cent: a fraction of a cent is an error, not a silent rounding", () => {
  test("an envelope of 409 044,995 € → centimes on rules.envelope (as a number and as a decimal text)", () => {
    for (const envelope of [409044.995, "409044.995"])
      expect(issuesOf(scenario((s) => (s.rules = { envelope })))).toEqual([{ code: "centimes", path: "rules.envelope", message: CENTS }]);
  });

  test("409 044,99 €, « 409044.990 », 0,07 € (7.000000000000001 cents in floating point) and 30 000,10 € are whole cents", () => {
    for (const envelope of [409044.99, "409044.990", 0.07, 30000.1])
      expect(issuesOf(scenario((s) => (s.rules = { envelope })))).toEqual([]);
  });

  test("every amount of a scenario: caps, loaded cost, gross salary, other costs, actual payroll, resources, budget", () => {
    const issues = issuesOf(
      scenario((s) => {
        s.rules = { capPerStructure: 0.001 };
        Object.assign(s.managers[0].structures[0], {
          cap: 1000.005,
          agents: [{ loadedCost: 40000.001 }, { grossSalary: 24000.5, employerRate: 0.4 }, { grossSalary: "24000.123", employerRate: 0.4 }],
          otherCosts: 0.009,
          actualPayroll: 110000.0001,
          resources: [{ label: "Commune", amount: 5000.555 }],
        });
        s.budget = { statedTotal: 450000.001, lines: [{ label: "Coordinateur", type: "depense", amount: 56498.499 }] };
      }),
    );
    expect(issues.map((i) => `${i.path} ${i.code}`).sort()).toEqual(
      [
        "budget.lines[0].amount",
        "budget.statedTotal",
        `${STRUCTURE}.actualPayroll`,
        `${STRUCTURE}.agents[0].loadedCost`,
        `${STRUCTURE}.agents[2].grossSalary`,
        `${STRUCTURE}.cap`,
        `${STRUCTURE}.otherCosts`,
        `${STRUCTURE}.resources[0].amount`,
        "rules.capPerStructure",
      ]
        .map((p) => `${p} centimes`)
        .sort(),
    );
    expect(new Set(issues.map((i) => i.message))).toEqual(new Set([CENTS]));
  });

  test("rates, FTEs, months and weights are not amounts: any decimals", () => {
    const s = scenario((s) => {
      s.rules = { rate: 0.8333, advanceRate: 0.33333 };
      s.managers[0].structures[0].monthsOpen = 7.5;
      s.managers[0].structures[0].agents = [{ loadedCost: 40000, fte: 0.333333, months: 4.25, assignment: 0.123456 }];
      s.managers[0].structures[0].objectives = [{ label: "Accueil", weight: 0.125 }];
    });
    expect(issuesOf(s)).toEqual([]);
  });

  test("the shipped example and the synthetic scenarios are whole cents", () => {
    expect(issuesOf(VOSGES_2022_EXAMPLE)).toEqual([]);
    for (const seed of [1, 2, 3, 4]) expect(issuesOf(syntheticScenario({ structures: 300, seed }))).toEqual([]);
  });
});

describe("parameter overrides are bounded like every other figure of their unit", () => {
  const withOverrides = (parameters: Record<string, unknown>) => issuesOf(scenario((s) => (s.parameters = parameters)));

  test("an envelope of 10^15 € → trop_grand; of 409 044,995 € → centimes; 409 045 € is accepted", () => {
    expect(withOverrides({ "departement.enveloppe": 1e15 })).toEqual([
      { code: "trop_grand", path: "parameters.departement.enveloppe", message: "montant trop grand (au plus 999 999 999 999,99 €)" },
    ]);
    expect(withOverrides({ "departement.enveloppe": [{ from: "2022-01-01", value: "409044.995" }] })).toEqual([
      { code: "centimes", path: "parameters.departement.enveloppe[0].value", message: CENTS },
    ]);
    expect(withOverrides({ "departement.enveloppe": 409045 })).toEqual([]);
  });

  test("a point value is an amount (EUR/point/an); an indice an indice majoré; a number of agents a whole count", () => {
    expect(withOverrides({ "point.annuel": -5907.34, "indice.minimum": 352.5, "charte.agents_minimum": 2.5 })).toEqual([
      { code: "montant_negatif", path: "parameters.point.annuel", message: "un montant ne peut pas être négatif" },
      { code: "hors_bornes", path: "parameters.indice.minimum", message: "un indice majoré est un nombre entier entre 1 et 10 000" },
      { code: "hors_bornes", path: "parameters.charte.agents_minimum", message: "un nombre d'agents est un nombre entier entre 0 et 200" },
    ]);
    expect(
      withOverrides({ "point.annuel": 5907.34, "indice.minimum": 366, "charte.agents_minimum": 3, "cnracl.employeur": 0.3165 }),
    ).toEqual([]);
  });

  test("every reference value keeps the bounds of its unit (the bounds fit the domain's own figures)", () => {
    for (const p of PARAMETERS)
      for (const v of p.values)
        if (v.value !== null)
          for (const b of UNIT_BOUNDS[p.unit]) expect([p.name, v.from, holds(b, new Dec(v.value))]).toEqual([p.name, v.from, true]);
  });
});

describe("no figure of the domain in the bounds: the first year is the first forfait year of the parameters", () => {
  test("2020, read from forfait.total; 2019 is refused with that year in the message, 2019,5 as not a whole year", () => {
    expect(FIRST_YEAR).toBe(Number(REFERENCE_PARAMETERS.firstDate("forfait.total").slice(0, 4)));
    expect(FIRST_YEAR).toBe(2020);
    expect(issuesOf(scenario((s) => (s.year = 2019)))).toEqual([
      { code: "hors_bornes", path: "year", message: "le modèle commence en 2020 (premier forfait France Services)" },
    ]);
    expect(issuesOf(scenario((s) => (s.year = 2019.5)))).toEqual([
      { code: "hors_bornes", path: "year", message: "une année doit être un entier entre 1900 et 2100" },
    ]);
    expect(holds(BOUNDS.year, 2101)).toBe(false);
  });
});

describe("the JSON Schema states the same bounds", () => {
  const schema = scenarioJsonSchema() as any; // eslint-disable-line @typescript-eslint/no-explicit-any
  const agent = schema.properties.managers.items.properties.structures.items.properties.agents.items.properties;

  test("year: a whole number from 2020 to 2100; an IM from 1 to 10 000; an amount from 0, below 10^12", () => {
    expect(schema.properties.year).toMatchObject({ type: "integer", minimum: 2020, maximum: 2100 });
    expect(agent.indiceMajore).toMatchObject({ type: "integer", minimum: 1, maximum: 10000 });
    expect(agent.loadedCost).toMatchObject({ minimum: 0, exclusiveMaximum: 1e12 });
    expect(agent.fte).toMatchObject({ minimum: 0, maximum: 1 });
  });

  test("a name with a control character is refused by the JSON Schema too (checked with ajv); the example passes", () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(JSON.parse(JSON.stringify(VOSGES_2022_EXAMPLE)))).toBe(true);
    const escaped = JSON.parse(JSON.stringify(VOSGES_2022_EXAMPLE));
    escaped.managers[0].name = "Gestionnaire \u001b[31m";
    expect(validate(escaped)).toBe(false);
    expect(validate.errors?.map((e) => `${e.instancePath} ${e.keyword}`)).toEqual(["/managers/0/name pattern"]);
  });
});
