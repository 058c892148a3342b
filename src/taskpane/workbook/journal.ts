import { changedCells, fingerprint, type Print } from "./fingerprint";
import { loadOwned, OWNED_SHEETS_KEY } from "./owned";
import type { SheetInfo, WorkbookPort } from "./port";

/**
 * The journal of a write, kept in a workbook setting while it runs, so that an interrupted write
 * (an Excel error, a closed pane, a crash) is finished or undone at the next one. A run writes
 * its new sheets under temporary names `~FS <run> n<i>` (tables suffixed `_T<run>`), moves the
 * old ones aside as `~FS <run> a<i>` (tables `_A<run>`), gives the new ones their names, and
 * commits by saving the owned-sheets setting. Before the commit, undoing puts the old sheets
 * back; after it, finishing deletes them.
 */
export const JOURNAL_KEY = "fs-ctec.ecriture";

export interface JournalEntry {
  /** Final name of the sheet. */
  name: string;
  role: string;
  /** The sheet being replaced: its id, name, print as seen when the user agreed, and tables. */
  oldId?: string;
  oldName?: string;
  oldPrint?: Print;
  oldTables: string[];
  /** The new sheet, once written, and its tables' final names. */
  newId?: string;
  newPrint?: Print;
  newTables: string[];
}

export interface Journal {
  run: string;
  /** The owned-sheets setting before the run. */
  registry: string | null;
  entries: JournalEntry[];
  /** Sheets to delete once the write is committed (leftovers of an earlier version, with consent). */
  discard?: string[];
}

export const tempSheet = (run: string, i: number) => `~FS ${run} n${i + 1}`;
export const backupSheet = (run: string, i: number) => `~FS ${run} a${i + 1}`;
export const tempTable = (name: string, run: string) => `${name}_T${run}`;
export const backupTable = (name: string, run: string) => `${name}_A${run}`;

/** A run id no sheet of the workbook already uses. */
export function newRun(sheets: readonly SheetInfo[]): string {
  for (;;) {
    const run =
      Date.now().toString(36).slice(-4) +
      Math.floor(Math.random() * 1296)
        .toString(36)
        .padStart(2, "0");
    if (!sheets.some((s) => s.name.startsWith(`~FS ${run} `))) return run;
  }
}

export const saveJournal = (port: WorkbookPort, j: Journal | null) => port.saveSetting(JOURNAL_KEY, j ? JSON.stringify(j) : "");

export async function loadJournal(port: WorkbookPort): Promise<Journal | null> {
  const raw = await port.loadSetting(JOURNAL_KEY);
  if (!raw) return null;
  try {
    const j = JSON.parse(raw) as Journal;
    return j && typeof j.run === "string" && Array.isArray(j.entries) ? j : null;
  } catch {
    return null;
  }
}

/** A leftover sheet the user changed since the pane wrote it: deleting it needs consent. */
export interface Leftover {
  name: string;
  changes: string[];
}

/** Asked before deleting leftovers the user edited; false keeps everything as it is. */
export type AskLeftovers = (edited: Leftover[]) => Promise<boolean>;

async function edited(port: WorkbookPort, sheets: readonly { sheet: SheetInfo; print?: Print }[]): Promise<Leftover[]> {
  const out: Leftover[] = [];
  for (const { sheet, print } of sheets) {
    if (!print) continue;
    const changes = changedCells(print, fingerprint(await port.readContent(sheet.id)));
    if (changes.length) out.push({ name: sheet.name, changes });
  }
  return out;
}

/**
 * Puts the old sheets back: deletes the new ones (by id, or by temporary name when their id was
 * never known), renames each old sheet and its tables back, restores the owned-sheets setting
 * and clears the journal.
 *
 * @returns false when `ask` was refused: then nothing was done.
 */
export async function rollBack(port: WorkbookPort, j: Journal, ask?: AskLeftovers): Promise<boolean> {
  const sheets = await port.listSheets();
  const newIds = new Set(j.entries.map((e) => e.newId));
  const prefix = `~FS ${j.run} n`;
  const doomed = sheets.filter((s) => newIds.has(s.id) || s.name.startsWith(prefix));
  if (ask) {
    const changed = await edited(
      port,
      doomed.map((sheet) => ({ sheet, print: j.entries.find((e) => e.newId === sheet.id)?.newPrint })),
    );
    if (changed.length && !(await ask(changed))) return false;
  }
  for (const s of doomed) await port.deleteSheet(s.id);
  const tables = new Set((await port.listTables()).map((t) => t.name));
  for (const e of j.entries) {
    const old = sheets.find((s) => s.id === e.oldId);
    if (!old || !e.oldName) continue;
    const renames = e.oldTables.filter((t) => tables.has(backupTable(t, j.run))).map((t) => ({ from: backupTable(t, j.run), to: t }));
    if (old.name !== e.oldName || renames.length) await port.renameSheet(old.id, e.oldName, renames);
  }
  await port.saveSetting(OWNED_SHEETS_KEY, j.registry ?? "[]");
  await saveJournal(port, null);
  return true;
}

/** Finishes a committed write: deletes the old sheets kept aside, clears the journal. */
export async function rollForward(port: WorkbookPort, j: Journal, ask?: AskLeftovers): Promise<boolean> {
  const sheets = await port.listSheets();
  const old = j.entries.flatMap((e) => {
    const sheet = sheets.find((s) => s.id === e.oldId);
    return sheet ? [{ sheet, print: e.oldPrint }] : [];
  });
  if (ask) {
    const changed = await edited(port, old);
    if (changed.length && !(await ask(changed))) return false;
  }
  for (const { sheet } of old) await port.deleteSheet(sheet.id);
  for (const id of j.discard ?? []) if (sheets.some((s) => s.id === id)) await port.deleteSheet(id);
  await saveJournal(port, null);
  return true;
}

/**
 * Finishes or undoes a write an earlier run left unfinished: finished when its new sheets are
 * in place under their names and listed as the pane's, undone otherwise.
 *
 * @returns false when the user kept edited leftovers: then nothing was done.
 */
export async function recover(port: WorkbookPort, ask: AskLeftovers): Promise<boolean> {
  const j = await loadJournal(port);
  if (!j) return true;
  const sheets = await port.listSheets();
  const { list } = await loadOwned(port);
  const committed =
    j.entries.length > 0 &&
    j.entries.every(
      (e) => list.some((o) => o.id === e.newId) && sheets.some((s) => s.id === e.newId && s.name.toLowerCase() === e.name.toLowerCase()),
    );
  return committed ? rollForward(port, j, ask) : rollBack(port, j, ask);
}
