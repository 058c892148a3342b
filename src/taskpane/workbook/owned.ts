import { isPrint, type Print } from "./fingerprint";
import type { WorkbookPort } from "./port";

/**
 * The sheets the pane wrote, kept in a workbook setting: id, role, name and the print of what
 * was written. The setting alone grants nothing: a sheet counts as the pane's only when its id
 * is listed *and* its content still matches the print (see safeWrite.ts); a name typed into the
 * setting by hand, or an entry without a print, is ignored.
 */
export const OWNED_SHEETS_KEY = "fs-ctec.feuilles";

export interface OwnedSheet {
  id: string;
  role: string;
  name: string;
  print: Print;
}

export interface Registry {
  /** The setting as read, to be put back if a write is undone. */
  raw: string | null;
  list: OwnedSheet[];
}

function isOwned(s: unknown): s is OwnedSheet {
  const o = s as OwnedSheet;
  return (
    !!o && typeof o === "object" && typeof o.id === "string" && typeof o.role === "string" && typeof o.name === "string" && isPrint(o.print)
  );
}

export async function loadOwned(port: WorkbookPort): Promise<Registry> {
  const raw = await port.loadSetting(OWNED_SHEETS_KEY);
  try {
    const list: unknown = raw ? JSON.parse(raw) : [];
    return { raw, list: Array.isArray(list) ? list.filter(isOwned) : [] };
  } catch {
    return { raw, list: [] };
  }
}

export const saveOwned = (port: WorkbookPort, list: readonly OwnedSheet[]) => port.saveSetting(OWNED_SHEETS_KEY, JSON.stringify(list));

/**
 * Sheets an earlier version of the pane left behind when a write failed (`~FS 1`, `~FS 2-2`…,
 * listed as « temporaire » in the setting, without a print): offered for deletion, with consent.
 */
export function legacyLeftovers(raw: string | null, sheets: readonly { id: string; name: string }[]): { id: string; name: string }[] {
  let list: unknown;
  try {
    list = raw ? JSON.parse(raw) : [];
  } catch {
    return [];
  }
  if (!Array.isArray(list)) return [];
  const ids = new Set(list.filter((o) => o && o.role === "temporaire" && typeof o.id === "string").map((o) => o.id as string));
  return sheets.filter((s) => ids.has(s.id) && /^~FS \d+(-\d+)?$/.test(s.name));
}
