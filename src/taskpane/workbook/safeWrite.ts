import { changedCells, fingerprint, type Print } from "./fingerprint";
import {
  backupSheet,
  backupTable,
  newRun,
  recover,
  rollBack,
  rollForward,
  saveJournal,
  tempSheet,
  tempTable,
  type Journal,
} from "./journal";
import { legacyLeftovers, loadOwned, saveOwned, type OwnedSheet, type Registry } from "./owned";
import type { SheetInfo, WorkbookPort } from "./port";
import type { SheetSpec } from "./spec";

export { OWNED_SHEETS_KEY } from "./owned";

/**
 * Writing sheets as a transaction, without losing anything:
 * - a sheet is replaced without asking only when the pane wrote it and it is still exactly as
 *   written (its print, see fingerprint.ts); a sheet of the user's, one the user edited (with the
 *   cells changed), or one holding the input tables, is replaced only after the user agreed;
 * - the new sheets are written under temporary names, then swapped in; a failure at any step
 *   puts everything back (journal.ts), so the pane's sheets are either all old or all new and the
 *   user's are untouched; a run interrupted past that is finished or undone by the next one.
 */

/** A sheet that would be replaced and needs the user's consent, and why. */
export interface Conflict {
  name: string;
  /**
   * `not-ours`: a sheet the pane did not write; `user-data`: the pane's input tables;
   * `edited`: a sheet the pane wrote and the user changed since; `leftover`: a sheet left by an
   * interrupted write (changed since, or left by an earlier version of the pane).
   */
  reason: "not-ours" | "user-data" | "edited" | "leftover";
  /** The changed cells (at most 10), for `edited`, `leftover` and edited `user-data`. */
  changes?: string[];
}

export type Confirm = (conflicts: readonly Conflict[]) => Promise<boolean>;

export type WriteOutcome = { written: SheetInfo[]; cancelled?: false } | { written: []; cancelled: true };

/** Raised with a French message saying what happened and what state the workbook is in. */
export class WriteError extends Error {
  constructor(
    message: string,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = "WriteError";
  }
}

/** Excel compares sheet and table names without case. */
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function tableNames(spec: SheetSpec): string[] {
  return spec.blocks.flatMap((b) => ((b.type === "table" || b.type === "keyValues") && b.name ? [b.name] : []));
}

interface Replaced {
  spec: SheetSpec;
  existing?: SheetInfo;
  print?: Print;
}

/** Sheets that writing `specs` would replace, which of them need consent, and a table name already taken elsewhere. */
export async function plan(port: WorkbookPort, specs: readonly SheetSpec[]) {
  const sheets = await port.listSheets();
  const registry = await loadOwned(port);
  const tables = await port.listTables();
  const replaced: Replaced[] = [];
  const conflicts: Conflict[] = [];
  for (const spec of specs) {
    const existing = sheets.find((s) => same(s.name, spec.name));
    if (!existing) {
      replaced.push({ spec });
      continue;
    }
    const print = fingerprint(await port.readContent(existing.id));
    replaced.push({ spec, existing, print });
    if (Object.keys(print.r).length === 0) continue; // a blank sheet of that name: nothing to lose
    const mine = registry.list.find((o) => o.id === existing.id);
    const changes = mine ? changedCells(mine.print, print) : [];
    if (!mine) conflicts.push({ name: existing.name, reason: "not-ours" });
    else if (spec.userData) conflicts.push({ name: existing.name, reason: "user-data", ...(changes.length ? { changes } : {}) });
    else if (changes.length) conflicts.push({ name: existing.name, reason: "edited", changes });
  }
  const legacy = legacyLeftovers(registry.raw, sheets);
  for (const s of legacy) conflicts.push({ name: s.name, reason: "leftover" });
  const ids = new Set(replaced.map((r) => r.existing?.id));
  const wanted = specs.flatMap(tableNames);
  const clash = tables.find((t) => !ids.has(t.sheetId) && wanted.some((n) => same(n, t.name)));
  const clashSheet = clash && sheets.find((s) => s.id === clash.sheetId)?.name;
  return { sheets, registry, replaced, conflicts, legacy, clash: clash && { table: clash.name, sheet: clashSheet ?? "?" } };
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

const leftoverConflicts = (confirm: Confirm) => (edited: { name: string; changes: string[] }[]) =>
  confirm(edited.map((l) => ({ name: l.name, reason: "leftover" as const, changes: l.changes })));

/** Undoes a failed run and says so; if even that fails, the journal stays for the next run. */
async function undo(port: WorkbookPort, j: Journal, what: string, e: unknown): Promise<WriteError> {
  try {
    await rollBack(port, j);
    return new WriteError(`${what} : ${message(e)}. Rien n'a été modifié : vos feuilles et celles du complément sont comme avant.`, e);
  } catch (again) {
    return new WriteError(
      `${what} : ${message(e)}. La remise en état n'a pas pu se terminer (${message(again)}) : vos feuilles sont intactes ; relancez l'opération, elle terminera la remise en état avant d'écrire.`,
      e,
    );
  }
}

/**
 * Writes the sheets, replacing earlier versions as described above.
 *
 * @returns the sheets written, or `cancelled` when the user declined: then nothing changed.
 * @throws {WriteError} with what happened; the user's sheets are untouched, the pane's all old.
 */
export async function writeSheets(
  port: WorkbookPort,
  specs: readonly SheetSpec[],
  confirm: Confirm,
  progress: (done: number, total: number, what: string) => void = () => {},
): Promise<WriteOutcome> {
  try {
    if (!(await recover(port, leftoverConflicts(confirm)))) return { written: [], cancelled: true };
  } catch (e) {
    throw new WriteError(
      `La remise en état après une écriture interrompue a échoué : ${message(e)}. Vos feuilles sont intactes ; relancez l'opération.`,
      e,
    );
  }
  const { sheets, registry, replaced, conflicts, legacy, clash } = await plan(port, specs).catch((e) => {
    throw new WriteError(`La lecture du classeur a échoué : ${message(e)}. Rien n'a été modifié.`, e);
  });
  if (clash)
    throw new WriteError(
      `Le tableau « ${clash.table} » de la feuille « ${clash.sheet} » porte un nom que le complément utilise : renommez ce tableau, puis relancez. Rien n'a été modifié.`,
    );
  if (conflicts.length && !(await confirm(conflicts))) return { written: [], cancelled: true };

  const run = newRun(sheets);
  const j: Journal = {
    run,
    registry: registry.raw,
    entries: replaced.map(({ spec, existing, print }) => ({
      name: spec.name,
      role: spec.role,
      ...(existing ? { oldId: existing.id, oldName: existing.name, oldPrint: print } : {}),
      oldTables: [],
      newTables: tableNames(spec),
    })),
    discard: legacy.map((s) => s.id),
  };
  const total = specs.length + 1;
  let at = 0;
  try {
    const tables = await port.listTables();
    for (const e of j.entries) e.oldTables = tables.filter((t) => t.sheetId === e.oldId).map((t) => t.name);
    await saveJournal(port, j);
    for (; at < specs.length; at++) {
      progress(at, total, `Écriture de « ${specs[at].name} »`);
      const sheet = await port.createSheet(tempSheet(run, at), withTableSuffix(specs[at], run));
      j.entries[at].newId = sheet.id;
      j.entries[at].newPrint = fingerprint(await port.readContent(sheet.id));
    }
    await saveJournal(port, j);
  } catch (e) {
    throw await undo(port, j, `L'écriture de « ${specs[at]?.name ?? "?"} » a échoué`, e);
  }

  progress(specs.length, total, "Remplacement des anciennes feuilles");
  try {
    for (const [i, e] of j.entries.entries())
      if (e.oldId)
        await port.renameSheet(
          e.oldId,
          backupSheet(run, i),
          e.oldTables.map((t) => ({ from: t, to: backupTable(t, run) })),
        );
    for (const e of j.entries)
      await port.renameSheet(
        e.newId as string,
        e.name,
        e.newTables.map((t) => ({ from: tempTable(t, run), to: t })),
      );
    await saveOwned(port, newRegistry(registry, j, sheets));
  } catch (e) {
    throw await undo(port, j, "Le remplacement des feuilles a échoué", e);
  }
  // Committed: the old sheets, kept aside until now, go. Should that fail, the next run deletes them.
  await rollForward(port, j).catch(() => undefined);
  progress(total, total, "Terminé");
  return { written: j.entries.map((e) => ({ id: e.newId as string, name: e.name })) };
}

/** The owned sheets after the run: those still there and not replaced, and the new ones with their prints. */
function newRegistry(registry: Registry, j: Journal, sheets: readonly SheetInfo[]): OwnedSheet[] {
  const replaced = new Set(j.entries.map((e) => e.oldId));
  const kept = registry.list.filter((o) => !replaced.has(o.id) && sheets.some((s) => s.id === o.id));
  return kept.concat(j.entries.map((e) => ({ id: e.newId as string, role: e.role, name: e.name, print: e.newPrint as Print })));
}

/** The spec with its tables under their temporary names (the old tables still hold the final ones). */
function withTableSuffix(spec: SheetSpec, run: string): SheetSpec {
  return {
    ...spec,
    blocks: spec.blocks.map((b) => {
      if ((b.type === "table" || b.type === "keyValues") && b.name) return { ...b, name: tempTable(b.name, run) };
      if (b.type === "chart") return { ...b, table: tempTable(b.table, run) };
      return b;
    }),
  };
}
