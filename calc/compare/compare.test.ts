import { compare } from ".";
import { dec } from "../arithmetic/money";
import { computeConvention } from "../engine/convention";
import { VOSGES_2022_EXAMPLE } from "../fixtures/example";
import { validateScenario } from "../scenario/validate";
import type { ScenarioInput } from "../scenario/schema";

function computedOf(input: ScenarioInput) {
  const v = validateScenario(input);
  if (!v.ok) throw new Error(JSON.stringify(v.issues));
  return computeConvention(v.scenario, { traces: false });
}

const example = () => structuredClone(VOSGES_2022_EXAMPLE) as ScenarioInput;
const base = computedOf(example());

describe("compare(a, b): what differs, then every change", () => {
  test("the example with itself: no difference, every change 0", () => {
    const c = compare(base, base);
    expect([c.rules, c.parameters]).toEqual([[], []]);
    const changes = [
      ...Object.values(c.convention).map((x) => x.change),
      ...c.managers.flatMap((m) => Object.values(m.amounts).map((x) => x.change)),
      ...c.structures.flatMap((s) => Object.values(s.amounts).map((x) => x.change)),
      ...c.budgetYears.flatMap((y) => Object.values(y).flatMap((x) => (typeof x === "number" ? [] : [x.change]))),
    ];
    expect(new Set(changes)).toEqual(new Set(["0.00", "0.0000"]));
  });

  test("rate 0,80 → 0,75: the requests fall (F1: 0,75 × (100 800 − 30 000) = 53 100), the envelope binds in both: allocations move by a cent at most, total change 0,00", () => {
    const s = example();
    s.rules = { ...s.rules, rate: 0.75 };
    const c = compare(base, computedOf(s));
    expect(c.rules).toEqual([{ name: "rate", label: "Taux de participation du Département", before: "0.8", after: "0.75" }]);
    // departement.taux, used only on the side without rules.rate, is replaced by that rule: not listed as a parameter
    expect(c.parameters).toEqual([]);
    // Σ(payroll − forfait) = 586 605,23: 0,80 × … = 469 284,17 and 0,75 × … = 439 953,95, each payee's request rounded to the cent
    expect(c.convention.requested).toEqual({ before: "469284.17", after: "439953.95", change: "-29330.22" });
    expect(c.structures.find((x) => x.id === "fs-f1")?.amounts.requested).toEqual({
      before: "56640.00",
      after: "53100.00",
      change: "-3540.00",
    });
    expect(c.convention.allocated).toEqual({ before: "409045.00", after: "409045.00", change: "0.00" });
    // Every request falls by the same 5/80: the proportional split moves only by the rounding of the largest remainders
    // (at 0,75 C1's remainder falls out of the 6 cents left and D1's comes in).
    const moved = c.structures.filter((x) => x.amounts.allocated.change !== "0.00").map((x) => [x.id, x.amounts.allocated.change]);
    expect(moved).toEqual([
      ["fs-c1", "-0.01"],
      ["fs-d1", "0.01"],
    ]);
  });

  test("against the 2023 year: the forfait of each full-year structure rises 30 000 → 35 000", () => {
    const s = example();
    s.year = 2023;
    const c = compare(base, computedOf(s));
    expect(c.rules).toContainEqual({ name: "year", label: "Année", before: "2022", after: "2023" });
    expect(c.parameters.map((p) => p.name)).toContain("forfait.total");
    const a1 = c.structures.find((x) => x.id === "fs-a1");
    expect(a1?.amounts.forfait).toEqual({ before: "30000.00", after: "35000.00", change: "5000.00" });
  });

  test("a structure on one side only is compared with zeros and marked", () => {
    const s = example();
    const removed = s.managers[6].structures.pop();
    const c = compare(base, computedOf(s));
    const gone = c.structures.find((x) => x.id === removed?.id);
    expect(gone?.presence).toBe("avant");
    expect(gone?.amounts.payroll.after).toBe("0.00");
    expect(
      dec(gone?.amounts.payroll.change ?? "0")
        .neg()
        .toFixed(2),
    ).toBe(gone?.amounts.payroll.before);
  });

  test("budget years are compared side by side: 2022 and 2023", () => {
    expect(compare(base, base).budgetYears.map((y) => y.exercice)).toEqual([2022, 2023]);
  });
});
