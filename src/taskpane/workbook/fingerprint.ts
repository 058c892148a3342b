import { cell, columnLetter } from "./cells";
import type { SheetContent } from "./port";
import { shortHash } from "./names";

/**
 * What the pane wrote on a sheet, in a few bytes: a hash of each row and of each column of the
 * non-empty cells (values and formulas). Comparing two prints says whether the sheet changed,
 * and which cells: the changed rows crossed with the changed columns (exactly the edited cell
 * when one was, a superset when several were). A recalculated formula does not count: formulas
 * are compared, not their results.
 */
export interface Print {
  /** Row number → hash of its cells. */
  r: Record<string, string>;
  /** Column letter → hash of its cells. */
  c: Record<string, string>;
}

export function fingerprint(content: SheetContent | null): Print {
  const rows: Record<string, string[]> = {};
  const cols: Record<string, string[]> = {};
  content?.formulas.forEach((line, i) =>
    line.forEach((v, j) => {
      if (v === "" || v === null || v === undefined) return;
      const row = String(content.top + i);
      const col = columnLetter(content.left + j);
      // Each cell hashed once (with its place), its row and column hashing those short hashes.
      const h = shortHash(`${col}${row}=${typeof v}:${String(v)}`);
      (rows[row] ??= []).push(h);
      (cols[col] ??= []).push(h);
    }),
  );
  const hashAll = (m: Record<string, string[]>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, shortHash(v.join("\u0001"))]));
  return { r: hashAll(rows), c: hashAll(cols) };
}

function differing(a: Record<string, string>, b: Record<string, string>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => a[k] !== b[k]);
}

const columnIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** The cells that differ between two prints (`A40`, `C12`…), at most `limit` of them; empty when the sheet is as written. */
export function changedCells(before: Print, now: Print, limit = 10): string[] {
  const rows = differing(before.r, now.r)
    .map(Number)
    .sort((a, b) => a - b);
  const cols = differing(before.c, now.c).sort((a, b) => columnIndex(a) - columnIndex(b));
  const out: string[] = [];
  for (const r of rows) for (const c of cols) if (out.length < limit) out.push(cell(columnIndex(c), r));
  return out;
}

export function isPrint(x: unknown): x is Print {
  const o = x as Print;
  const flat = (m: unknown) => !!m && typeof m === "object" && Object.values(m).every((v) => typeof v === "string");
  return !!o && typeof o === "object" && flat(o.r) && flat(o.c);
}
