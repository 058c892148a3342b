import type { Cell, Workbook, Worksheet } from "exceljs";
import { cents as centsText, centsOf, nearTie, toNumberR, type Rational } from "./exact";

/**
 * Number formats. OOXML codes are written with the English separators and shown by each
 * spreadsheet in its locale: in French, `#,##0.00 "€"` reads « 1 234,56 € ».
 */
export const FORMAT = {
  money: '#,##0.00 "€";[Red]-#,##0.00 "€"',
  rate: "0.00##%",
  decimal: "#,##0.00##",
  exact: "#,##0.000000",
  integer: "0",
  date: "dd/mm/yyyy",
  text: "@",
} as const;
export type Format = keyof typeof FORMAT;

/** Inputs (what a user typed or a parameter gives) in blue on light blue; values checked by a neighbouring formula in amber. */
const INPUT_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } } as const;
const CHECKED_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } } as const;
const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E78" } } as const;

/** A column of a sheet: its key, French header, width and format. */
export interface Column {
  key: string;
  header: string;
  width: number;
  format?: Format;
}

/** The row of the headers; data starts below it. Rows above hold the sheet's title and a line of explanation. */
export const HEADER_ROW = 3;
export const FIRST_ROW = HEADER_ROW + 1;

/** An ISO date `YYYY-MM-DD` as a Date at midnight UTC (a spreadsheet's date cell). */
export function isoToDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** An ISO date as a spreadsheet's date serial (days since 30 December 1899): the cached result of a date formula. */
export function excelSerial(iso: string): number {
  return isoToDate(iso).getTime() / 86_400_000 + 25_569;
}

/** A1 letters of a 1-based column index. */
export function letter(index: number): string {
  let s = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A sheet's columns by key, to build references before the sheet is written. */
export class Layout<K extends string> {
  private readonly at = new Map<string, number>();
  constructor(
    readonly sheet: string,
    readonly columns: readonly (Column & { key: K })[],
  ) {
    columns.forEach((c, i) => this.at.set(c.key, i + 1));
  }
  index(key: K): number {
    return this.at.get(key) as number;
  }
  col(key: K): string {
    return letter(this.index(key));
  }
  /** `'Sheet'!$X$row`, absolute, for other sheets. */
  ref(key: K, row: number): string {
    return `'${this.sheet}'!$${this.col(key)}$${row}`;
  }
  /**
   * `'Sheet'!Xrow`, relative: a column of such references forms one formula group in
   * LibreOffice, whose threaded calculation then computes the column it reads first.
   */
  cell(key: K, row: number): string {
    return `'${this.sheet}'!${this.col(key)}${row}`;
  }
  /** `'Sheet'!Xa:Xb`, or undefined for an empty range. */
  range(key: K, from: number, to: number): string | undefined {
    return to < from ? undefined : `'${this.sheet}'!${this.col(key)}${from}:${this.col(key)}${to}`;
  }
}

/** How many cells of each kind a workbook holds: the cover note says it, the tests read it. */
export interface Stats {
  formulas: number;
  inputs: number;
  /** Values written instead of a formula, each beside a check formula, by reason. */
  checked: Record<string, number>;
}

/** Writes cells in the workbook's styles and counts them. */
export class SheetWriter<K extends string> {
  readonly ws: Worksheet;
  private readonly checks = new Map<number, number>();
  private maxChecks = 0;

  constructor(
    wb: Workbook,
    readonly layout: Layout<K>,
    title: string,
    explanation: string,
    private readonly stats: Stats,
  ) {
    this.ws = wb.addWorksheet(layout.sheet, {
      views: [{ state: "frozen", ySplit: HEADER_ROW, xSplit: 0 }],
      pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
    });
    this.ws.pageSetup.printTitlesRow = `${HEADER_ROW}:${HEADER_ROW}`;
    this.ws.getCell(1, 1).value = title;
    this.ws.getCell(1, 1).font = { bold: true, size: 13 };
    this.ws.getCell(2, 1).value = explanation;
    this.ws.getCell(2, 1).font = { italic: true };
    layout.columns.forEach((c, i) => {
      this.ws.getColumn(i + 1).width = c.width;
      header(this.ws.getCell(HEADER_ROW, i + 1), c.header);
    });
  }

  private cell(row: number, key: K): Cell {
    const c = this.ws.getCell(row, this.layout.index(key));
    const format = this.layout.columns[this.layout.index(key) - 1].format;
    if (format) c.numFmt = FORMAT[format];
    return c;
  }

  /** An input: a value typed by a user or read from a parameter, in the input style. */
  input(row: number, key: K, value: number | string | Date | boolean | null): void {
    const c = this.cell(row, key);
    c.value = value;
    c.fill = INPUT_FILL;
    c.font = { color: { argb: "FF1F3864" } };
    this.stats.inputs++;
  }

  /** Text that is neither an input nor a figure (names, identifiers, labels). */
  text(row: number, key: K, value: string | number): void {
    this.cell(row, key).value = value;
  }

  /** A formula with the engine's figure as its cached result. */
  formula(row: number, key: K, formula: string, result: number | boolean | string): void {
    this.cell(row, key).value = { formula, result } as never;
    this.stats.formulas++;
  }

  /**
   * ROUND(inner, 2) with the engine's figure, unless floating point could round the exact value
   * to another cent (or the rounded exact value is not the engine's: then the value is written
   * and the check shows the difference): the value, in the checked style, and beside it the
   * unrounded formula a reader can verify.
   */
  rounded(
    row: number,
    key: K,
    inner: string,
    exact: Rational,
    engine: string,
    wrap?: { formula: (rounded: string) => string; cents: bigint; label?: string },
  ): void {
    const cents = wrap ? wrap.cents : centsOf(exact);
    const reason = nearTie(exact, 2) ? "demi-centime" : cents !== centsText(engine) ? "écart" : undefined;
    const formula = `ROUND(${inner},2)`;
    if (!reason) return this.formula(row, key, wrap ? wrap.formula(formula) : formula, Number(engine));
    // « X avant arrondi »: X is the check rounded to the cent; a wrap that goes on from the rounded figure says so.
    const wrapped = wrap !== undefined && wrap.cents !== centsOf(exact);
    const label = `${this.layout.col(key)}${row}${wrapped ? ` : ${wrap.label ?? "avant arrondi, puis plafond"}` : " avant arrondi"}`;
    this.checked(row, key, Number(engine), reason, label, inner, toNumberR(exact));
  }

  /** A value written instead of a formula, with a check formula beside it (see the cover note). */
  checked(
    row: number,
    key: K,
    value: number,
    reason: string,
    label: string,
    check: string,
    checkResult: number,
    format: Format = "exact",
  ): void {
    const c = this.cell(row, key);
    c.value = value;
    c.fill = CHECKED_FILL;
    this.stats.checked[reason] = (this.stats.checked[reason] ?? 0) + 1;
    const n = this.checks.get(row) ?? 0;
    this.checks.set(row, n + 1);
    this.maxChecks = Math.max(this.maxChecks, n + 1);
    const at = this.layout.columns.length + 1 + 2 * n;
    this.ws.getCell(row, at).value = label;
    const f = this.ws.getCell(row, at + 1);
    f.value = { formula: check, result: checkResult } as never;
    f.numFmt = FORMAT[format];
    this.stats.formulas++;
  }

  /** Headers of the check columns, once the rows are written. */
  finish(): void {
    for (let n = 0; n < this.maxChecks; n++) {
      const at = this.layout.columns.length + 1 + 2 * n;
      header(this.ws.getCell(HEADER_ROW, at), "Contrôle : cellule");
      header(this.ws.getCell(HEADER_ROW, at + 1), "Contrôle : formule");
      this.ws.getColumn(at).width = 22;
      this.ws.getColumn(at + 1).width = 18;
    }
  }
}

function header(c: Cell, text: string): void {
  c.value = text;
  c.font = { bold: true, color: { argb: "FFFFFFFF" } };
  c.fill = HEADER_FILL;
  c.alignment = { wrapText: true, vertical: "middle" };
}
