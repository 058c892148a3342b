import { compute, computeConvention } from "./convention";
import { AMOUNT_KEYS, dec, OVERRIDE_SOURCE, syntheticScenario, validateScenario, VOSGES_2022_EXAMPLE, type Amounts } from "..";
import { agentsAt, computed, manager, scenarioOf, structure } from "../../test/support/scenario";
import type { ScenarioInput } from "../scenario/schema";

/** One structure with a payroll of 72 000 (forfait 30 000 in 2022). */
function oneStructure(extra: Partial<ScenarioInput> = {}) {
  return computed(scenarioOf([structure("s1", { agents: agentsAt(36000, 36000) })], extra));
}

describe("the rule's values: parameters, overrides, and the scenario's own rules", () => {
  test("by default the 2022 parameters: rate 0,8, acompte 0,5, envelope 409 045", () => {
    const r = oneStructure();
    expect(r.rules).toEqual({
      rate: "0.8",
      deduction: "forfait",
      advanceRate: "0.5",
      envelope: "409045.00",
      pooling: false,
      evaluated: false,
      finalPayment: "plafonne",
      shareBase: "masse_moins_forfait",
      advanceDate: "2022-12-15",
      balanceDate: "2023-06-30",
    });
    expect(r.structures[0].requested).toBe("33600.00");
  });

  test("a constant override of departement.taux = 0,5 → 0,5 × 42 000 = 21 000, recorded as the scenario's value", () => {
    const r = oneStructure({ parameters: { "departement.taux": 0.5 } });
    expect([r.rules.rate, r.structures[0].requested]).toEqual(["0.5", "21000.00"]);
    expect(r.parametersUsed.find((p) => p.name === "departement.taux")).toMatchObject({
      value: "0.5",
      status: "decision",
      source: OVERRIDE_SOURCE,
    });
  });

  test("rules.rate wins over the parameter: 0,6 × 42 000 = 25 200", () => {
    expect(oneStructure({ rules: { rate: 0.6 }, parameters: { "departement.taux": 0.5 } }).structures[0].requested).toBe("25200.00");
  });

  test("a dated override of forfait.total from 2022: 31 000 → 0,8 × (72 000 − 31 000) = 32 800", () => {
    const r = oneStructure({ parameters: { "forfait.total": [{ from: "2022-01-01", value: 31000 }] } });
    expect([r.structures[0].forfait, r.structures[0].requested]).toEqual(["31000.00", "32800.00"]);
  });

  test("a dated override that starts after the year leaves the year without a forfait → donnee_absente", () => {
    const outcome = compute(
      scenarioOf([structure("s1", { agents: agentsAt(1) })], { parameters: { "forfait.total": [{ from: "2023-01-01", value: 31000 }] } }),
    );
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.issues[0].code).toBe("donnee_absente");
  });

  test("the envelope from the parameter override: 20 000 → the share of 33 600 is cut to 20 000", () => {
    const r = oneStructure({ parameters: { "departement.enveloppe": 20000 } });
    expect([r.totals.envelope, r.totals.allocated, r.totals.unused]).toEqual(["20000.00", "20000.00", "0.00"]);
  });

  test("rules.advanceRate 0,3 → acompte 33 600 × 0,3 = 10 080", () => {
    expect(oneStructure({ rules: { advanceRate: 0.3 } }).structures[0].advance).toBe("10080.00");
  });

  test("an unknown parameter → parametre_inconnu, no result", () => {
    const outcome = compute(scenarioOf([structure("s1", { agents: agentsAt(1) })], { parameters: { "departement.tx": 0.5 } }));
    expect(outcome).toEqual({
      ok: false,
      issues: [{ code: "parametre_inconnu", path: "parameters.departement.tx", message: "paramètre inconnu « departement.tx »" }],
    });
  });
});

describe("compute() never throws for bad input: every problem comes back as an issue", () => {
  test.each([null, undefined, 42, "scénario", [], {}, { year: 2022, managers: "x" }])("%j", (input) => {
    const outcome = compute(input);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.issues.length).toBeGreaterThan(0);
      for (const i of outcome.issues) expect(typeof i.message).toBe("string");
    }
  });
});

describe("every amount explains itself: formula, values, parameters with their sources", () => {
  const r = oneStructure();
  const s = r.structures[0];

  test("the requested share: formula and values", () => {
    expect(s.traces?.requested).toEqual({
      formula: "lecture « masse moins forfait » : arrondi(taux × max(0 ; masse salariale − déduction))",
      values: { taux: "0.8", "masse salariale": "72000.00", déduction: "30000.00" },
      parameters: [],
    });
  });

  test("the forfait: formula, values and the dated parameter with its source", () => {
    expect(s.traces?.forfait?.formula).toBe("arrondi(forfait annuel × mois labellisés et ouverts / 12)");
    expect(s.traces?.forfait?.values).toEqual({ "forfait annuel": "30000.00", mois: "12" });
    expect(s.traces?.forfait?.parameters).toEqual([
      expect.objectContaining({
        name: "forfait.total",
        from: "2020-01-01",
        value: "30000",
        status: "source",
        source: "AN QE 16-2399 ; La Gazette des communes 2022",
      }),
    ]);
  });

  test("every structure amount that is computed has a trace", () => {
    for (const key of [
      "payroll",
      "forfait",
      "deduction",
      "otherResources",
      "requested",
      "allocated",
      "advance",
      "actualPayroll",
      "finalRequested",
      "final",
      "balance",
      "remainingCost",
    ]) {
      expect(s.traces?.[key as keyof Amounts]?.formula).toEqual(expect.any(String));
    }
  });

  test("the allocation of the envelope is explained", () => {
    expect(r.traces?.allocation).toEqual({
      formula: "les demandes tiennent dans l'enveloppe : chaque part est payée comme demandée",
      values: { demandes: "33600.00", enveloppe: "409045.00", réparti: "33600.00" },
      parameters: [],
    });
  });

  test("every parameter used is listed with its value, start date, status and source", () => {
    // the rule (rate, acompte, envelope), the forfait, and the default budget lines with the stated total
    expect(r.parametersUsed.map((p) => p.name).sort()).toEqual([
      "departement.appui_juridique",
      "departement.coordinateur",
      "departement.cout_total_declare",
      "departement.enveloppe",
      "departement.taux",
      "departement.taux_acompte",
      "forfait.total",
    ]);
    for (const p of r.parametersUsed) {
      expect(p.source.length).toBeGreaterThan(0);
      expect(["source", "estimate", "decision"]).toContain(p.status);
    }
  });

  test("traces: false leaves them out everywhere", () => {
    const bare = computed(scenarioOf([structure("s1", { agents: agentsAt(36000, 36000) })]), { traces: false });
    expect(bare.traces).toBeUndefined();
    expect(bare.structures[0].traces).toBeUndefined();
    expect(bare.structures[0].agents[0].traces).toBeUndefined();
    expect(bare.totals).toEqual(r.totals);
  });
});

describe("structures, managers and totals agree to the cent", () => {
  const keys = AMOUNT_KEYS;

  test("on the example: Σ structures = Σ managers = totals for every amount", () => {
    const r = computed(VOSGES_2022_EXAMPLE);
    for (const key of keys) {
      const structures = r.structures.reduce((a, s) => a.plus(s[key]), dec(0));
      const managers = r.managers.reduce((a, m) => a.plus(m[key]), dec(0));
      expect([key, structures.toFixed(2)]).toEqual([key, r.totals[key]]);
      expect([key, managers.toFixed(2)]).toEqual([key, r.totals[key]]);
    }
  });

  test("a manager's repayment is the sum of its structures' repayments, not netted with the others' balances", () => {
    // s1: acompte 16 800, final 0,8 × (40 000 − 30 000) = 8 000 → solde −8 800; s2: solde +16 800
    const r = computed({
      year: 2022,
      managers: [
        manager("m1", [
          structure("s1", { agents: agentsAt(36000, 36000), actualPayroll: 40000 }),
          structure("s2", { agents: agentsAt(36000, 36000) }),
        ]),
      ],
    });
    expect(r.structures.map((s) => [s.advance, s.final, s.balance, s.repayment])).toEqual([
      ["16800.00", "8000.00", "-8800.00", "8800.00"],
      ["16800.00", "33600.00", "16800.00", "0.00"],
    ]);
    expect([r.managers[0].balance, r.managers[0].repayment]).toEqual(["8000.00", "8800.00"]);
    expect([r.totals.balance, r.totals.repayment]).toEqual(["8000.00", "8800.00"]);
  });

  test("counts: structures, agents, FTE", () => {
    const r = computed(VOSGES_2022_EXAMPLE);
    expect([r.totals.structures, r.totals.agents, r.totals.fte]).toEqual([12, 34, "28.7"]);
  });
});

describe("computeConvention on a year other than the scenario's", () => {
  test("2023: the 2023 forfait, and the 2022 actuals are not used", () => {
    const v = validateScenario(scenarioOf([structure("s1", { agents: agentsAt(36000, 36000), actualPayroll: 90000 })]));
    if (!v.ok) throw new Error("invalid");
    const s = computeConvention(v.scenario, { year: 2023 }).structures[0];
    expect([s.forfait, s.actualPayroll, s.requested, s.finalRequested]).toEqual(["35000.00", "72000.00", "29600.00", "29600.00"]);
  });
});

describe("the two ways of summing the amounts give the same figures", () => {
  // Whole cents below 100 million euros per structure go through the number lane; beyond, the
  // whole convention goes through the exact bigint path (a scenario's amounts are whole cents,
  // so size is what sends it there). An added structure with 150 000 000 € of other costs, no
  // agent and no label, changes no one else's figure: both paths must agree on all of them.
  test("a synthetic convention of 300 structures, with and without a structure of 150 000 000 € that forces the exact path", () => {
    const input = syntheticScenario({ structures: 300, seed: 7 });
    const withLarge = structuredClone(input);
    withLarge.managers.push(
      manager("large", [structure("large", { agents: [], otherCosts: 150000000, labelledSince: null, objectives: [] })]),
    );
    const lane = computed(input);
    const exact = computed(withLarge);
    expect(lane.rules).toEqual(exact.rules);
    expect(exact.structures.slice(0, -1).map(amountsOnly)).toEqual(lane.structures.map(amountsOnly));
    expect(exact.managers.slice(0, -1).map(amountsOnly)).toEqual(lane.managers.map(amountsOnly));
    expect(exact.structures[exact.structures.length - 1].remainingCost).toBe("150000000.00");
    expect(dec(exact.totals.otherCosts).minus(lane.totals.otherCosts).toFixed(2)).toBe("150000000.00");
    expect(exact.totals.allocated).toBe(lane.totals.allocated);
  });
});

/** The 15 amounts of a structure or manager, without its other fields. */
const amountsOnly = (x: Amounts) => Object.fromEntries(AMOUNT_KEYS.map((k) => [k, x[k]]));
