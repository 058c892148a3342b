import { agentsAt, computed, scenarioOf, structure } from "../../test/support/scenario";
import type { ScenarioInput } from "../scenario/schema";

/** One structure requesting 0,8 × (600 000 − 30 000) = 456 000, more than the 409 045 envelope: subsidies = 409 045. */
function budgetOf(extra: Partial<ScenarioInput> = {}) {
  return computed(scenarioOf([structure("s1", { agents: agentsAt(300000, 300000) })], extra)).budget;
}

describe("the Département's budget: subsidies + other lines against the stated total, the gap shown, never forced", () => {
  test("default lines: 409 045 + 56 498 coordinator + 10 752 legal support = 476 295 € against 450 000 € stated: gap 26 295 €", () => {
    const b = budgetOf();
    expect(b.lines.map((l) => [l.label, l.type, l.amount])).toEqual([
      ["Subventions de fonctionnement aux gestionnaires", "depense", "409045.00"],
      ["Coordinateur départemental", "depense", "56498.00"],
      ["Appui juridique", "depense", "10752.00"],
    ]);
    expect([b.expenses, b.receipts, b.net, b.statedTotal, b.gap]).toEqual(["476295.00", "0.00", "476295.00", "450000.00", "26295.00"]);
  });

  test("a line read from a parameter carries it, with its source", () => {
    const line = budgetOf().lines[1];
    expect(line.parameter).toMatchObject({ name: "departement.coordinateur", value: "56498", status: "source" });
    expect(line.parameter?.source).toMatch(/Vosges/);
  });

  test("the State's network animation support as a receipt: net 476 295 − 25 000 = 451 295; the gap compares expenses: 26 295", () => {
    const b = budgetOf({
      budget: {
        lines: [
          { label: "Coordinateur", type: "depense", parameter: "departement.coordinateur" },
          { label: "Appui juridique", type: "depense", amount: 10752 },
          { label: "Soutien de l'État à l'animation du réseau", type: "recette", parameter: "etat.animation_reseau" },
        ],
      },
    });
    expect([b.expenses, b.receipts, b.net, b.gap]).toEqual(["476295.00", "25000.00", "451295.00", "26295.00"]);
  });

  test("a stated total given by the scenario replaces the parameter: 480 000 → gap −3 705", () => {
    const b = budgetOf({ budget: { statedTotal: 480000 } });
    expect([b.statedTotal, b.gap]).toEqual(["480000.00", "-3705.00"]);
  });

  test("the subsidies line is the final amount: 72 000 forecast, 80 000 actual → capped at the convention amount 0,8 × 42 000 = 33 600", () => {
    const b = computed(scenarioOf([structure("s1", { agents: agentsAt(36000, 36000), actualPayroll: 80000 })])).budget;
    expect(b.lines[0].amount).toBe("33600.00");
  });

  test("under « redistribue » the subsidies line follows the actuals: 0,8 × (80 000 − 30 000) = 40 000", () => {
    const b = computed(
      scenarioOf([structure("s1", { agents: agentsAt(36000, 36000), actualPayroll: 80000 })], { rules: { finalPayment: "redistribue" } }),
    ).budget;
    expect(b.lines[0].amount).toBe("40000.00");
  });
});

describe("which lines the budget uses", () => {
  test("a budget with a stated total but no lines keeps the default lines", () => {
    expect(budgetOf({ budget: { statedTotal: 480000 } }).lines).toHaveLength(3);
  });

  test("an explicitly empty list of lines means subsidies only: 409 045 against 450 000 → gap −40 955", () => {
    const b = budgetOf({ budget: { lines: [] } });
    expect(b.lines.map((l) => l.label)).toEqual(["Subventions de fonctionnement aux gestionnaires"]);
    expect([b.expenses, b.gap]).toEqual(["409045.00", "-40955.00"]);
  });
});
