import { isoToSerial, serialToIso } from "./cells";
import type { Cell, ColumnKind } from "./spec";

/**
 * Converting between scenario fields and cell values. Numbers stay numbers, user text stays
 * text; a value that cannot be read is passed on as typed, so that validation names the cell.
 */

const NUMERIC_KINDS: ReadonlySet<ColumnKind> = new Set(["money", "rate", "fte", "months", "decimal", "integer"]);

/** Whether a column holds numbers. */
export function isNumeric(kind: ColumnKind): boolean {
  return NUMERIC_KINDS.has(kind);
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** A number as French users type it (`1 234,56`, `0,5`) → decimal string `1234.56`; anything else unchanged. */
export function parseFrenchNumber(text: string): string | undefined {
  const s = text
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/€$/, "")
    .replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(s) ? s : undefined;
}

/** `31/12/2022` or `2022-12-31` → `2022-12-31`; anything else unchanged. */
function parseDate(text: string): string {
  const t = text.trim();
  const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (fr) return `${fr[3]}-${fr[2].padStart(2, "0")}-${fr[1].padStart(2, "0")}`;
  return t;
}

const TRUE_WORDS = new Set(["oui", "vrai", "true", "yes", "1", "x"]);
const FALSE_WORDS = new Set(["non", "faux", "false", "no", "0"]);

/**
 * A number as Excel shows and compares it: at 15 significant digits. A formula such as
 * `=1,1*3` gives 3.3000000000000003 in binary floating point, which Excel displays as
 * 3,3; read raw, it would be an amount with a fraction of a cent and refused.
 */
export function excelNumber(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(15)) : value;
}

/** A cell value read from Excel → the scenario field; `undefined` for a blank cell. */
export function readCell(value: unknown, kind: ColumnKind): unknown {
  if (isBlank(value)) return undefined;
  switch (kind) {
    case "text":
    case "id":
    case "choice":
      return typeof value === "string" ? value.trim() : String(value);
    case "bool": {
      if (typeof value === "boolean") return value;
      const word = String(value).trim().toLowerCase();
      if (TRUE_WORDS.has(word)) return true;
      if (FALSE_WORDS.has(word)) return false;
      return value;
    }
    case "date":
      if (typeof value === "number") return serialToIso(value);
      return typeof value === "string" ? parseDate(value) : value;
    case "integer":
      if (typeof value === "string") {
        const n = parseFrenchNumber(value);
        return n === undefined ? value : Number(n);
      }
      return typeof value === "number" ? excelNumber(value) : value;
    default:
      if (typeof value === "string") return parseFrenchNumber(value) ?? value;
      return typeof value === "number" ? excelNumber(value) : value;
  }
}

/** A scenario field → the cell written; strings that are not numbers stay text (the adapter formats them as text). */
export function writeCell(value: unknown, kind: ColumnKind): Cell {
  if (value === undefined || value === null || value === "") return null;
  if (kind === "bool") return value === true ? "oui" : value === false ? "non" : String(value);
  if (kind === "date" && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return isoToSerial(value);
  if (isNumeric(kind)) {
    if (typeof value === "number") return value;
    if (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
    return String(value);
  }
  return typeof value === "string" ? value : String(value);
}
