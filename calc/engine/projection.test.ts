import { project } from "./projection";
import { validateScenario, type Scenario } from "..";
import { agentsAt, scenarioOf, structure } from "../../test/support/scenario";
import type { StructureInput } from "../../test/support/scenario";
import { issuesOf } from "../../test/support/errors";
import { dec } from "../arithmetic/money";
import { VOSGES_2022_EXAMPLE } from "../fixtures/example";

function valid(structures: StructureInput[]): Scenario {
  const v = validateScenario(scenarioOf(structures, { rules: { envelope: 10000000 } }));
  if (!v.ok) throw new Error(JSON.stringify(v.issues));
  return v.scenario;
}

describe("projection 2022–2026: the same convention with each year's forfait, point and rates", () => {
  test("forfait 30 000, 35 000, 40 000, 45 000 (estimate), 50 000 → share 0,8 × (80 000 − forfait)", () => {
    const p = project(valid([structure("s1", { agents: agentsAt(40000, 40000) })]), 2022, 2026);
    expect(p.years.map((y) => [y.year, y.totals.forfait, y.totals.requested])).toEqual([
      [2022, "30000.00", "40000.00"],
      [2023, "35000.00", "36000.00"],
      [2024, "40000.00", "32000.00"],
      [2025, "45000.00", "28000.00"],
      [2026, "50000.00", "24000.00"],
    ]);
  });

  test("2025 (straight line) and 2026 (announced trajectory) warn that their forfait is an estimate", () => {
    const p = project(valid([structure("s1", { agents: agentsAt(40000, 40000) })]), 2022, 2026);
    const estimated = p.years.map((y) => y.warnings.some((w) => w.path === "parameters.forfait.total"));
    expect(estimated).toEqual([false, false, false, true, true]);
  });

  test("IM 352 titulaire: each year's point and rates", () => {
    // 2022: 20 140,14 × 1,4828 = 29 863,799… → 29 863,80
    // 2023: paid on the minimum IM 353 then 361: (4 × 1 712,06 + 2 × 1 750,86 + 6 × 1 777,12 = 21 012,68) × 1,4828 = 31 157,601… → 31 157,60
    // 2024: minimum IM 366: (12 × 1 801,74 = 21 620,88) × 1,4828 (CNRACL 31,65 %, maladie 8,88 %) = 32 059,440… → 32 059,44
    // 2025: 21 620,88 × 1,5228 (CNRACL 34,65 %) = 32 924,276… → 32 924,28
    // 2026: 21 620,88 × 1,5528 (CNRACL 37,65 %) = 33 572,902… → 33 572,90
    const p = project(valid([structure("s1", { agents: [{ indiceMajore: 352, status: "titulaire" }] })]), 2022, 2026);
    expect(p.years.map((y) => y.structures[0].agents[0].loadedCost)).toEqual(["29863.80", "31157.60", "32059.44", "32924.28", "33572.90"]);
  });

  test("2026 warns that its point value is an estimate (nothing published)", () => {
    const p = project(valid([structure("s1", { agents: [{ indiceMajore: 352, status: "titulaire" }] })]), 2025, 2026);
    expect(p.years.map((y) => y.warnings.some((w) => w.path === "parameters.point.annuel"))).toEqual([false, true]);
  });

  test("actuals and objectives apply to the scenario's own year only; the other years are forecasts", () => {
    const p = project(
      valid([
        structure("s1", {
          agents: agentsAt(40000, 40000),
          actualPayroll: 100000,
          objectives: [{ label: "a", met: false }, { label: "b" }],
        }),
      ]),
      2022,
      2023,
    );
    const [y2022, y2023] = p.years.map((y) => y.structures[0]);
    expect([y2022.actualPayroll, y2022.achievement, y2022.finalRequested]).toEqual(["100000.00", "0.5", "28000.00"]); // 0.8 × 70 000 × 0.5
    expect([y2023.actualPayroll, y2023.achievement, y2023.finalRequested]).toEqual(["80000.00", "1", "36000.00"]);
    expect([p.years[0].rules.evaluated, p.years[1].rules.evaluated]).toEqual([true, false]);
  });

  test("the same for a pooled manager: its objectives count in the scenario's year only", () => {
    const v = validateScenario(
      scenarioOf(
        [
          structure("s1", { agents: agentsAt(40000, 40000), objectives: [{ label: "a", met: false }, { label: "b" }] }),
          structure("s2", { agents: agentsAt(40000, 40000) }),
        ],
        { rules: { envelope: 10000000, pooling: true } },
      ),
    );
    if (!v.ok) throw new Error(JSON.stringify(v.issues));
    const [y2022, y2023] = project(v.scenario, 2022, 2023).years;
    // 2022: pooled 0,8 × (160 000 − 60 000) = 80 000; the pool's objectives (those of s1) met at 1/2 → 40 000
    expect([y2022.totals.requested, y2022.totals.finalRequested]).toEqual(["80000.00", "40000.00"]);
    // 2023: 0,8 × (160 000 − 70 000) = 72 000, a forecast: no reduction
    expect([y2023.totals.requested, y2023.totals.finalRequested]).toEqual(["72000.00", "72000.00"]);
  });

  test("a period backwards or too long → hors_bornes; a year outside 1900–2100 → hors_bornes", () => {
    const s = valid([structure("s1", { agents: agentsAt(1) })]);
    expect(issuesOf(() => project(s, 2026, 2022))[0]).toMatchObject({ code: "hors_bornes", path: "années" });
    expect(issuesOf(() => project(s, 2022, 2060))[0].code).toBe("hors_bornes");
    expect(issuesOf(() => project(s, 1800, 2022))[0]).toMatchObject({ code: "hors_bornes", path: "première année" });
  });

  test("a year without the Département's rule (2021: the rate starts in 2022) → every missing figure, prefixed by its year", () => {
    const s = valid([structure("s1", { agents: agentsAt(1) })]);
    const issues = issuesOf(() => project(s, 2021, 2022));
    expect(issues[0]).toMatchObject({
      code: "donnee_absente",
      message: "2021 : aucune valeur de « Taux de participation du Département » avant le 1er janvier 2022",
    });
  });
});

describe("a projection chains the budget years and keeps one-off items in their year", () => {
  const example = () => {
    const v = validateScenario(VOSGES_2022_EXAMPLE);
    if (!v.ok) throw new Error(JSON.stringify(v.issues));
    return v.scenario;
  };

  test("the legal support (a one-off of 2022) is in 2022 only; the coordinator every year", () => {
    const p = project(example(), 2022, 2026);
    const lines = p.years.map((y) =>
      y.budget.lines.map((l) => l.label).filter((l) => l !== "Subventions de fonctionnement aux gestionnaires"),
    );
    expect(lines[0]).toEqual(["Coordinateur départemental France Services", "Appui juridique"]);
    for (const later of lines.slice(1)) expect(later).toEqual(["Coordinateur départemental France Services"]);
  });

  test("budget year N = acomptes of convention N + soldes of convention N − 1; 2027 holds the 2026 soldes only", () => {
    const p = project(example(), 2022, 2026);
    expect(Object.keys(p.byExercice)).toEqual(["2022", "2023", "2024", "2025", "2026", "2027"]);
    const y2023 = p.byExercice["2023"];
    const c2022 = p.years[0].budget.byExercice;
    const c2023 = p.years[1].budget.byExercice;
    expect(y2023.advances).toBe(c2023["2023"].advances);
    expect(dec(y2023.balances).toFixed(2)).toBe(dec(c2022["2023"].balances).plus(c2023["2023"].balances).toFixed(2));
    expect(p.byExercice["2027"].advances).toBe("0.00");
    // every euro of the five conventions is booked once: Σ budget years = Σ conventions' net payments and other lines
    const totalYears = Object.values(p.byExercice).reduce((a, y) => a.plus(y.total), dec(0));
    const totalConventions = p.years.reduce((a, y) => a.plus(y.budget.expenses).minus(y.budget.receipts), dec(0));
    expect(totalYears.toFixed(2)).toBe(totalConventions.toFixed(2));
  });

  test("months open count in the opening year only: G2 (labelled 2022-04-01, 9 months) has 9 months of forfait in 2022, 12 after", () => {
    const p = project(example(), 2022, 2024);
    const g2 = p.years.map((y) => y.structures.find((s) => s.id === "fs-g2")?.forfaitMonths);
    expect(g2).toEqual(["9", "12", "12"]);
  });

  test("the scenario's dates move with each year: acompte 2024-12-15, solde 2025-06-30 for the 2024 convention", () => {
    const p = project(example(), 2022, 2024);
    expect([p.years[2].rules.advanceDate, p.years[2].rules.balanceDate]).toEqual(["2024-12-15", "2025-06-30"]);
  });
});
