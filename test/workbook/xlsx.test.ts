/**
 * The workbook export (calc/report/workbook), proved twice:
 * - read back with ExcelJS: the sheets, the styles, the cached results equal the engine's figures;
 * - recalculated by LibreOffice headless (Debian's libreoffice-calc-nogui): no error cell, and
 *   every formula cell equal to the engine's figure to the cent, on the example (the whole
 *   convention and each manager's file), synthetic scenarios (pooled managers, caps, repayments,
 *   a binding and a non-binding envelope, the three deduction rules) and the 2 800-structure
 *   national file. Skipped, saying why, when soffice is absent (never in CI).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import {
  AMOUNT_KEYS,
  AMOUNT_TERMS,
  baseSalary,
  BUDGET_YEAR_TERMS,
  PAYMENT_KIND_TERMS,
  syntheticScenario,
  managerWorkbooks,
  toManagerWorkbook,
  toWorkbook,
  VOSGES_2022_EXAMPLE,
  type ConventionResult,
  type ScenarioInput,
} from "../../calc";
import { buildWorkbook, type WorkbookStats } from "../../calc/report/workbook";
import { computed } from "../support/scenario";
import { compareRecalculated, recalculate, roundingChecks, SOFFICE } from "./libreoffice";

const SHEETS = ["Convention", "Gestionnaires", "Structures", "Agents", "Échéancier", "Répartition", "Budget", "Paramètres"];

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as never);
  return wb;
}

/** A column's values under its header (row 3), from row 4 on, as ExcelJS reads them (a formula's result). */
function column(ws: ExcelJS.Worksheet, header: string, rows: number): unknown[] {
  let col = 0;
  ws.getRow(3).eachCell((c, i) => {
    if (c.value === header && !col) col = i;
  });
  if (!col) throw new Error(`colonne « ${header} » absente de ${ws.name}`);
  return Array.from({ length: rows }, (_, i) => {
    const v = ws.getCell(4 + i, col).value;
    const r = typeof v === "object" && v !== null && "formula" in v ? v.result : v;
    return r ?? 0; // ExcelJS reads a cached 0 back as no result
  });
}

/** A date cell's content (a Date, or a formula's serial) as ISO text. */
function isoOf(x: unknown): string {
  const ms = x instanceof Date ? x.getTime() : (Number(x) - 25_569) * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Every amount of the Structures and Gestionnaires sheets equals the engine's, to the cent; the
 * Échéancier lists the engine's payments (kind, date, budget year, amount).
 */
function expectEngineFigures(wb: ExcelJS.Workbook, result: ConventionResult, managerId?: string): void {
  const structures = result.structures.filter((s) => managerId === undefined || s.managerId === managerId);
  const managers = result.managers.filter((m) => managerId === undefined || m.id === managerId);
  const cents = (xs: unknown[]) => xs.map((x) => Math.round(Number(x) * 100));
  const engine = (rows: readonly object[], key: string) => rows.map((r) => Math.round(Number((r as Record<string, string>)[key]) * 100));
  for (const key of AMOUNT_KEYS) {
    expect([key, cents(column(wb.getWorksheet("Structures")!, AMOUNT_TERMS[key].label, structures.length))]).toEqual([
      key,
      engine(structures, key),
    ]);
    expect([key, cents(column(wb.getWorksheet("Gestionnaires")!, AMOUNT_TERMS[key].label, managers.length))]).toEqual([
      key,
      engine(managers, key),
    ]);
  }
  const payments = result.payments.filter((p) => managerId === undefined || p.managerId === managerId);
  const schedule = wb.getWorksheet("Échéancier")!;
  const n = payments.length;
  const [ids, kinds, dates, exercices, amounts] = ["Identifiant", "Nature", "Date", "Exercice budgétaire", "Montant"].map((h) =>
    column(schedule, h, n),
  );
  const rows = ids.map((id, i) => ({
    structureId: id,
    kind: kinds[i],
    date: isoOf(dates[i]),
    exercice: exercices[i],
    amount: Math.round(Number(amounts[i]) * 100),
  }));
  expect(rows).toEqual(
    payments.map((p) => ({
      structureId: p.structureId,
      kind: PAYMENT_KIND_TERMS[p.kind].label,
      date: p.date,
      exercice: p.exercice,
      amount: Math.round(Number(p.amount) * 100),
    })),
  );
}

/** Pooled managers, caps (one with a fraction of a cent), deducted resources, repayments, a binding envelope. */
function pooledCapped(): ScenarioInput {
  const s = syntheticScenario({ structures: 60, seed: 11 });
  s.rules = { ...s.rules, deduction: "forfait_et_ressources", capPerStructure: 70000 };
  s.managers[0].pooled = true;
  s.managers[3].pooled = true;
  s.managers[1].structures[0].cap = 20000.5;
  s.managers[3].structures[1].cap = 15000;
  s.managers[2].structures[0].resources = [
    { label: "Contribution communale", amount: 4000.5, deducted: true },
    { label: "Mécénat", amount: 1200 },
  ];
  s.managers[2].structures[1].actualPayroll = 20000; // far below the forecast: a repayment
  // A bus (an investment grant, outside the remaining cost), and a manager paid on its own dates, its acomptes in 2023.
  s.managers[4].structures[0].resources = [{ label: "Bus", grant: "bus_banque_territoires" }];
  // An indice majoré below the minimum de traitement from May 2022 (352): paid on the minimum those months.
  s.managers[1].structures[1].agents = [
    ...(s.managers[1].structures[1].agents ?? []),
    { name: "Agent à l'indice 340", indiceMajore: 340, status: "contractuel" },
  ];
  s.managers[4].advanceDate = "2023-02-15";
  s.managers[4].balanceDate = "2024-03-31";
  return s;
}

/** The pooled and capped scenario under the other rules (the deduction taken after the rate, the envelope shared again). */
function pooledOtherRules(): ScenarioInput {
  const s = pooledCapped();
  s.rules = { ...s.rules, finalPayment: "redistribue", shareBase: "part_moins_forfait" };
  return s;
}

/** The example under the other rules: the envelope shared again on the final requests, the deduction taken from the rate × payroll. */
function otherRules(): ScenarioInput {
  const s = structuredClone(VOSGES_2022_EXAMPLE) as ScenarioInput;
  s.rules = { ...s.rules, finalPayment: "redistribue", shareBase: "part_moins_forfait" };
  return s;
}

/** The figure beside a label of the Convention sheet (column A → B), a formula's result. */
function conventionValue(wb: ExcelJS.Workbook, label: string): unknown {
  const ws = wb.getWorksheet("Convention")!;
  for (let r = 1; r <= ws.rowCount; r++) {
    if (ws.getCell(r, 1).value !== label) continue;
    const v = ws.getCell(r, 2).value;
    return typeof v === "object" && v !== null && "formula" in v ? (v.result ?? 0) : v;
  }
  throw new Error(`« ${label} » absent de la feuille Convention`);
}

/** The Budget sheet's figures by budget year, as the engine's record (label rows under their year). */
function budgetYears(wb: ExcelJS.Workbook): Record<string, Record<string, string>> {
  const ws = wb.getWorksheet("Budget")!;
  const out: Record<string, Record<string, string>> = {};
  const keys = Object.entries(BUDGET_YEAR_TERMS);
  ws.eachRow((row, r) => {
    if (r < 4) return;
    const label = String(row.getCell(1).value ?? "");
    const year = row.getCell(3).value;
    const key = keys.find(([, t]) => label === t.label || label === `${t.label} ${String(year)}`)?.[0];
    if (!key || typeof year !== "number") return;
    const v = row.getCell(4).value;
    const n = Number(typeof v === "object" && v !== null && "formula" in v ? (v.result ?? 0) : v);
    (out[String(year)] ??= {})[key] = n.toFixed(2);
  });
  return out;
}

/** A non-binding envelope, the « part État » deduction, 75 % and a 30 % advance (halves of cents), every manager pooled but one. */
function looseEnvelope(): ScenarioInput {
  const s = syntheticScenario({ structures: 40, seed: 5 });
  s.rules = { rate: 0.75, advanceRate: 0.3, envelope: 100_000_000, deduction: "etat", pooling: true };
  s.managers[2].pooled = false;
  return s;
}

describe("the workbook read back with ExcelJS", () => {
  const result = computed(VOSGES_2022_EXAMPLE, { traces: false });
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await load(await toWorkbook(result, VOSGES_2022_EXAMPLE));
  });

  test("has the sheets in reading order, frozen headers, print titles and French euro formats", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS);
    const s = wb.getWorksheet("Structures")!;
    expect(s.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(s.pageSetup.printTitlesRow).toBe("3:3");
    const at = (s.getRow(3).values as unknown[]).indexOf("Attribution prévisionnelle");
    expect(at).toBe(20); // column T: after the identity, the inputs of the rule and the request
    const allocated = s.getCell(4, at);
    expect(allocated.numFmt).toBe('#,##0.00 "€";[Red]-#,##0.00 "€"'); // shown « 1 234,56 € » in French
    expect(s.getColumn(3).width).toBe(30);
  });

  test("the cover note says what the file is, that the figures are illustrative, and which version made it", () => {
    const c = wb.getWorksheet("Convention")!;
    const text = [2, 3, 4, 5, 6, 7].map((r) => String(c.getCell(r, 1).value)).join("\n");
    expect(text).toContain("convention départementale France Services de 2022");
    expect(text).toContain("CHIFFRES ILLUSTRATIFS");
    expect(text).toMatch(/Produit par france-services-ctec \d+\.\d+\.\d+, paramètres de référence au \d+/);
    expect(text).toContain(
      "Règles : attribution finale « Plafonné au montant de la convention », part du Département « taux × (masse salariale − déduction) ».",
    );
    expect(text).toMatch(/Cellules ambrées dans ce classeur : .*\d+ \(mutualisation\)/);
    expect(text).toMatch(/Cellules ambrées dans ce classeur : .*\d+ \(demi-centime\)/);
  });

  test("every amount is the engine's figure, and no formula calls the add-in's functions", () => {
    expectEngineFigures(wb, result);
    const formulas: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => void (c.formula && formulas.push(c.formula)))));
    expect(formulas.length).toBeGreaterThan(600);
    expect(formulas.filter((f) => /FS\.|_xll|_xldudf/i.test(f))).toEqual([]);
    expect(formulas).toContain("ROUND(I4*J4*K4*L4/12,2)"); // an agent line's payroll
  });

  test("inputs are values in the input style; the parameters carry their date, status and source", () => {
    const p = wb.getWorksheet("Paramètres")!;
    const names = column(p, "Paramètre", 40).filter(Boolean);
    expect(names).toEqual(expect.arrayContaining(["forfait.total", "departement.taux", "departement.enveloppe", "point.annuel"]));
    const forfait = names.indexOf("forfait.total") + 4;
    expect(p.getCell(forfait, 3).value).toBe(30000);
    expect(p.getCell(forfait, 6).value).toBe("Source publiée");
    expect(String(p.getCell(forfait, 7).value)).not.toBe("");
    expect(p.getCell(forfait, 3).fill).toMatchObject({ fgColor: { argb: "FFDDEBF7" } });
  });

  test("text typed by users stays text: a name that looks like a formula is not one", async () => {
    const scenario = structuredClone(VOSGES_2022_EXAMPLE) as ScenarioInput;
    scenario.managers[0].name = '=HYPERLINK("http://x";"clic")';
    scenario.managers[0].structures[0].name = "+1+1";
    const r = computed(scenario, { traces: false });
    const book = await load(await toWorkbook(r, scenario));
    expect(book.getWorksheet("Gestionnaires")!.getCell("B4").value).toBe('=HYPERLINK("http://x";"clic")');
    expect(book.getWorksheet("Structures")!.getCell("C4").value).toBe("+1+1");
  });

  test("a manager's file holds its structures, its agents and its figures; an unknown manager is refused", async () => {
    const m = result.managers[1];
    const one = await load(await toManagerWorkbook(result, VOSGES_2022_EXAMPLE, m.id));
    expect(one.worksheets.map((w) => w.name)).toEqual(["Convention", "Gestionnaires", "Structures", "Agents", "Échéancier", "Paramètres"]);
    expectEngineFigures(one, result, m.id);
    expect(column(one.getWorksheet("Structures")!, "Identifiant", m.structures + 1)).toEqual([
      ...result.structures.filter((s) => s.managerId === m.id).map((s) => s.id),
      0,
    ]);
    await expect(toManagerWorkbook(result, VOSGES_2022_EXAMPLE, "inconnu")).rejects.toThrow("gestionnaire inconnu « inconnu »");
  });

  test("a manager's file lists the convention's warnings and its own, not the other managers'", async () => {
    const text = (wb: ExcelJS.Workbook) => {
      const lines: string[] = [];
      wb.getWorksheet("Convention")!.eachRow((row) => void lines.push(String(row.getCell(1).value ?? "")));
      return lines.join("\n");
    };
    const d = text(await load(await toManagerWorkbook(result, VOSGES_2022_EXAMPLE, "cc-d-ill")));
    expect(d).toContain("managers[3].structures[0] : "); // its reversement and its objectives
    expect(d).toContain("parameters.contractuel.cdg : "); // an estimated parameter, for everyone
    expect(d).not.toMatch(/managers\[[0-24-6]\]/);
    expect(text(wb)).toContain("managers[6].structures[1] : ");
  });

  test("managerWorkbooks (the scenario validated once) gives each manager the same file as toManagerWorkbook", async () => {
    const file = managerWorkbooks(result, VOSGES_2022_EXAMPLE);
    const cells = (wb: ExcelJS.Workbook) => {
      const out: unknown[] = [];
      wb.eachSheet((ws) => ws.eachRow((row, r) => row.eachCell((c) => void out.push([ws.name, r, c.col, c.value]))));
      return out;
    };
    for (const id of ["cc-b-ill", "petr-g-ill"]) {
      const [a, b] = await Promise.all([file(id), toManagerWorkbook(result, VOSGES_2022_EXAMPLE, id)]);
      expect(cells(await load(a))).toEqual(cells(await load(b)));
    }
    await expect(file("inconnu")).rejects.toThrow("gestionnaire inconnu « inconnu »");
    expect(() => managerWorkbooks(result, { year: 2022, managers: [] } as never)).toThrow();
  });
});

const missing = SOFFICE ? undefined : "soffice est absent (apt-get install -y libreoffice-calc-nogui)";
if (missing && process.env.CI) throw new Error(`recalcul LibreOffice impossible en CI : ${missing}`);
if (missing) console.warn(`Recalcul des classeurs par LibreOffice ignoré : ${missing}.`);
const suite = missing ? describe.skip : describe;

suite(`the workbooks recalculated by LibreOffice${missing ? ` (ignoré : ${missing})` : ""}`, () => {
  interface Case {
    name: string;
    scenario: ScenarioInput;
    result: ConventionResult;
    managerId?: string;
    workbook?: ExcelJS.Workbook;
    stats?: WorkbookStats;
    recalculated?: ExcelJS.Workbook;
  }
  const example = computed(VOSGES_2022_EXAMPLE, { traces: false });
  const other = otherRules();
  const otherResult = computed(other, { traces: false });
  const pooled = pooledCapped();
  const pooledResult = computed(pooled, { traces: false });
  const pooledOther = pooledOtherRules();
  const loose = looseEnvelope();
  const national = syntheticScenario();
  const nationalResult = computed(national, { traces: false });
  const cases: Case[] = [
    { name: "exemple", scenario: VOSGES_2022_EXAMPLE, result: example },
    ...example.managers.map((m) => ({ name: `exemple-${m.id}`, scenario: VOSGES_2022_EXAMPLE, result: example, managerId: m.id })),
    { name: "exemple-redistribue-part", scenario: other, result: otherResult },
    { name: "exemple-redistribue-part-petr-g-ill", scenario: other, result: otherResult, managerId: "petr-g-ill" },
    { name: "mutualise-plafonne", scenario: pooled, result: pooledResult },
    { name: "mutualise-plafonne-g1", scenario: pooled, result: pooledResult, managerId: "g1" },
    { name: "mutualise-autres-regles", scenario: pooledOther, result: computed(pooledOther, { traces: false }) },
    { name: "mutualise-autres-regles-g4", scenario: pooledOther, result: computed(pooledOther, { traces: false }), managerId: "g4" },
    { name: "enveloppe-large", scenario: loose, result: computed(loose, { traces: false }) },
    { name: "national", scenario: national, result: nationalResult },
    { name: "national-g2", scenario: national, result: nationalResult, managerId: "g2" },
  ];
  const dir = mkdtempSync(join(tmpdir(), "fs-ctec-xlsx-"));

  beforeAll(async () => {
    const files: string[] = [];
    for (const c of cases) {
      const built = await buildWorkbook(c.result, c.scenario, c.managerId);
      c.workbook = built.workbook;
      c.stats = built.stats;
      const path = join(dir, `${c.name}.xlsx`);
      writeFileSync(path, Buffer.from(await built.workbook.xlsx.writeBuffer()));
      files.push(path);
    }
    const out = recalculate(files, join(dir, "recalcule"));
    for (const [i, c] of cases.entries()) {
      c.recalculated = new ExcelJS.Workbook();
      await c.recalculated.xlsx.readFile(out.get(files[i]) as string);
    }
  }, 15 * 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const byName = (name: string) => cases.find((c) => c.name === name) as Case;

  test("the scenarios hold what they are meant to: pooled managers, binding caps, repayments, binding and loose envelopes", () => {
    const [pooledCase, looseCase, nationalCase] = [byName("mutualise-plafonne"), byName("enveloppe-large"), byName("national")];
    expect(example.totals.unused).toBe("0.00");
    expect(Number(example.totals.repayment)).toBeGreaterThan(0);
    expect(example.managers.some((m) => m.pooled)).toBe(true);
    expect(pooledCase.result.managers.filter((m) => m.pooled).length).toBe(2);
    expect(pooledCase.result.structures.some((s) => s.requested === "70000.00" || s.requested === "15000.00")).toBe(true);
    expect(Number(pooledCase.result.totals.repayment)).toBeGreaterThan(0);
    expect(pooledCase.result.totals.unused).toBe("0.00");
    expect(Number(looseCase.result.totals.unused)).toBeGreaterThan(0);
    expect(nationalCase.result.totals.structures).toBe(2800);
    // The rules: « plafonné » leaves credits unspent in the example; the other rules are the example's alternative.
    expect(example.rules).toMatchObject({ finalPayment: "plafonne", shareBase: "masse_moins_forfait" });
    expect(example.totals.finalUnused).toBe("28353.62");
    expect(otherResult.rules).toMatchObject({ finalPayment: "redistribue", shareBase: "part_moins_forfait" });
    expect(Number(example.totals.investmentGrants)).toBeGreaterThan(0);
    expect(Number(pooledCase.result.totals.investmentGrants)).toBeGreaterThan(0);
    expect(Object.keys(pooledCase.result.budget.byExercice)).toEqual(["2022", "2023", "2024"]);
    expect(Number(pooledCase.result.budget.byExercice["2023"].advances)).toBeGreaterThan(0);
    expect(looseCase.result.budget.balanceRate).toBe("1.0000");
    expect(pooledCase.result.parametersUsed.map((p) => p.name)).toContain("indice.minimum");
    expect(example.budget.balanceRate).toBe("0.6973");
  });

  test("the capped final amount by hand: CC D's 32 537,47 € × 4 800 / 37 329,20 = 4 183,85 €, a reversement of 16 268,74 − 4 183,85 = 12 084,89 €", () => {
    const wb = byName("exemple").recalculated!;
    const s = wb.getWorksheet("Structures")!;
    const row = 4 + example.structures.findIndex((x) => x.id === "fs-d1");
    const header = (label: string) => (s.getRow(3).values as unknown[]).indexOf(label);
    const value = (label: string) => {
      const v = s.getCell(row, header(label)).value;
      return typeof v === "object" && v !== null && "formula" in v ? v.result : v;
    };
    expect([value("Attribution prévisionnelle"), value("Part du Département demandée"), value("Demande finale")]).toEqual([
      32537.47, 37329.2, 4800,
    ]);
    expect(s.getCell(row, header("Attribution finale")).formula).toMatch(/^IF\(\w+=0,0,ROUND\(\w+\*MIN\(1,\w+\/\w+\),2\)\)$/);
    expect(value("Attribution finale")).toBe(4183.85);
    const e = wb.getWorksheet("Échéancier")!;
    const reversement = e.getRow(4 + 2 * example.structures.findIndex((x) => x.id === "fs-d1") + 1);
    expect(reversement.getCell(4).value).toBe("Reversement (titre de recette)");
    expect(reversement.getCell(5).value).toMatchObject({ result: new Date(Date.UTC(2023, 5, 30)) }); // a date, its manager's
    expect(reversement.getCell(5).numFmt).toBe("dd/mm/yyyy");
    expect(reversement.getCell(6).value).toMatchObject({ result: 2023 });
    expect(reversement.getCell(7).value).toMatchObject({ result: 12084.89 });
  });

  test("an indice majoré below the minimum de traitement is paid on it: MAX(IM; minimum) in the month's ROUND, as baseSalary", () => {
    const agents = byName("mutualise-plafonne").recalculated!.getWorksheet("Agents")!;
    let row = 0;
    agents.eachRow((r, i) => void (r.getCell(3).value === "Agent à l'indice 340" && (row = i)));
    const base = agents.getCell(row, 6);
    expect(base.formula).toMatch(/MAX\(E\d+,'?Paramètres'?!\$C\$\d+\)/); // LibreOffice drops the quotes
    expect(base.result).toBe(Number(baseSalary(340, 2022)));
    expect(Number(baseSalary(340, 2022))).toBeGreaterThan(Number(baseSalary(340, 2022, undefined, { minimum: false })));
  });

  test.each(cases.filter((c) => c.managerId === undefined).map((c) => [c.name, c] as const))(
    "%s: the budget by exercice, the unspent credits and the balance rate's checks are the engine's",
    (_name, c) => {
      const wb = c.recalculated!;
      expect(budgetYears(wb)).toEqual(c.result.budget.byExercice);
      expect(Number(conventionValue(wb, "Crédits non consommés")).toFixed(2)).toBe(c.result.totals.finalUnused);
      expect(conventionValue(wb, "Taux d'équilibre")).toBe(Number(c.result.budget.balanceRate));
      expect(conventionValue(wb, "Contrôle : les demandes tiennent à ce taux")).toBe(true);
      const above = conventionValue(wb, "Contrôle : elles tiennent à ce taux + 0,0001 (FAUX attendu)");
      if (c.result.budget.balanceRate === "1.0000") expect(above).toMatch(/aucun taux au-dessus/);
      else expect([true, 1].includes(above as never)).toBe(false);
      expect(conventionValue(wb, "Attribution finale : règle")).toBe(
        c.result.rules.finalPayment === "plafonne" ? "Plafonné au montant de la convention" : "Enveloppe répartie à nouveau sur le réalisé",
      );
      expect(conventionValue(wb, "Lecture de la règle")).toBe(
        c.result.rules.shareBase === "masse_moins_forfait" ? "taux × (masse salariale − déduction)" : "taux × masse salariale − déduction",
      );
    },
  );

  test.each(cases.map((c) => [c.name, c] as const))("%s: no error cell, every formula cell equals the engine's figure", (_name, c) => {
    const { formulas, problems } = compareRecalculated(c.workbook!, c.recalculated!);
    expect(problems.slice(0, 20)).toEqual([]);
    expect(formulas).toBeGreaterThan(c.result.structures.filter((s) => c.managerId === undefined || s.managerId === c.managerId).length);
    // A value beside a check is written for floating point or pooling, never because a formula disagreed with the engine.
    expect(c.stats!.checked["écart"]).toBeUndefined();
    expectEngineFigures(c.recalculated!, c.result, c.managerId);
    const halves = roundingChecks(c.recalculated!);
    expect(halves.problems).toEqual([]);
    // Every half but an indice's monthly salary (its check is one month's amount) is checked here.
    const halvesWritten = c.stats!.checked["demi-centime"] ?? 0;
    expect(halves.checked).toBeLessThanOrEqual(halvesWritten);
    expect(halves.checked > 0).toBe(halvesWritten > 0);
  });
});
