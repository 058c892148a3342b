import type { SheetInfo, WorkbookPort } from "./port";
import type { SheetSpec } from "./spec";

/**
 * Writing sheets without losing anything:
 * - a sheet the add-in did not create, or one holding user input, is replaced only after the
 *   user agreed (`confirm`);
 * - every sheet is first written under a temporary name; only when all are written are the old
 *   ones removed and the new ones renamed, so a failure midway leaves the workbook as it was;
 * - the sheets the add-in created are listed in a workbook setting, by id, with their role.
 */

/** Setting listing the sheets the add-in created. */
export const OWNED_SHEETS_KEY = "fs-ctec.feuilles";

export interface OwnedSheet {
  id: string;
  role: string;
  name: string;
}

/** A sheet that would be replaced and needs the user's consent, and why. */
export interface Conflict {
  name: string;
  reason: "not-ours" | "user-data";
  /** Whether it holds anything (a blank sheet of the same name is replaced without asking). */
  empty: boolean;
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

export async function loadOwned(port: WorkbookPort): Promise<OwnedSheet[]> {
  const raw = await port.loadSetting(OWNED_SHEETS_KEY);
  if (!raw) return [];
  try {
    const list = JSON.parse(raw);
    return Array.isArray(list) ? list.filter((s) => s && typeof s.id === "string" && typeof s.role === "string") : [];
  } catch {
    return [];
  }
}

/** Excel compares sheet names without case. */
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Sheets that writing `specs` would replace, and which of them need consent. */
export async function plan(port: WorkbookPort, specs: readonly SheetSpec[]) {
  const sheets = await port.listSheets();
  const owned = await loadOwned(port);
  const replaced: { spec: SheetSpec; existing: SheetInfo | undefined }[] = [];
  const conflicts: Conflict[] = [];
  for (const spec of specs) {
    const existing = sheets.find((s) => same(s.name, spec.name));
    replaced.push({ spec, existing });
    if (!existing) continue;
    const mine = owned.find((o) => o.id === existing.id);
    if (mine && !spec.userData) continue;
    const empty = (await port.isSheetEmpty(existing.name)) === true;
    if (mine && empty) continue;
    if (!mine && empty) continue;
    conflicts.push({ name: existing.name, reason: mine ? "user-data" : "not-ours", empty });
  }
  return { sheets, owned, replaced, conflicts };
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Writes the sheets, replacing earlier versions as described above.
 *
 * @returns the sheets written, or `cancelled` when the user declined: then nothing changed.
 * @throws {WriteError} with what happened; the user's sheets are untouched.
 */
export async function writeSheets(
  port: WorkbookPort,
  specs: readonly SheetSpec[],
  confirm: Confirm,
  progress: (done: number, total: number, what: string) => void = () => {},
): Promise<WriteOutcome> {
  const { sheets, owned, replaced, conflicts } = await plan(port, specs);
  if (conflicts.length && !(await confirm(conflicts))) return { written: [], cancelled: true };

  const taken = new Set(sheets.map((s) => s.name.toLowerCase()));
  const temporary: SheetInfo[] = [];
  const total = specs.length + 1;
  try {
    for (const [i, spec] of specs.entries()) {
      progress(i, total, `Écriture de « ${spec.name} »`);
      let name = `~FS ${i + 1}`;
      for (let n = 2; taken.has(name.toLowerCase()); n++) name = `~FS ${i + 1}-${n}`;
      taken.add(name.toLowerCase());
      temporary.push(await port.createSheet(name, withTableSuffix(spec, TEMPORARY_TABLE)));
    }
  } catch (e) {
    const cleanup = await removeAll(port, temporary);
    throw new WriteError(
      `L'écriture de « ${specs[temporary.length]?.name ?? "?"} » a échoué : ${message(e)}. Aucune de vos feuilles n'a été modifiée${cleanup ? ` ; ${cleanup}` : ""}.`,
      e,
    );
  }

  progress(specs.length, total, "Remplacement des anciennes feuilles");
  const written: SheetInfo[] = [];
  const registry = owned.filter((o) => !replaced.some((r) => r.existing?.id === o.id));
  try {
    for (const [i, { spec, existing }] of replaced.entries()) {
      if (existing) await port.deleteSheet(existing.id);
      await port.renameSheet(
        temporary[i].id,
        spec.name,
        tableNames(spec).map((to) => ({ from: to + TEMPORARY_TABLE, to })),
      );
      written.push({ id: temporary[i].id, name: spec.name });
      registry.push({ id: temporary[i].id, role: spec.role, name: spec.name });
    }
  } catch (e) {
    const left = replaced
      .slice(written.length)
      .map((r) => `« ${r.spec.name} »`)
      .join(", ");
    throw new WriteError(
      `Le remplacement des feuilles s'est interrompu : ${message(e)}. Déjà remplacées : ${written.map((w) => `« ${w.name} »`).join(", ") || "aucune"} ; les nouvelles versions de ${left} restent sous les noms « ~FS … ». Relancez l'opération.`,
      e,
    );
  } finally {
    await port.saveSetting(
      OWNED_SHEETS_KEY,
      JSON.stringify(
        registry.concat(
          temporary.filter((t) => !written.some((w) => w.id === t.id)).map((t) => ({ id: t.id, role: "temporaire", name: t.name })),
        ),
      ),
    );
  }
  progress(total, total, "Terminé");
  return { written };
}

/** Suffix of table names while their sheet is temporary: the old tables still hold the final names. */
const TEMPORARY_TABLE = "_FS_tmp";

function tableNames(spec: SheetSpec): string[] {
  return spec.blocks.flatMap((b) => ((b.type === "table" || b.type === "keyValues") && b.name ? [b.name] : []));
}

function withTableSuffix(spec: SheetSpec, suffix: string): SheetSpec {
  return {
    ...spec,
    blocks: spec.blocks.map((b) => {
      if ((b.type === "table" || b.type === "keyValues") && b.name) return { ...b, name: b.name + suffix };
      if (b.type === "chart") return { ...b, table: b.table + suffix };
      return b;
    }),
  };
}

async function removeAll(port: WorkbookPort, sheets: readonly SheetInfo[]): Promise<string> {
  const failed: string[] = [];
  for (const s of sheets) {
    try {
      await port.deleteSheet(s.id);
    } catch {
      failed.push(s.name);
    }
  }
  return failed.length ? `les feuilles temporaires ${failed.map((n) => `« ${n} »`).join(", ")} n'ont pas pu être supprimées` : "";
}
