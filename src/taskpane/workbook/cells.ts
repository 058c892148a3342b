/** A1 addresses and Excel date serials: the small arithmetic of a grid, no business rule. */

/** Column letter of a zero-based column index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A sheet name as a formula or an address needs it: quoted when it is not a plain word. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `A1` (zero-based column, one-based row). */
export function cell(col: number, row: number): string {
  return `${columnLetter(col)}${row}`;
}

/** `A1:C4` (zero-based columns, one-based rows). */
export function area(col1: number, row1: number, col2: number, row2: number): string {
  const a = cell(col1, row1);
  const b = cell(col2, row2);
  return a === b ? a : `${a}:${b}`;
}

/** `Agents!H7`, `'Résultats structures'!A1:C4`. */
export function sheetAddress(sheet: string, range: string): string {
  return `${quoteSheet(sheet)}!${range}`;
}

const DAY_MS = 86_400_000;
/** Excel's day 0 for serials after 28 February 1900 (it counts a 29 February 1900 that never was). */
const EPOCH = Date.UTC(1899, 11, 30);

/** ISO date `2022-07-01` → Excel serial 44743. */
export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - EPOCH) / DAY_MS);
}

/** Excel serial → ISO date; the time of day is ignored. */
export function serialToIso(serial: number): string {
  return new Date(EPOCH + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** Longest sheet name Excel accepts. */
export const MAX_SHEET_NAME = 31;

/** A valid sheet name from any text: no `[]:*?/\`, not blank, at most 31 characters. */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, " ")
    .replace(/^'+|'+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return (cleaned || "Feuille").slice(0, MAX_SHEET_NAME).trim();
}
