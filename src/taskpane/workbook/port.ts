import type { SheetSpec } from "./spec";

/**
 * What the task pane needs from a workbook, and nothing more. The Excel adapter implements it
 * with office.js; tests implement it in memory. The rules about what may be replaced live in
 * safeWrite.ts, above this interface.
 */

export interface SheetInfo {
  id: string;
  name: string;
}

/** The used range of a sheet: `formulas` as Excel gives them (a constant cell's value, or its formula). */
export interface SheetContent {
  /** Row (1-based) of the first row of the used range. */
  top: number;
  /** Column (0-based) of its first column. */
  left: number;
  formulas: unknown[][];
}

/** An Excel table as read: header texts and raw cell values, with where it stands. */
export interface TableData {
  sheet: string;
  /** Row (1-based) of the header. */
  headerRow: number;
  /** Column (0-based) of the first column. */
  firstColumn: number;
  headers: string[];
  rows: unknown[][];
}

export interface WorkbookPort {
  listSheets(): Promise<SheetInfo[]>;
  /** What a sheet holds (values and formulas), or null when there is no sheet of that id. */
  readContent(id: string): Promise<SheetContent | null>;
  /** Every table of the workbook, with the id of its sheet. */
  listTables(): Promise<{ name: string; sheetId: string }[]>;
  /** A table by name, or null when the workbook has none of that name. */
  readTable(name: string): Promise<TableData | null>;
  /** Creates a sheet of that name (which must not exist) and writes the spec into it. */
  createSheet(name: string, spec: SheetSpec): Promise<SheetInfo>;
  deleteSheet(id: string): Promise<void>;
  /** Renames a sheet, and tables of the workbook with it (table names are unique in a workbook). */
  renameSheet(id: string, name: string, tables?: readonly { from: string; to: string }[]): Promise<void>;
  /** Shows a sheet and selects a range of it: `Agents!H7`, `'Résultats structures'!A5`. */
  select(address: string): Promise<void>;
  /** A value saved in the workbook by the add-in, or null. */
  loadSetting(key: string): Promise<string | null>;
  saveSetting(key: string, value: string): Promise<void>;
}
