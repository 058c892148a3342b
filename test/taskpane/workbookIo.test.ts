import { compute, VOSGES_2022_EXAMPLE, type ScenarioInput } from "../../calc";
import { excelPort } from "../../src/taskpane/workbook/excelPort";
import { computeAndWrite, createInputTables, readConvention, writeSimulation } from "../../src/taskpane/workbook/operations";
import { OWNED_SHEETS_KEY, writeSheets, type Conflict, WriteError } from "../../src/taskpane/workbook/safeWrite";
import { loadState, saveState } from "../../src/taskpane/state/persist";
import { MockWorkbook } from "./excelMock";

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));
const accept = async () => true;
const refuse = async () => false;
const INPUT_SHEETS = ["Convention", "Gestionnaires", "Structures", "Agents", "Ressources", "Objectifs", "Budget"];
const RESULT_SHEETS = ["Résultats structures", "Résultats gestionnaires", "Échéancier", "Budget Département", "Avertissements"];

function setup() {
  const wb = new MockWorkbook();
  wb.addSheet("Feuil1", { A1: "mes notes" });
  return { wb, port: excelPort(wb.run) };
}

/** Puts a value in a cell of the mock, as a user typing it would. */
function type(wb: MockWorkbook, sheet: string, address: string, value: string | number) {
  const cell = wb.cell(sheet, address);
  if (!cell) throw new Error(`cellule vide ${address}`);
  cell.value = value;
}

describe("input tables", () => {
  test("are created as Excel tables with headers, drop-down lists and number formats", async () => {
    const { wb, port } = setup();
    const out = await createInputTables(port, VOSGES_2022_EXAMPLE, accept);
    expect(out.cancelled).toBeFalsy();
    expect(wb.sheets.map((s) => s.name)).toEqual(["Feuil1", ...INPUT_SHEETS]);
    expect(wb.tables.map((t) => t.name)).toEqual([
      "FS_Convention",
      "FS_Gestionnaires",
      "FS_Structures",
      "FS_Agents",
      "FS_Ressources",
      "FS_Objectifs",
      "FS_Budget",
    ]);
    // Agents: header row 4, 34 agents in the example → A4:J38.
    expect(wb.tables.find((t) => t.name === "FS_Agents")?.address).toBe("A4:J38");
    expect(wb.values(wb.sheet("Agents"), "A4:C4")).toEqual([["Structure (identifiant)", "Nom", "Statut"]]);
    expect(wb.value("Agents", "A5")).toBe("fs-a1");
    expect(wb.value("Agents", "D5")).toBe(382);
    expect(wb.cell("Agents", "D5")?.format).toBe("0");
    expect(wb.cell("Structures", "H5")?.format).toBe('#,##0.00 "€"');
    expect(wb.cell("Structures", "E5")?.format).toBe("dd/mm/yyyy");
    expect(wb.value("Structures", "E5")).toBe(43831); // 2020-01-01 as an Excel date
    expect(wb.cell("Agents", "C5")?.validation).toMatchObject({
      rule: { list: { inCellDropDown: true, source: "titulaire,contractuel" } },
    });
    expect(wb.cell("Agents", "H5")?.validation).toMatchObject({
      rule: { decimal: { formula1: 0, formula2: 1, operator: "Between" } },
      errorAlert: { style: "Stop" },
    });
    expect(wb.sheet("Agents").frozenRows).toBe(4);
    expect(wb.value("Feuil1", "A1")).toBe("mes notes");
  });

  test("read back give the same scenario, which computes to the 409 045,00 € envelope", async () => {
    const { port } = setup();
    await createInputTables(port, VOSGES_2022_EXAMPLE, accept);
    const read = await readConvention(port, {});
    expect(read.issues).toEqual([]);
    if (!read.ok) throw new Error("lecture");
    const back = compute(read.scenario, { traces: false });
    const original = compute(VOSGES_2022_EXAMPLE, { traces: false });
    if (!back.ok || !original.ok) throw new Error("calcul");
    expect(back.result.totals.allocated).toBe("409045.00");
    expect(back.result.structures).toEqual(original.result.structures);
    expect(back.result.budget).toEqual(original.result.budget);
  });

  test("the payment rules, a manager's dates and a resource's nature and recurrence go through the sheets and back", async () => {
    const { port } = setup();
    const s = clone(VOSGES_2022_EXAMPLE) as ScenarioInput;
    s.rules = { ...s.rules, finalPayment: "redistribue", shareBase: "part_moins_forfait", advanceDate: "2022-11-30" };
    s.managers[1].balanceDate = "2023-04-15";
    const bus = s.managers[1].structures[1].resources![0];
    Object.assign(bus, { nature: "investissement", recurrence: "ponctuelle", year: 2022 });
    await createInputTables(port, s, accept);
    const read = await readConvention(port, {});
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.scenario.rules).toMatchObject({ finalPayment: "redistribue", shareBase: "part_moins_forfait", advanceDate: "2022-11-30" });
    expect(read.scenario.managers[1].balanceDate).toBe("2023-04-15");
    expect(read.scenario.managers[1].structures[1].resources?.[0]).toMatchObject({
      nature: "investissement",
      recurrence: "ponctuelle",
      year: 2022,
    });
    const back = compute(read.scenario, { traces: false });
    const original = compute(s, { traces: false });
    if (!back.ok || !original.ok) throw new Error("calcul");
    expect(back.result.payments).toEqual(original.result.payments);
    expect(back.result.rules).toEqual(original.result.rules);
  });

  test("every validation error comes with its sheet and cell", async () => {
    const { wb, port } = setup();
    await createInputTables(port, VOSGES_2022_EXAMPLE, accept);
    type(wb, "Agents", "H6", 1.5); // managers[0].structures[0].agents[1].fte
    type(wb, "Structures", "D6", "bateau"); // managers[0].structures[1].kind
    type(wb, "Agents", "A7", "fs-inconnue"); // an agent of no known structure
    type(wb, "Convention", "B9", 0.8); // « Taux du Département » row 9 is rules.rate: fine
    type(wb, "Convention", "B11", 2); // rules.advanceRate
    const read = await readConvention(port, {});
    expect(read.ok).toBe(false);
    const where = read.issues.map((i) => [i.address, i.code]);
    expect(where).toEqual(
      expect.arrayContaining([
        ["Agents!H6", "hors_bornes"],
        ["Structures!D6", "valeur_inconnue"],
        ["Agents!A7", "valeur_inconnue"],
        ["Convention!B11", "taux_invalide"],
      ]),
    );
    expect(read.issues.find((i) => i.address === "Agents!H6")).toMatchObject({
      sheet: "Agents",
      column: "Quotité (ETP)",
      message: expect.stringContaining("entre 0 et 1"),
    });
    expect(read.issues).toHaveLength(4);
  });

  test("recreating them asks first, since they hold what users typed", async () => {
    const { wb, port } = setup();
    await createInputTables(port, VOSGES_2022_EXAMPLE, accept);
    type(wb, "Agents", "B5", "Mme Dupont");
    const asked: Conflict[][] = [];
    const out = await createInputTables(port, VOSGES_2022_EXAMPLE, async (c) => (asked.push([...c]), false));
    expect(out.cancelled).toBe(true);
    expect(asked[0].map((c) => [c.name, c.reason])).toEqual(INPUT_SHEETS.map((n) => [n, "user-data"]));
    expect(wb.value("Agents", "B5")).toBe("Mme Dupont");
  });
});

describe("result sheets", () => {
  test("are written as tables with totals and a chart, and replaced on the next run without asking", async () => {
    const { wb, port } = setup();
    await createInputTables(port, VOSGES_2022_EXAMPLE, accept);
    const first = await computeAndWrite(port, {}, refuse);
    if (!first.ok) throw new Error(JSON.stringify(first.issues));
    expect(first.result.totals.allocated).toBe("409045.00");
    expect(wb.sheets.map((s) => s.name)).toEqual(["Feuil1", ...INPUT_SHEETS, ...RESULT_SHEETS]);
    const t = wb.tables.find((x) => x.name === "FS_R_Gestionnaires");
    expect(t?.showTotals).toBe(true);
    // 7 managers: header row 4, rows 5–11, totals row 12. Columns: A–E name, id, kind, structures,
    // FTE; then the amounts from F: payroll, other costs, forfait, other resources, investment
    // grants (J), deduction, requested, « Attribution prévisionnelle » (M), advance, actual payroll,
    // final (P, the final request and the repayment are not shown).
    expect(wb.value("Résultats gestionnaires", "J4")).toBe("Subventions d'investissement");
    expect(wb.value("Résultats gestionnaires", "M4")).toBe("Attribution prévisionnelle");
    expect(wb.cell("Résultats gestionnaires", "M12")?.formula).toBe("=SUBTOTAL(109,M5:M11)");
    const cents = (range: string) =>
      (wb.values(wb.sheet("Résultats gestionnaires"), range).flat() as number[]).map((n) => Math.round(n * 100));
    const allocated = cents("M5:M11");
    expect(allocated.reduce((a, b) => a + b, 0)).toBe(40904500);
    // Under the default « plafonne » rule no final exceeds its allocation, and the finals sum to
    // 380 691,38 €: 409 045,00 − 28 353,62 € withheld by the evaluation (« Crédits non consommés »).
    expect(wb.value("Résultats gestionnaires", "P4")).toBe("Attribution finale");
    const finals = cents("P5:P11");
    expect(finals.reduce((a, b) => a + b, 0)).toBe(38069138);
    finals.forEach((f, i) => expect(f).toBeLessThanOrEqual(allocated[i]));
    expect(wb.sheet("Résultats gestionnaires").charts).toEqual([
      {
        type: "ColumnStacked",
        title: expect.stringContaining("D'où vient l'argent"),
        series: ["série 1", "Autres ressources", "Attribution prévisionnelle", "Reste à charge prévisionnel"],
      },
    ]);
    // Expenses: the finals paid 380 691,38 + coordinator 56 498 + legal support 10 752 = 447 941,38.
    expect(wb.value("Budget Département", "B11")).toBe(447941.38);
    // The payments below the schedule: 12 structures, header row 4, rows 5–16, totals 17; payments from row 20.
    const payments = wb.tables.find((x) => x.name === "FS_R_Paiements");
    expect(payments?.address).toBe("A20:F44");
    expect(wb.values(wb.sheet("Échéancier"), "A21:F22")).toEqual([
      [expect.any(String), "France Services A1 (illustratif)", "Acompte", 44910, 2022, expect.any(Number)],
      [expect.any(String), "France Services A1 (illustratif)", "Solde", 45107, 2023, expect.any(Number)],
    ]);
    // Paid less received: 204 522,53 + 188 253,74 − 12 084,89 = 380 691,38 €, the finals.
    const signed = (wb.values(wb.sheet("Échéancier"), "F21:F44").flat() as number[]).map((n) => Math.round(n * 100));
    expect(signed.reduce((a, b) => a + b, 0)).toBe(38069138);
    // The budget by exercice, after the unspent credits and the balance rate.
    const labels = wb.values(wb.sheet("Budget Département"), "A11:B20");
    expect(labels).toContainEqual(["Crédits non consommés", 28353.62]);
    expect(labels).toContainEqual(["Taux d'équilibre", 0.6973]);
    const years = wb.tables.find((x) => x.name === "FS_R_Exercices");
    const top = Number(years?.address.match(/^A(\d+):/)?.[1]);
    expect(wb.values(wb.sheet("Budget Département"), `A${top}:G${top + 2}`)).toEqual([
      [
        "Exercice budgétaire",
        "Acomptes versés",
        "Soldes versés",
        "Reversements (recettes)",
        "Autres dépenses du Département",
        "Autres recettes du Département",
        "Coût net de l'exercice",
      ],
      [2022, 204522.53, 0, 0, 67250, 0, 271772.53],
      [2023, 0, 188253.74, 12084.89, 0, 0, 176168.85],
    ]);
    const ids = wb.sheets.map((s) => s.id);

    // Result sheets as the add-in wrote them: a new run replaces them, asking nothing.
    const second = await computeAndWrite(port, {}, refuse);
    expect(second.ok && second.write.cancelled).toBeFalsy();
    expect(wb.sheets.map((s) => s.name)).toEqual(["Feuil1", ...INPUT_SHEETS, ...RESULT_SHEETS]);
    expect(wb.sheets.slice(8).map((s) => s.id)).not.toEqual(ids.slice(8));
    const owned = JSON.parse(wb.settings.get(OWNED_SHEETS_KEY) ?? "[]");
    expect(owned.map((o: { name: string }) => o.name).sort()).toEqual([...INPUT_SHEETS, ...RESULT_SHEETS].sort());
  });

  test("a sheet of the same name that the add-in did not create is replaced only with consent", async () => {
    const { wb, port } = setup();
    await createInputTables(port, VOSGES_2022_EXAMPLE, accept);
    wb.addSheet("Échéancier", { A1: "mon échéancier", B2: 1234 });
    const asked: Conflict[][] = [];
    const declined = await computeAndWrite(port, {}, async (c) => (asked.push([...c]), false));
    expect(declined.ok && declined.write.cancelled).toBe(true);
    expect(asked).toEqual([[{ name: "Échéancier", reason: "not-ours" }]]);
    expect(wb.value("Échéancier", "A1")).toBe("mon échéancier");
    expect(wb.sheets.some((s) => s.name === "Résultats structures")).toBe(false);

    const agreed = await computeAndWrite(port, {}, accept);
    expect(agreed.ok && !agreed.write.cancelled).toBe(true);
    expect(wb.value("Échéancier", "A1")).toBe("Échéancier des paiements : acompte à la signature (taux 50 %), solde après l'évaluation");
  });

  test("a failure midway leaves every sheet as it was and says what happened", async () => {
    const { wb, port } = setup();
    await createInputTables(port, VOSGES_2022_EXAMPLE, accept);
    await computeAndWrite(port, {}, accept);
    const before = wb.sheets.map((s) => ({ id: s.id, name: s.name, cells: JSON.stringify([...s.cells]) }));
    const registry = wb.settings.get(OWNED_SHEETS_KEY);
    wb.failOnAdd = (_name, i) => i === 2;
    const error = await computeAndWrite(port, {}, accept).catch((e) => e);
    expect(error).toBeInstanceOf(WriteError);
    expect(error.message).toMatch(
      /^L'écriture de « Échéancier » a échoué : Erreur Excel simulée.*Rien n'a été modifié : vos feuilles et celles du complément sont comme avant\.$/,
    );
    expect(wb.sheets.map((s) => ({ id: s.id, name: s.name, cells: JSON.stringify([...s.cells]) }))).toEqual(before);
    expect(wb.settings.get(OWNED_SHEETS_KEY)).toBe(registry);
  });
});

describe("user text", () => {
  const tricky = ['=HYPERLINK("http://exemple.invalid","clic")', "+33 6 12 34 56 78", "-1", "@x", "0123"];

  test("names that look like formulas or numbers are written as text, never interpreted", async () => {
    const { wb, port } = setup();
    const s = clone(VOSGES_2022_EXAMPLE) as ScenarioInput;
    const agents = s.managers[0].structures[0].agents!;
    [tricky[1], tricky[2], tricky[3]].forEach((name, i) => (agents[i].name = name));
    s.managers[1].name = tricky[0];
    s.managers[2].name = tricky[4];
    await createInputTables(port, s, accept);
    // Agents A1-1, A1-2, A1-3 are rows 5, 6, 7 of the Agents sheet.
    expect(wb.cell("Agents", "B5")).toMatchObject({ value: "+33 6 12 34 56 78", format: "@" });
    expect(wb.cell("Agents", "B6")).toMatchObject({ value: "-1", format: "@" });
    expect(wb.cell("Agents", "B7")).toMatchObject({ value: "@x", format: "@" });
    expect(wb.cell("Gestionnaires", "B6")).toMatchObject({ value: tricky[0], format: "@" });
    expect(wb.cell("Gestionnaires", "B6")?.formula).toBeUndefined();
    expect(wb.cell("Gestionnaires", "B7")).toMatchObject({ value: "0123", format: "@" });
    // (Had the values gone in before the text format, the mock would hold formulas here, as Excel would.)

    const read = await readConvention(port, {});
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.scenario.managers.map((m) => m.name).slice(1, 3)).toEqual([tricky[0], "0123"]);
    expect(read.scenario.managers[0].structures[0].agents?.map((a) => a.name)).toEqual(["+33 6 12 34 56 78", "-1", "@x"]);

    const out = await computeAndWrite(port, {}, accept);
    expect(out.ok).toBe(true);
    expect(wb.cell("Résultats gestionnaires", "A6")).toMatchObject({ value: tricky[0], format: "@" });
    expect(wb.cell("Résultats gestionnaires", "A6")?.formula).toBeUndefined();
  });

  test("the mock itself turns such text into a formula when it is not formatted as text", async () => {
    const wb = new MockWorkbook();
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add("Essai");
      ws.getRange("A1").values = [[tricky[0]]];
      await ctx.sync();
    });
    expect(wb.cell("Essai", "A1")?.formula).toBe(tricky[0]);
  });
});

describe("simulation sheet", () => {
  test("uses the FS functions so the model stays live in Excel", async () => {
    const { wb, port } = setup();
    const out = await writeSimulation(port, VOSGES_2022_EXAMPLE, {}, 0, accept);
    expect("written" in out && out.written.map((w) => w.name)).toEqual(["Simulation ca-epinal-ill"]);
    const sheet = "Simulation ca-epinal-ill";
    // Parameters B5:B7, agents table from row 9: A1-1 (indice majoré, titulaire) is row 10.
    expect(wb.value(sheet, "B5")).toBe(2022);
    expect(wb.cell(sheet, "G10")?.formula).toBe("=FS.LOADED_COST(FS.BASE_SALARY(D10,$B$5),F10)");
    expect(wb.cell(sheet, "F10")?.formula).toBe("=FS.EMPLOYER_RATE(C10,$B$5)");
    expect(wb.cell(sheet, "G12")).toMatchObject({ value: 41200 }); // A1-3: loaded cost typed
    expect(wb.cell(sheet, "K10")?.formula).toBe("=FS.PAYROLL(G10,H10,I10,J10)");
    // 6 agents (rows 10–15), totals row 16; structures table header at row 19, A1 on row 20.
    expect(wb.cell(sheet, "D20")?.formula).toBe("=FS.PAYROLL(G10:G12,H10:H12,I10:I12,J10:J12)");
    expect(wb.cell(sheet, "E20")?.formula).toBe('=FS.STATE_FORFAIT($B$5,"fixe",C20)');
    expect(wb.cell(sheet, "H20")?.formula).toBe("=FS.DEPT_SHARE(D20,E20,$B$6)");
    expect(wb.cell(sheet, "I20")?.formula).toBe("=FS.ADVANCE(H20,$B$7)");
    expect(wb.cell(sheet, "J20")?.formula).toBe("=FS.NET_COST(D20,E20,H20,F20)+G20");
    expect(wb.cell(sheet, "A20")).toMatchObject({ value: "France Services A1 (illustratif)", format: "@" });
  });
});

describe("saved state", () => {
  test("the scenario and the overrides are saved in the workbook and restored", async () => {
    const { wb, port } = setup();
    const store = { load: port.loadSetting, save: port.saveSetting };
    expect(await loadState(store)).toBeNull();
    const s = clone(VOSGES_2022_EXAMPLE) as ScenarioInput;
    s.managers[0].name = "=1+1";
    await saveState(store, s, { "departement.taux_acompte": "0.4" }, new Date("2026-11-23T10:00:00Z"));
    expect(wb.settings.size).toBe(2);
    const restored = await loadState(store);
    expect(restored).toEqual({ scenario: s, overrides: { "departement.taux_acompte": "0.4" }, savedAt: "2026-11-23T10:00:00.000Z" });
  });

  test("an unreadable saved state is reported, not replaced", async () => {
    const { wb, port } = setup();
    wb.settings.set("fs-ctec.scenario", "{pas du json");
    await expect(loadState({ load: port.loadSetting, save: port.saveSetting })).rejects.toThrow(
      /^Le scénario enregistré est illisible \(.*\) : il n'a pas été remplacé\.$/,
    );
    expect(wb.settings.get("fs-ctec.scenario")).toBe("{pas du json");
  });
});

test("writeSheets lists an empty sheet of another origin as replaceable without asking", async () => {
  const { wb, port } = setup();
  wb.addSheet("Avertissements");
  const asked: Conflict[][] = [];
  await writeSheets(
    port,
    [{ role: "x", name: "Avertissements", blocks: [{ type: "text", row: 1, lines: ["ok"] }] }],
    async (c) => (asked.push([...c]), true),
  );
  expect(asked).toEqual([]);
  expect(wb.value("Avertissements", "A1")).toBe("ok");
});
