import { VOSGES_2022_EXAMPLE, type ScenarioInput } from "../../calc";
import { excelPort } from "../../src/taskpane/workbook/excelPort";
import { JOURNAL_KEY } from "../../src/taskpane/workbook/journal";
import { computeAndWrite, createInputTables, writeSimulation } from "../../src/taskpane/workbook/operations";
import { OWNED_SHEETS_KEY, WriteError, type Conflict } from "../../src/taskpane/workbook/safeWrite";
import { MockWorkbook } from "./excelMock";

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));
const accept = async () => true;
const RESULT_SHEETS = ["Résultats structures", "Résultats gestionnaires", "Échéancier", "Budget Département", "Avertissements"];

function setup() {
  const wb = new MockWorkbook();
  wb.addSheet("Feuil1", { A1: "mes notes" });
  return { wb, port: excelPort(wb.run) };
}

/** Records what is asked, and answers `answer`. */
function recorder(answer: boolean) {
  const asked: Conflict[][] = [];
  return { asked, confirm: async (c: readonly Conflict[]) => (asked.push([...c]), answer) };
}

function withIds(...ids: string[]): ScenarioInput {
  const s = clone(VOSGES_2022_EXAMPLE) as ScenarioInput;
  ids.forEach((id, i) => (s.managers[i].id = id));
  return s;
}

const names = (wb: MockWorkbook) => wb.sheets.map((s) => s.name);
const temporary = (wb: MockWorkbook) => [
  ...names(wb).filter((n) => n.startsWith("~FS")),
  ...wb.tables.map((t) => t.name).filter((n) => /_[TA][0-9a-z]{6}$/.test(n)),
];

describe("names", () => {
  test("two 35-character ids sharing their first 31 characters get two sheets; writing one leaves the other", async () => {
    const { wb, port } = setup();
    const west = "communaute-de-communes-vosges-ouest";
    const east = "communaute-de-communes-vosges-est";
    const s = withIds(west, east);
    await writeSimulation(port, s, {}, 0, accept);
    const [first] = names(wb).slice(1);
    wb.sheet(first).cells.set("A40", { value: "ma note", format: "General" });
    const { asked, confirm } = recorder(false);
    const out = await writeSimulation(port, s, {}, 1, confirm);
    expect(asked).toEqual([]);
    expect("written" in out && !out.cancelled).toBe(true);
    const sims = names(wb).slice(1);
    expect(sims).toHaveLength(2);
    expect(sims.every((n) => n.length <= 31 && /^Simulation communaute- ~[0-9a-z]{7}$/.test(n))).toBe(true);
    expect(sims[0].toLowerCase()).not.toBe(sims[1].toLowerCase());
    expect(wb.value(first, "A40")).toBe("ma note");
    expect(wb.value(sims[1], "A1")).toBe("Simulation — Communauté de communes B (illustratif)");
  });

  test("ids a-b and a_b get different sheets and tables, and both writes succeed", async () => {
    const { wb, port } = setup();
    const s = withIds("a-b", "a_b");
    await writeSimulation(port, s, {}, 0, accept);
    await writeSimulation(port, s, {}, 1, accept);
    expect(names(wb)).toEqual(["Feuil1", "Simulation a-b", "Simulation a_b"]);
    const tables = wb.tables.map((t) => t.name);
    expect(new Set(tables.map((t) => t.toLowerCase())).size).toBe(4);
    expect(tables.every((t) => /^FS_Sim_a_b_[0-9a-z]+_(Agents|Structures)$/.test(t))).toBe(true);
  });

  test("ids differing only by case get sheets Excel tells apart", async () => {
    const { wb, port } = setup();
    const s = withIds("ab", "AB");
    await writeSimulation(port, s, {}, 0, accept);
    const { asked, confirm } = recorder(false);
    await writeSimulation(port, s, {}, 1, confirm);
    expect(asked).toEqual([]);
    expect(names(wb)[1]).toBe("Simulation ab");
    expect(names(wb)[2]).toMatch(/^Simulation AB ~[0-9a-z]+$/);
  });
});

describe("edited sheets", () => {
  test("rewriting an edited simulation sheet asks, naming the sheet and the changed cells; refused, the edit stays", async () => {
    const { wb, port } = setup();
    await writeSimulation(port, VOSGES_2022_EXAMPLE, {}, 0, accept);
    const sheet = "Simulation ca-epinal-ill";
    wb.sheet(sheet).cells.set("A40", { value: "note de l'utilisateur", format: "General" });
    const refused = recorder(false);
    const out = await writeSimulation(port, VOSGES_2022_EXAMPLE, {}, 0, refused.confirm);
    expect("written" in out && out.cancelled).toBe(true);
    expect(refused.asked).toEqual([[{ name: sheet, reason: "edited", changes: ["A40"] }]]);
    expect(wb.value(sheet, "A40")).toBe("note de l'utilisateur");

    // A changed quotité too: the changed rows crossed with the changed columns.
    wb.cell(sheet, "H10")!.value = 0.5;
    const again = recorder(false);
    await writeSimulation(port, VOSGES_2022_EXAMPLE, {}, 0, again.confirm);
    expect(again.asked[0][0].changes).toEqual(["A10", "H10", "A40", "H40"]);

    const agreed = await writeSimulation(port, VOSGES_2022_EXAMPLE, {}, 0, accept);
    expect("written" in agreed && !agreed.cancelled).toBe(true);
    expect(wb.value(sheet, "A40")).toBe("");
    expect(wb.value(sheet, "H10")).toBe(1);
  });

  test("an edited result sheet asks too; an unedited one is replaced silently", async () => {
    const { wb, port } = setup();
    await createInputTables(port, VOSGES_2022_EXAMPLE, accept);
    await computeAndWrite(port, {}, accept);
    const quiet = recorder(false);
    const second = await computeAndWrite(port, {}, quiet.confirm);
    expect(quiet.asked).toEqual([]);
    expect(second.ok && !second.write.cancelled).toBe(true);

    wb.sheet("Budget Département").cells.set("D20", { value: "à vérifier", format: "General" });
    const asked = recorder(false);
    const third = await computeAndWrite(port, {}, asked.confirm);
    expect(third.ok && third.write.cancelled).toBe(true);
    expect(asked.asked).toEqual([[{ name: "Budget Département", reason: "edited", changes: ["D20"] }]]);
    expect(wb.value("Budget Département", "D20")).toBe("à vérifier");
  });

  test("a user's sheet listed by hand in the owned-sheets setting is still asked about", async () => {
    const { wb, port } = setup();
    await createInputTables(port, VOSGES_2022_EXAMPLE, accept);
    const mine = wb.addSheet("Échéancier", { A1: "mon échéancier", B2: 1234 });
    const forged = [
      { id: mine.id, role: "resultats.echeancier", name: "Échéancier" },
      { id: mine.id, role: "resultats.echeancier", name: "Échéancier", print: { r: {}, c: {} } },
    ];
    for (const entry of forged) {
      wb.settings.set(OWNED_SHEETS_KEY, JSON.stringify([...JSON.parse(wb.settings.get(OWNED_SHEETS_KEY) ?? "[]"), entry]));
      const { asked, confirm } = recorder(false);
      const out = await computeAndWrite(port, {}, confirm);
      expect(out.ok && out.write.cancelled).toBe(true);
      expect(asked[0].map((c) => c.name)).toEqual(["Échéancier"]);
      expect(asked[0][0].reason).toBe("print" in entry ? "edited" : "not-ours");
      expect(wb.value("Échéancier", "A1")).toBe("mon échéancier");
    }
  });
});

describe("failures", () => {
  test("a failed swap puts the old sheets back, and the retry succeeds", async () => {
    const { wb, port } = setup();
    await createInputTables(port, VOSGES_2022_EXAMPLE, accept);
    await computeAndWrite(port, {}, accept);
    const before = wb.sheets.map((s) => [s.id, s.name, JSON.stringify([...s.cells])]);
    const tablesBefore = wb.tables.map((t) => `${t.name}@${t.sheet.id}`);
    const registry = wb.settings.get(OWNED_SHEETS_KEY);
    let renames = 0;
    // The 7th sheet rename: the 5 old sheets are aside, the first new one has its name, the second fails.
    wb.failWhen = (what) => what.startsWith("rename ") && ++renames === 7;
    const error = await computeAndWrite(port, {}, accept).catch((e) => e);
    expect(error).toBeInstanceOf(WriteError);
    expect(error.message).toMatch(/^Le remplacement des feuilles a échoué : Erreur Excel simulée .*Rien n'a été modifié/);
    expect(wb.sheets.map((s) => [s.id, s.name, JSON.stringify([...s.cells])])).toEqual(before);
    expect(wb.tables.map((t) => `${t.name}@${t.sheet.id}`)).toEqual(tablesBefore);
    expect(wb.settings.get(OWNED_SHEETS_KEY)).toBe(registry);
    expect(wb.settings.get(JOURNAL_KEY)).toBe("");

    wb.failWhen = undefined;
    const { asked, confirm } = recorder(true);
    const retry = await computeAndWrite(port, {}, confirm);
    expect(asked).toEqual([]);
    expect(retry.ok && retry.write.written.map((w) => w.name)).toEqual(RESULT_SHEETS);
    expect(temporary(wb)).toEqual([]);
  });

  test("a run cut short (Excel gone midway) is undone by the next one; temporary names differ per run", async () => {
    const { wb, port } = setup();
    await writeSimulation(port, VOSGES_2022_EXAMPLE, {}, 0, accept);
    const before = JSON.stringify([...wb.sheet("Simulation ca-epinal-ill").cells]);
    let renames = 0;
    // From the second rename on, every call fails: nothing can be put back in this run.
    wb.failWhen = (what) => (what.startsWith("rename ") && ++renames >= 2) || renames >= 2;
    await expect(writeSimulation(port, withIds("ca-epinal-ill"), {}, 0, accept)).rejects.toThrow(/relancez l'opération/);
    const left = temporary(wb);
    expect(left.length).toBeGreaterThan(0);
    expect(wb.settings.get(JOURNAL_KEY)).toContain('"run"');
    const firstRun = left[0].split(" ")[1];

    wb.failWhen = undefined;
    const s = clone(VOSGES_2022_EXAMPLE) as ScenarioInput;
    s.managers[0].name = "Nouveau nom";
    const log = wb.log.length;
    await writeSimulation(port, s, {}, 0, accept);
    expect(temporary(wb)).toEqual([]);
    expect(wb.value("Simulation ca-epinal-ill", "A1")).toBe("Simulation — Nouveau nom");
    expect(JSON.stringify([...wb.sheet("Simulation ca-epinal-ill").cells])).not.toBe(before);
    const added = wb.log.slice(log).filter((l) => l.startsWith("add ~FS "));
    expect(added).toHaveLength(1);
    expect(added[0]).not.toContain(firstRun);
    expect(wb.settings.get(JOURNAL_KEY)).toBe("");
  });

  test("a leftover the user edited is deleted only with consent", async () => {
    const { wb, port } = setup();
    await writeSimulation(port, VOSGES_2022_EXAMPLE, {}, 0, accept);
    let renames = 0;
    wb.failWhen = (what) => (what.startsWith("rename ") && ++renames >= 2) || renames >= 2;
    await writeSimulation(port, VOSGES_2022_EXAMPLE, {}, 0, accept).catch(() => undefined);
    wb.failWhen = undefined;
    const leftover = names(wb).find((n) => / n1$/.test(n));
    if (!leftover) throw new Error(`pas de feuille temporaire : ${names(wb).join(", ")}`);
    wb.sheet(leftover).cells.set("B3", { value: "tapé ici", format: "General" });

    const refused = recorder(false);
    const out = await writeSimulation(port, VOSGES_2022_EXAMPLE, {}, 0, refused.confirm);
    expect("written" in out && out.cancelled).toBe(true);
    expect(refused.asked).toEqual([[{ name: leftover, reason: "leftover", changes: ["B3"] }]]);
    expect(wb.value(leftover, "B3")).toBe("tapé ici");

    const agreed = await writeSimulation(port, VOSGES_2022_EXAMPLE, {}, 0, accept);
    expect("written" in agreed && !agreed.cancelled).toBe(true);
    expect(temporary(wb)).toEqual([]);
    expect(names(wb)).toEqual(["Feuil1", "Simulation ca-epinal-ill"]);
  });

  test("a table of the user's holding a name the pane needs stops the write before anything changes", async () => {
    const { wb, port } = setup();
    await createInputTables(port, VOSGES_2022_EXAMPLE, accept);
    wb.tables.push({ name: "FS_R_Budget", sheet: wb.sheet("Feuil1"), address: "A1:B2", showTotals: false });
    const before = names(wb);
    await expect(computeAndWrite(port, {}, accept)).rejects.toThrow(
      "Le tableau « FS_R_Budget » de la feuille « Feuil1 » porte un nom que le complément utilise : renommez ce tableau, puis relancez. Rien n'a été modifié.",
    );
    expect(names(wb)).toEqual(before);
  });

  test("sheets an earlier version left behind (~FS n, tables _FS_tmp) are offered for deletion, then gone", async () => {
    const { wb, port } = setup();
    await createInputTables(port, VOSGES_2022_EXAMPLE, accept);
    // The state the issue found: the old « Résultats gestionnaires » deleted, the new versions stuck as ~FS n.
    const old = JSON.parse(wb.settings.get(OWNED_SHEETS_KEY) ?? "[]");
    const stuck = [1, 2, 3, 4].map((n) => wb.addSheet(`~FS ${n}`, { A1: `résultats ${n}` }));
    stuck.forEach((s, i) => wb.tables.push({ name: `FS_R_${i}_FS_tmp`, sheet: s, address: "A1:A2", showTotals: false }));
    const registry = [...old.map(({ id, role, name }: { id: string; role: string; name: string }) => ({ id, role, name }))];
    wb.settings.set(OWNED_SHEETS_KEY, JSON.stringify([...registry, ...stuck.map((s) => ({ id: s.id, role: "temporaire", name: s.name }))]));

    const refused = recorder(false);
    const out = await computeAndWrite(port, {}, refused.confirm);
    expect(out.ok && out.write.cancelled).toBe(true);
    expect(refused.asked[0].filter((c) => c.reason === "leftover").map((c) => c.name)).toEqual(["~FS 1", "~FS 2", "~FS 3", "~FS 4"]);
    expect(names(wb).filter((n) => n.startsWith("~FS"))).toHaveLength(4);

    const agreed = await computeAndWrite(port, {}, accept);
    expect(agreed.ok && agreed.write.written.map((w) => w.name)).toEqual(RESULT_SHEETS);
    expect(temporary(wb)).toEqual([]);
    expect(wb.tables.filter((t) => t.name.endsWith("_FS_tmp"))).toEqual([]);
    const again = recorder(false);
    await computeAndWrite(port, {}, again.confirm);
    expect(again.asked).toEqual([]);
  });
});
