import { agentsAt, computed, scenarioOf, structure } from "../../test/support/scenario";
import { lazyTraces } from "./trace";

describe("traces are built when first read, and then behave like plain data", () => {
  test("own, enumerable, in JSON, the same object on every read, replaceable", () => {
    let builds = 0;
    const target = lazyTraces({ amount: "1.00" } as { amount: string; traces?: unknown }, { traces: () => ({ n: ++builds }) });
    expect(builds).toBe(0);
    expect(Object.keys(target)).toEqual(["amount", "traces"]);
    expect(JSON.parse(JSON.stringify(target))).toEqual({ amount: "1.00", traces: { n: 1 } });
    expect(target.traces).toBe(target.traces);
    expect({ ...target }).toEqual({ amount: "1.00", traces: { n: 1 } });
    expect(builds).toBe(1);
    target.traces = "remplacé";
    expect(target.traces).toBe("remplacé");
  });

  test("a computed structure: nothing built until read, then every amount explained", () => {
    const r = computed(scenarioOf([structure("s1", { agents: agentsAt(36000, 36000) })]));
    const s = r.structures[0];
    expect(Object.getOwnPropertyDescriptor(s, "traces")?.get).toBeDefined(); // not built yet
    expect(s.traces?.payroll?.values).toEqual({ lignes: "2", total: "72000.00" });
    expect(Object.getOwnPropertyDescriptor(s, "traces")?.value).toBe(s.traces); // built once, kept
    expect(s.agents[0].traces?.payroll?.values).toEqual({ "coût chargé": "36000.00", quotité: "1", mois: "12", affectation: "1" });
  });

  test("a structure's lines share one recipe: any read order gives each line its own traces", () => {
    const input = scenarioOf([
      structure("s1", {
        agents: [
          { name: "Saisi", loadedCost: 36000, fte: 0.8 },
          { name: "Brut", grossSalary: 22800, status: "contractuel", months: 6 },
          { name: "Indice", indiceMajore: 352, status: "titulaire", assignment: 0.5 },
        ],
      }),
    ]);
    const inOrder = computed(input);
    const backwards = computed(input);
    const [first, , last] = backwards.structures[0].agents;
    // Reading the last line explains the three lines at once, each from its own input.
    expect(last.traces?.loadedCost?.formula).toMatch(/^arrondi\(traitement indiciaire/);
    expect(Object.getOwnPropertyDescriptor(first, "traces")?.get).toBeUndefined();
    expect(first.traces?.loadedCost?.formula).toBe("coût chargé annuel saisi");
    expect(first.traces?.payroll?.values).toEqual({ "coût chargé": "36000.00", quotité: "0.8", mois: "12", affectation: "1" });
    // The structure's own traces are still to build; then the whole result is the same either way.
    expect(Object.getOwnPropertyDescriptor(backwards.structures[0], "traces")?.get).toBeDefined();
    expect(JSON.parse(JSON.stringify(backwards))).toEqual(JSON.parse(JSON.stringify(inOrder)));
    expect(backwards.structures[0].agents.map((a) => a.traces?.payroll?.values["coût chargé"])).toEqual([
      "36000.00",
      "31149.36",
      "29863.80",
    ]);
  });

  test("the deduction's trace follows the rule: forfait, forfait and deducted resources, State part", () => {
    const withResource = structure("s1", {
      agents: agentsAt(36000, 36000),
      resources: [{ label: "Commune", amount: 5000, deducted: true }],
    });
    const byDefault = computed(scenarioOf([withResource])).structures[0].traces?.deduction;
    expect(byDefault).toMatchObject({ formula: "forfait de l'État (déduction par défaut)", values: { forfait: "30000.00" } });
    const withResources = computed(scenarioOf([withResource], { rules: { deduction: "forfait_et_ressources" } })).structures[0].traces
      ?.deduction;
    expect(withResources).toMatchObject({
      formula: "forfait + ressources déduites",
      values: { forfait: "30000.00", "ressources déduites": "5000.00" },
    });
    const statePart = computed(scenarioOf([withResource], { rules: { deduction: "etat" } })).structures[0].traces?.deduction;
    expect(statePart?.formula).toBe("arrondi(part de l'État du forfait × mois / 12)");
    expect(statePart?.parameters).toHaveLength(1);
  });
});
