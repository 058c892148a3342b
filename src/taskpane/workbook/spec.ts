/**
 * What the add-in writes into a workbook, as plain data. The pure layouts (input tables, results,
 * simulation) build these; the Excel adapter only places them. Nothing here knows Office.
 */

/** How a column's cells are typed, formatted and checked. */
export type ColumnKind =
  | "text" // user text (names, labels): always written as text, never as a formula
  | "id" // an identifier: text
  | "choice" // text from a drop-down list
  | "bool" // « oui » / « non », from a drop-down list
  | "money" // euros
  | "rate" // a fraction shown as a percentage (0,8 → 80 %)
  | "fte" // a quotité in [0, 1]
  | "months" // 0 to 12
  | "integer" // an indice majoré, a count
  | "decimal" // any number (a weight, an achievement ratio)
  | "date"; // a calendar date

export interface ColumnDef {
  /** Field of the scenario (or of a result) the column holds. */
  key: string;
  /** French header shown in the sheet. */
  header: string;
  kind: ColumnKind;
  /** The allowed values of a `choice` column. */
  choices?: readonly string[];
  /** An input column added after workbooks were made without it: absent, it reads as blank (no error). */
  optional?: boolean;
}

/** A cell: a value, or a formula computed by Excel (only ever built by the add-in, never from user text). */
export type Cell = string | number | boolean | null | { formula: string };

export interface TableBlock {
  type: "table";
  /** First row (1-based) of the header. */
  row: number;
  /** Excel table name, unique in the workbook, e.g. `FS_Agents`. */
  name: string;
  columns: readonly ColumnDef[];
  rows: readonly Cell[][];
  /** Column keys summed in a totals row. */
  totals?: readonly string[];
  /** Add drop-down lists and bounds (input tables). */
  validation?: boolean;
}

export interface KeyValueBlock {
  type: "keyValues";
  row: number;
  /** Excel table name when the block is an input table (read back by its labels). */
  name?: string;
  rows: readonly { key: string; label: string; kind: ColumnKind; value: Cell; choices?: readonly string[] }[];
  validation?: boolean;
}

export interface TextBlock {
  type: "text";
  row: number;
  lines: readonly string[];
  /** Shown as a title (bold, larger). */
  title?: boolean;
}

export interface ChartBlock {
  type: "chart";
  title: string;
  /** The table it plots, its label column and the value columns, by key. */
  table: string;
  label: string;
  series: readonly string[];
  /** Where to put it: the cell of its top-left corner. */
  at: string;
}

export type Block = TableBlock | KeyValueBlock | TextBlock | ChartBlock;

/** One sheet the add-in creates. */
export interface SheetSpec {
  /** Stable role, e.g. `resultats.structures`: how the add-in recognises its own sheets. */
  role: string;
  /** French sheet name. */
  name: string;
  /** The sheet holds what users type (input tables): replacing it always asks, even when the add-in created it. */
  userData?: boolean;
  blocks: readonly Block[];
  /** Freeze the rows above this one (the header of the main table). */
  freezeRows?: number;
}

/** Rows a block takes, header and totals included. */
export function blockHeight(block: Block): number {
  switch (block.type) {
    case "table":
      return 1 + Math.max(1, block.rows.length) + (block.totals ? 1 : 0);
    case "keyValues":
      return 1 + block.rows.length;
    case "text":
      return block.lines.length;
    case "chart":
      return 0;
  }
}
