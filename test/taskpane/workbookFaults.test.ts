import { VOSGES_2022_EXAMPLE, type ScenarioInput } from "../../calc";
import { excelPort } from "../../src/taskpane/workbook/excelPort";
import { JOURNAL_KEY } from "../../src/taskpane/workbook/journal";
import { computeAndWrite, createInputTables, writeSimulation } from "../../src/taskpane/workbook/operations";
import type { WorkbookPort } from "../../src/taskpane/workbook/port";
import { WriteError, type Conflict } from "../../src/taskpane/workbook/safeWrite";
import { MockWorkbook } from "./excelMock";

/**
 * Fault injection over every write of the pane: for each call k of the operation (every write,
 * read and sync the mock counts), a run where call k fails, then a retry. After the failure the
 * user's sheets are as they were and the pane's are all old or all new; the retry succeeds, asks
 * nothing it would not have asked anyway, and leaves exactly what a run without fault leaves.
 */

// Hundreds of runs each; minutes on a loaded two-core machine.
jest.setTimeout(600_000);

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));
const accept = async () => true;

/** What the user sees, ids aside: each sheet (not the pane's temporary ones) with its cells, and the tables on them. */
function visible(wb: MockWorkbook) {
  const shown = wb.sheets.filter((s) => !s.name.startsWith("~FS "));
  return {
    sheets: shown.map((s) => [s.name, JSON.stringify([...s.cells].sort(([a], [b]) => a.localeCompare(b)))]),
    tables: wb.tables
      .filter((t) => shown.includes(t.sheet))
      .map((t) => `${t.name}@${t.sheet.name}:${t.address}`)
      .sort(),
  };
}

/** Everything, temporary sheets and the write journal included. */
function whole(wb: MockWorkbook) {
  return { ...visible(wb), all: wb.sheets.map((s) => s.name), journal: wb.settings.get(JOURNAL_KEY) ?? "" };
}

interface Case {
  name: string;
  /** The workbook before the operation: a user's sheet, and the pane's earlier output. */
  base: () => Promise<MockWorkbook>;
  run: (port: WorkbookPort, confirm: (c: readonly Conflict[]) => Promise<boolean>) => Promise<unknown>;
  /** What a retry may ask: the input tables always ask (they hold what users typed); nothing else. */
  asks: Conflict["reason"][];
}

const edited = clone(VOSGES_2022_EXAMPLE) as ScenarioInput;
edited.managers[0].name = "Communauté d'agglomération d'Épinal (modifiée)";
edited.managers[0].structures[0].agents![0].fte = "0.5";

async function withInputs(): Promise<MockWorkbook> {
  const wb = new MockWorkbook();
  wb.addSheet("Feuil1", { A1: "mes notes", B2: 42 });
  await createInputTables(excelPort(wb.run), VOSGES_2022_EXAMPLE, accept);
  return wb;
}

const CASES: Case[] = [
  {
    name: "create input tables",
    base: withInputs,
    run: (port, confirm) => createInputTables(port, edited, confirm),
    asks: ["user-data"],
  },
  {
    name: "compute and write results",
    base: async () => {
      const wb = await withInputs();
      await computeAndWrite(excelPort(wb.run), {}, accept);
      // The user changes a quotité in the Agents table: the new results differ from the old.
      wb.cell("Agents", "H5")!.value = 0.5;
      return wb;
    },
    run: (port, confirm) => computeAndWrite(port, {}, confirm),
    asks: [],
  },
  {
    name: "write a simulation",
    base: async () => {
      const wb = new MockWorkbook();
      wb.addSheet("Feuil1", { A1: "mes notes", B2: 42 });
      await writeSimulation(excelPort(wb.run), VOSGES_2022_EXAMPLE, {}, 0, accept);
      await writeSimulation(excelPort(wb.run), VOSGES_2022_EXAMPLE, {}, 1, accept);
      return wb;
    },
    run: (port, confirm) => writeSimulation(port, edited, {}, 0, confirm),
    asks: [],
  },
];

describe.each(CASES)("$name", ({ base, run, asks }) => {
  test("a failure at any call leaves all old or all new, and the retry succeeds", async () => {
    const start = await base();
    start.yieldOnSync = false;
    const before = visible(start);
    const reference = start.clone();
    await run(excelPort(reference.run), accept);
    const after = whole(reference);
    expect(after.sheets).not.toEqual(before.sheets);
    expect(after.journal).toBe("");

    const outcomes = { old: 0, new: 0 };
    let k = 1;
    for (; ; k++) {
      const wb = start.clone();
      wb.failAt = k;
      const error = await run(excelPort(wb.run), accept).then(
        () => null,
        (e) => e,
      );
      if (wb.calls < k) break; // the operation ended before call k: every call has been tried
      // Failed before the commit: a WriteError and all old; at or after it (the old sheets' deletion): all new.
      const now = visible(wb);
      if (error) {
        // A WriteError says the workbook is as it was; a plain error can only come from reading the input tables.
        expect(now).toEqual(before);
        if (error instanceof WriteError) expect(error.message).toMatch(/Rien n'a été modifié|vos feuilles sont intactes/i);
        else expect(String(error.stack)).toMatch(/readTable|readAll/);
        outcomes.old++;
      } else {
        expect(now).toEqual({ sheets: after.sheets, tables: after.tables });
        outcomes.new++;
      }

      wb.failAt = undefined;
      const asked: Conflict[] = [];
      await run(excelPort(wb.run), async (c) => (asked.push(...c), true));
      expect([...new Set(asked.map((c) => c.reason))]).toEqual(asks);
      expect(whole(wb)).toEqual(after);
    }
    // Every call was tried, and both sides of the commit were reached.
    expect(k - 1).toBeGreaterThan(40);
    expect(outcomes.old).toBeGreaterThan(20);
    expect(outcomes.new).toBeGreaterThan(0);
    if (process.env.FS_FAULTS_REPORT) console.log(`${k - 1} appels : ${outcomes.old} remis à l'ancien, ${outcomes.new} terminés`);
  });
  test("a run cut short at any call (every call from k on fails) is finished or undone by the next run", async () => {
    const start = await base();
    start.yieldOnSync = false;
    const reference = start.clone();
    let swap = 0;
    // Where the swap begins (the first sheet rename): from there every call is tried, before it every fifth.
    reference.failWhen = (what, call) => (what.startsWith("rename ") && !swap && (swap = call), false);
    await run(excelPort(reference.run), accept);
    const after = whole(reference);
    expect(swap).toBeGreaterThan(10);
    const user = (wb: MockWorkbook) => JSON.stringify([...wb.sheet("Feuil1").cells]);
    const mine = user(start);
    let tried = 0;
    for (let k = 1; ; k += k < swap - 5 ? 5 : 1) {
      const wb = start.clone();
      wb.failWhen = (_what, call) => call >= k;
      await run(excelPort(wb.run), accept).catch(() => undefined);
      if (wb.calls < k) break;
      tried++;
      expect(user(wb)).toBe(mine);
      wb.failWhen = undefined;
      const asked: Conflict[] = [];
      await run(excelPort(wb.run), async (c) => (asked.push(...c), true));
      expect([...new Set(asked.map((c) => c.reason))]).toEqual(asks);
      expect(whole(wb)).toEqual(after);
    }
    expect(tried).toBeGreaterThan(30);
    if (process.env.FS_FAULTS_REPORT) console.log(`coupure : ${tried} points essayés, échange à partir de l'appel ${swap}`);
  });
});
