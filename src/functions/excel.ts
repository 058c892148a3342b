/// <reference types="custom-functions-runtime" />
/**
 * What the custom functions share: reading Excel's arguments and turning the library's errors
 * into Excel errors. No business rule here: the rules are in calc/.
 *
 * Excel passes a number, a text, a boolean, or `null` for an omitted optional argument; a blank
 * cell inside a range arrives as `""` or `null`. A range arrives as rows of cells.
 */
import { CalcError, type ErrorCode } from "../../calc/errors";
import { toNumber, type Decimal } from "../../calc/arithmetic/money";

/** One cell value as Excel passes it. */
export type Cell = number | string | boolean | null | undefined;

function reject(code: ErrorCode, name: string, message: string): never {
  throw new CalcError([{ code, path: name, message: `${name} : ${message}` }]);
}

/** True for an omitted argument or a blank cell. */
export function isBlank(value: unknown): value is null | undefined | "" {
  return value === null || value === undefined || value === "";
}

/** A number argument; a blank cell counts as 0. */
export function num(value: unknown, name: string): number {
  if (isBlank(value)) return 0;
  if (typeof value === "number" && isFinite(value)) return value;
  if (typeof value === "string") reject("type_invalide", name, `doit être un nombre (la cellule contient le texte « ${value} »)`);
  return reject("type_invalide", name, "doit être un nombre");
}

/** An optional number argument: `undefined` when omitted, so that the library applies its default. */
export function optional(value: unknown, name: string): number | undefined {
  return isBlank(value) ? undefined : num(value, name);
}

/** A text argument, `fallback` when omitted. */
export function text(value: unknown, name: string, fallback?: string): string {
  if (isBlank(value) && fallback !== undefined) return fallback;
  if (typeof value === "string") return value;
  return reject("type_invalide", name, "doit être un texte");
}

const DAY_MS = 86400000;
/** Excel's largest date, 31 December 9999. */
const LAST_SERIAL = 2958465;

/**
 * An Excel date serial (1900 date system) as an ISO date. Serial 1 is 1900-01-01; serial 60 is
 * Excel's fictitious 29 February 1900, kept as such (no parameter starts before 2017).
 * A time of day (the fraction) is ignored.
 */
export function isoDate(value: unknown, name: string): string {
  const serial = num(value, name);
  if (serial < 1 || serial >= LAST_SERIAL + 1) reject("format_date", name, "doit être une date (numéro de série Excel entre 1 et 2958465)");
  const day = Math.floor(serial);
  if (day === 60) return "1900-02-29";
  const date = new Date(Date.UTC(1899, 11, 31) + (day < 60 ? day : day - 1) * DAY_MS);
  const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);
  return `${date.getUTCFullYear()}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`;
}

/** The cells of a range in reading order, with its shape. */
export interface Cells {
  values: Cell[];
  rows: number;
  columns: number;
}

/** Reads a range (or a single value, as a 1×1 range); every row must have the same length. */
export function cells(range: unknown, name: string): Cells {
  if (!Array.isArray(range)) return { values: [range as Cell], rows: 1, columns: 1 };
  const rows = range.length;
  const columns = rows > 0 && Array.isArray(range[0]) ? range[0].length : 0;
  if (columns === 0 || range.some((row) => !Array.isArray(row) || row.length !== columns))
    reject("formes_differentes", name, "doit être une plage rectangulaire");
  const values: Cell[] = [];
  for (const row of range as Cell[][]) for (const cell of row) values.push(cell);
  return { values, rows, columns };
}

function shape(c: Cells): string {
  return `${c.rows}×${c.columns}`;
}

/**
 * A range that goes with `main`, cell by cell: same shape, or a single cell that applies to
 * every cell of `main` (one FTE or one cap for every line).
 */
export function alongside(range: unknown, main: Cells, name: string, mainName: string): Cell[] {
  const c = cells(range, name);
  if (c.rows === 1 && c.columns === 1) return main.values.map(() => c.values[0]);
  if (c.rows !== main.rows || c.columns !== main.columns) {
    reject("formes_differentes", name, `doit avoir la même forme que ${mainName} (${shape(main)}, reçu ${shape(c)})`);
  }
  return c.values;
}

/** The cells of a range as numbers, blank cells counting as 0; messages name the cell. */
export function numbers(values: readonly Cell[], name: string): number[] {
  const out: number[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    // The cell's name is only spelled out for an error: ranges can hold thousands of cells.
    out[i] = typeof v === "number" && isFinite(v) ? v : num(v, `${name}[${i + 1}]`);
  }
  return out;
}

/** Lays values out in the shape of `like`. */
export function reshape<T>(values: readonly T[], like: Cells): T[][] {
  const out: T[][] = [];
  for (let r = 0; r < like.rows; r++) out.push(values.slice(r * like.columns, (r + 1) * like.columns));
  return out;
}

/** An amount for Excel: rounded to the cent, never -0, never infinite. */
export function money(value: Decimal): number {
  return finite(toNumber(value));
}

/** A rate, ratio or point value for Excel: the exact decimal's nearest number, not rounded to the cent. */
export function exact(value: Decimal): number {
  const n = value.toNumber();
  return finite(n === 0 ? 0 : n);
}

function finite(n: number): number {
  if (!isFinite(n)) reject("trop_grand", "résultat", "trop grand pour Excel");
  return n;
}

/**
 * Runs one function body: a library error becomes `#VALUE!` (invalid input) or `#N/A` (missing
 * data) with its French message; anything else becomes `#VALUE!` saying so, never a JavaScript
 * exception in the cell.
 */
export function excel<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw toExcelError(error);
  }
}

/** The Excel error for what a function body threw. */
export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof CalcError) {
    const code = error.kind === "missing" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, error.issues[0].message);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `erreur inattendue, à signaler : ${detail}`);
}

/** Runs the computation for the cell at `index` (0-based) of a range, naming that cell in any error. */
export function atCell<T>(index: number, body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (!(error instanceof CalcError)) throw error;
    throw new CalcError(error.issues.map((issue) => ({ ...issue, message: `cellule ${index + 1} — ${issue.message}` })));
  }
}
