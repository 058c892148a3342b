/**
 * The simulation sheet follows the scenario's rules: its FS formulas, computed with the real
 * custom functions, give the engine's figures under both readings of the 80 % rule and both
 * final-payment rules.
 */
import { compute, VOSGES_2022_EXAMPLE, type ScenarioInput } from "../../calc";
import { excelPort } from "../../src/taskpane/workbook/excelPort";
import { writeSimulation } from "../../src/taskpane/workbook/operations";
import { evaluate } from "./evaluateSheet";
import { bounds, MockWorkbook } from "./excelMock";

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));
const accept = async () => true;
const READINGS = ["masse_moins_forfait", "part_moins_forfait"] as const;
const FINAL_RULES = ["plafonne", "redistribue"] as const;

function scenarioWith(rules: Record<string, unknown>, base: ScenarioInput = VOSGES_2022_EXAMPLE): ScenarioInput {
  const s = clone(base);
  s.rules = { ...s.rules, ...rules } as ScenarioInput["rules"];
  return s;
}

/** One manager, one structure, one agent costing 72 000 € loaded, full time: 2022's forfait is 30 000 €. */
function oneStructure(cap?: number): ScenarioInput {
  const s = clone(VOSGES_2022_EXAMPLE);
  const m = s.managers[0];
  const st = { ...m.structures[0], agents: [{ name: "Agent", loadedCost: 72000, fte: 1 }], resources: [], otherCosts: 0 };
  delete (st as { actualPayroll?: unknown }).actualPayroll;
  s.managers = [{ ...m, structures: [cap === undefined ? st : { ...st, cap }] }];
  return s;
}

/** Writes manager `i`'s sheet; returns its structures' rows (address → cell reader) and the sheet. */
async function written(s: ScenarioInput, i = 0) {
  const wb = new MockWorkbook();
  const out = await writeSimulation(excelPort(wb.run), s, {}, i, accept);
  if (!("written" in out)) throw new Error(`écriture refusée : ${JSON.stringify(out)}`);
  const name = out.written[0].name;
  const sheet = wb.sheet(name);
  const table = wb.tables.find((t) => t.sheet === sheet && t.name.endsWith("Structures"));
  if (!table) throw new Error("tableau des structures absent");
  const { r1 } = bounds(table.address);
  const memo = new Map<string, unknown>();
  const rows = s.managers[i].structures.map((_, k) => {
    const row = r1 + 1 + k;
    return {
      row,
      value: (col: string) => evaluate(sheet, `${col}${row}`, memo),
      formula: (col: string) => wb.cell(name, `${col}${row}`)?.formula,
    };
  });
  return { wb, name, sheet, rows };
}

describe("the reading of the 80 % rule", () => {
  test("72 000 € of payroll, 30 000 € of forfait: 0,8 × (72 000 − 30 000) = 33 600, and 0,8 × 72 000 − 30 000 = 27 600 under part_moins_forfait", async () => {
    const byDefault = await written(oneStructure());
    // One agent (row 10, totals row 11): the structures table's header is row 14, the structure row 15.
    expect(byDefault.rows[0].row).toBe(15);
    expect(byDefault.rows[0].formula("H")).toBe("=FS.DEPT_SHARE(D15,E15,$B$6)");
    expect(byDefault.rows[0].value("D")).toBe(72000);
    expect(byDefault.rows[0].value("E")).toBe(30000);
    expect(byDefault.rows[0].value("H")).toBe(33600);

    const part = await written(scenarioWith({ shareBase: "part_moins_forfait" }, oneStructure()));
    // No cap: the cap argument is left empty (it arrives as null), the reading is the fifth argument.
    expect(part.rows[0].formula("H")).toBe('=FS.DEPT_SHARE(D15,E15,$B$6,,"part_moins_forfait")');
    expect(part.rows[0].value("H")).toBe(27600);
    // The acompte on the request, half of it: 13 800; what is left to pay: 72 000 − 30 000 − 27 600 = 14 400.
    expect(part.rows[0].value("I")).toBe(13800);
    expect(part.rows[0].value("J")).toBe(14400);
    // The engine's request, written as a value beside the formula, is the same figure.
    expect(part.rows[0].value("K")).toBe(27600);
    expect(part.wb.value(part.name, "A3")).toBe(
      'Règle des 80 % lue « taux × masse salariale − déduction » (argument "part_moins_forfait" de FS.DEPT_SHARE).',
    );
    expect(byDefault.wb.value(byDefault.name, "A3")).toBe("");
  });

  test("with a cap, the reading follows it: min(25 000, 27 600) = 25 000", async () => {
    const part = await written(scenarioWith({ shareBase: "part_moins_forfait" }, oneStructure(25000)));
    expect(part.rows[0].formula("H")).toBe('=FS.DEPT_SHARE(D15,E15,$B$6,25000,"part_moins_forfait")');
    expect(part.rows[0].value("H")).toBe(25000);
    const capped = await written(scenarioWith({ shareBase: "part_moins_forfait", capPerStructure: 26000 }, oneStructure(25000)));
    expect(capped.rows[0].formula("H")).toBe('=FS.DEPT_SHARE(D15,E15,$B$6,MIN(25000,26000),"part_moins_forfait")');
    expect(capped.rows[0].value("H")).toBe(25000);
  });
});

describe("every figure of the sheet is the engine's", () => {
  for (const shareBase of READINGS)
    for (const finalPayment of FINAL_RULES)
      test(`reading ${shareBase}, final rule ${finalPayment}: payroll, forfait and request of each structure of each manager`, async () => {
        const s = scenarioWith({ shareBase, finalPayment });
        const outcome = compute(s, { traces: false });
        if (!outcome.ok) throw new Error("exemple invalide");
        // petr-g-ill is pooled: its requests are the engine's split, written as values.
        for (let i = 0; i < s.managers.length; i++) {
          const { rows } = await written(s, i);
          const results = outcome.result.structures.filter((st) => st.managerId === s.managers[i].id);
          expect(rows).toHaveLength(results.length);
          rows.forEach((r, k) => {
            const res = results[k];
            expect([r.value("D"), r.value("E"), r.value("H"), r.value("K")]).toEqual(
              [res.payroll, res.forfait, res.requested, res.requested].map(Number),
            );
          });
        }
      });

  test("a pooled manager: the rule on its summed structures, split among them, is written as the engine computes it", async () => {
    // G1: payroll 72 012,38, forfait 30 000; G2: 37 380,36 and 22 500. Under part_moins_forfait the pool
    // requests round(0,8 × 109 392,74) − 52 500 = 87 514,19 − 52 500 = 35 014,19, split by payroll − forfait
    // (42 012,38 and 14 880,36) in cents: 2 585 618,93 and 915 800,07, the cent left to G1 → 25 856,19 and 9 158,00.
    // G1 on its own would be 0,8 × 72 012,38 − 30 000 = 27 609,90: no per-structure formula gives the split.
    const s = scenarioWith({ shareBase: "part_moins_forfait" });
    const i = s.managers.findIndex((m) => m.pooled);
    const { rows, wb, name } = await written(s, i);
    expect(rows[0].formula("H")).toBeUndefined();
    expect(rows[0].value("H")).toBe(25856.19);
    expect(rows[1].value("H")).toBe(9158);
    expect(rows[0].value("I")).toBe(12928.1); // round(25 856,19 × 0,5) = 12 928,095 → 12 928,10
    expect(wb.value(name, "A3")).toMatch(/^Gestionnaire mutualisé : .* Règle des 80 % lue « taux × masse salariale − déduction »/);
  });

  test("the two readings give different requests in the example (so the test above tells them apart)", async () => {
    const masse = await written(scenarioWith({ shareBase: "masse_moins_forfait" }));
    const part = await written(scenarioWith({ shareBase: "part_moins_forfait" }));
    // A1 (forfait 30 000 €): 0,8 × (payroll − 30 000) − (0,8 × payroll − 30 000) = 0,2 × 30 000 = 6 000 € less under part_moins_forfait.
    const diff = Number(masse.rows[0].value("H")) - Number(part.rows[0].value("H"));
    expect(Math.round(diff * 100) / 100).toBe(6000);
  });

  test("no figure depends on the final-payment rule: the sheet stops before the envelope (no FS.ALLOCATE, no FS.SCHEDULE)", async () => {
    const plafonne = await written(scenarioWith({ finalPayment: "plafonne" }));
    const redistribue = await written(scenarioWith({ finalPayment: "redistribue" }));
    const cells = (sheet: typeof plafonne.sheet) => JSON.stringify([...sheet.cells]);
    expect(cells(redistribue.sheet)).toBe(cells(plafonne.sheet));
    const formulas = [...plafonne.sheet.cells.values()].map((c) => c.formula ?? "").join(" ");
    expect(formulas).toContain("FS.DEPT_SHARE");
    expect(formulas).not.toMatch(/FS\.(ALLOCATE|SCHEDULE)/);
  });
});
