import { computed, scenarioOf, structure } from "../../test/support/scenario";
import type { AgentInput } from "../../test/support/scenario";

function agentLine(agent: AgentInput, year = 2022) {
  return computed(scenarioOf([structure("s1", { agents: [agent] })], { year })).structures[0].agents[0];
}

describe("an agent's loaded cost, given one way: loaded cost, gross × (1 + rate), or indice majoré", () => {
  test("a loaded cost is taken as given: 41 200", () => {
    const a = agentLine({ loadedCost: 41200 });
    expect([a.loadedCost, a.payroll]).toEqual(["41200.00", "41200.00"]);
    expect(a.traces?.loadedCost?.formula).toBe("coût chargé annuel saisi");
  });

  test("gross 24 600 with a rate of 45 %: 24 600 × 1,45 = 35 670", () => {
    expect(agentLine({ grossSalary: 24600, employerRate: 0.45 }).loadedCost).toBe("35670.00");
  });

  test("gross 22 800 of a contractuel 2022: 22 800 × 1,3662 = 31 149,36", () => {
    expect(agentLine({ grossSalary: 22800, status: "contractuel" }).loadedCost).toBe("31149.36");
  });

  test("a rate entered wins over the status preset: 22 800 × 1,45 = 33 060", () => {
    expect(agentLine({ grossSalary: 22800, status: "contractuel", employerRate: 0.45 }).loadedCost).toBe("33060.00");
  });

  test("IM 352 titulaire 2022: 20 140,14 × 1,4828 = 29 863,799592 → 29 863,80; contractuel: × 1,3662 = 27 515,459268 → 27 515,46", () => {
    expect(agentLine({ indiceMajore: 352, status: "titulaire" }).loadedCost).toBe("29863.80");
    expect(agentLine({ indiceMajore: 352, status: "contractuel" }).loadedCost).toBe("27515.46");
  });

  test("payroll of the line: 27 515,46 × 0,8 × 9 / 12 × 0,5 = 8 254,638 → 8 254,64", () => {
    expect(agentLine({ indiceMajore: 352, status: "contractuel", fte: 0.8, months: 9, assignment: 0.5 }).payroll).toBe("8254.64");
  });

  test("IM 352 contractuel 2024 is paid on the minimum IM 366: 12 × 1 801,74 = 21 620,88, × 1,3662 = 29 538,446256 → 29 538,45", () => {
    expect(agentLine({ indiceMajore: 352, status: "contractuel" }, 2024).loadedCost).toBe("29538.45");
  });

  test("IM 367 in 2024 is above the minimum: paid on its own index, 12 × 1 806,66 = 21 679,92, × 1,3662 = 29 619,106704 → 29 619,11", () => {
    expect(agentLine({ indiceMajore: 367, status: "contractuel" }, 2024).loadedCost).toBe("29619.11");
  });

  test("an unnamed agent is called by its position", () => {
    expect(agentLine({ loadedCost: 1 }).name).toBe("Agent 1");
  });
});

describe("an agent's trace explains the figure with every parameter it used", () => {
  test("IM 352 in 2022: both point values used (5 623,23 until June, 5 820,04 from July) and the titulaire lines", () => {
    const trace = agentLine({ indiceMajore: 352, status: "titulaire" }).traces?.loadedCost;
    expect(trace?.values).toEqual({ "indice majoré": "352", "traitement indiciaire": "20140.14", "taux de charges": "0.4828" });
    const points = trace?.parameters.filter((p) => p.name === "point.annuel").map((p) => [p.from, p.value]);
    expect(points).toEqual([
      ["2017-02-01", "5623.23"],
      ["2022-07-01", "5820.04"],
    ]);
    expect(trace?.parameters.filter((p) => p.name !== "point.annuel").map((p) => p.name)).toEqual([
      "cnracl.employeur",
      "titulaire.maladie",
      "titulaire.allocations_familiales",
      "titulaire.csa",
      "titulaire.fnal",
      "titulaire.atiacl",
      "titulaire.cnfpt",
      "titulaire.cdg",
    ]);
    for (const p of trace?.parameters ?? []) expect(p.source.length).toBeGreaterThan(0);
  });

  test("IM in 2024 (point frozen all year): one point value, 5 907,34 from 2023-07-01", () => {
    const trace = agentLine({ indiceMajore: 352, status: "titulaire" }, 2024).traces?.loadedCost;
    expect(trace?.parameters.filter((p) => p.name === "point.annuel").map((p) => p.from)).toEqual(["2023-07-01"]);
  });

  test("an index below the minimum: the trace names the minimum de traitement paid and cites it", () => {
    const trace = agentLine({ indiceMajore: 352, status: "contractuel" }, 2024).traces?.loadedCost;
    expect(trace?.values).toEqual({
      "indice majoré": "352",
      "traitement indiciaire": "21620.88",
      "taux de charges": "0.3662",
      "indice minimum de traitement": "366",
    });
    expect(trace?.parameters.filter((p) => p.name === "indice.minimum").map((p) => [p.from, p.value, p.status])).toEqual([
      ["2024-01-01", "366", "source"],
    ]);
    // at or above the minimum, no word and no citation
    const above = agentLine({ indiceMajore: 367, status: "contractuel" }, 2024).traces?.loadedCost;
    expect(Object.keys(above?.values ?? {})).not.toContain("indice minimum de traitement");
    expect(above?.parameters.some((p) => p.name === "indice.minimum")).toBe(false);
  });

  test("IM 300 in 2020 is paid on IM 309, an estimated minimum: 12 × round(309 × 4,686025 = 1 447,981725) = 17 375,76, and the estimate is reported", () => {
    // 17 375,76 × 1,3662 = 23 738,763312 → 23 738,76
    const rules = { rate: 0.8, advanceRate: 0.5, envelope: 1000000 }; // the CD 88 figures are dated 2022
    const scenario = computed(
      scenarioOf([structure("s1", { agents: [{ indiceMajore: 300, status: "contractuel" }] })], { year: 2020, rules }),
    );
    expect(scenario.structures[0].agents[0].loadedCost).toBe("23738.76");
    expect(scenario.structures[0].agents[0].traces?.loadedCost?.values["indice minimum de traitement"]).toBe("309");
    expect(scenario.warnings.map((w) => w.path)).toContain("parameters.indice.minimum");
  });

  test("gross with a preset: the formula, the values and the preset's lines", () => {
    const trace = agentLine({ grossSalary: 22800, status: "contractuel" }).traces?.loadedCost;
    expect(trace?.formula).toBe("arrondi(brut annuel × (1 + taux de charges))");
    expect(trace?.values).toEqual({ brut: "22800.00", "taux de charges": "0.3662" });
    expect(trace?.parameters).toHaveLength(12);
  });

  test("the payroll trace gives the formula and its terms", () => {
    const trace = agentLine({ loadedCost: 36000, fte: 0.8, months: 6, assignment: 0.5 }).traces?.payroll;
    expect(trace).toEqual({
      formula: "arrondi(coût chargé × quotité × mois / 12 × affectation)",
      values: { "coût chargé": "36000.00", quotité: "0.8", mois: "6", affectation: "0.5" },
      parameters: [],
    });
  });
});
