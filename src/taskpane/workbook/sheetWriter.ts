/// <reference types="office-js" />
import { area, cell } from "./cells";
import {
  blockHeight,
  type Block,
  type Cell,
  type ColumnDef,
  type ColumnKind,
  type KeyValueBlock,
  type SheetSpec,
  type TableBlock,
  type TextBlock,
} from "./spec";
import { validate } from "./validation";

/**
 * Writing a sheet spec into an empty worksheet through office.js: placement and formats only,
 * no rule of the domain. Enum values are written as their strings, so the module needs no
 * `Excel` global to load.
 */

/** Number formats, in the invariant (English) codes of `Range.numberFormat`. */
export const NUMBER_FORMATS: Record<ColumnKind, string> = {
  text: "@",
  id: "@",
  choice: "@",
  bool: "@",
  money: '#,##0.00 "€"',
  rate: "0.00%",
  fte: "0.00",
  months: "0.##",
  integer: "0",
  decimal: "General",
  date: "dd/mm/yyyy",
};

const isFormula = (v: Cell): v is { formula: string } => typeof v === "object" && v !== null;

/** The format of one cell: any text is formatted as text, so Excel never reads it as a formula or a number. */
export function cellFormat(value: Cell, kind: ColumnKind): string {
  return typeof value === "string" ? "@" : NUMBER_FORMATS[kind];
}

function plain(value: Cell): string | number | boolean {
  if (isFormula(value)) throw new Error("formule inattendue");
  return value ?? "";
}

function writeText(ws: Excel.Worksheet, b: TextBlock): void {
  const range = ws.getRange(area(0, b.row, 0, b.row + b.lines.length - 1));
  range.numberFormat = b.lines.map(() => ["@"]);
  range.values = b.lines.map((l) => [l]);
  if (b.title) {
    range.format.font.bold = true;
    range.format.font.size = 14;
  }
}

function writeTable(ws: Excel.Worksheet, b: TableBlock): void {
  const width = b.columns.length;
  const rows: Cell[][] = b.rows.length ? b.rows.map((r) => [...r]) : [b.columns.map(() => null)];
  const last = b.row + rows.length;
  const header = ws.getRange(area(0, b.row, width - 1, b.row));
  header.numberFormat = [b.columns.map(() => "@")];
  header.values = [b.columns.map((c) => c.header)];
  const body = ws.getRange(area(0, b.row + 1, width - 1, last));
  // Formats first: a text cell must be text before its value arrives.
  body.numberFormat = rows.map((r) => r.map((v, i) => cellFormat(v, b.columns[i].kind)));
  b.columns.forEach((col: ColumnDef, i) => {
    const range = ws.getRange(area(i, b.row + 1, i, last));
    const cells = rows.map((r) => r[i]);
    if (cells.some(isFormula)) {
      if (cells.some((v) => typeof v === "string"))
        throw new Error(`colonne « ${col.header} » : du texte ne peut pas être écrit comme une formule`);
      range.formulas = cells.map((v) => [isFormula(v) ? v.formula : (v ?? "")]) as (string | number | boolean)[][];
    } else {
      range.values = cells.map((v) => [plain(v)]);
    }
    if (b.validation) validate(range, col);
  });
  const table = ws.tables.add(area(0, b.row, width - 1, last), true);
  table.name = b.name;
  table.style = "TableStyleMedium2";
  if (b.totals) {
    table.showTotals = true;
    const at = last + 1;
    const label = ws.getRange(cell(0, at));
    label.numberFormat = [["@"]];
    label.values = [["Total"]];
    b.columns.forEach((col, i) => {
      if (!b.totals?.includes(col.key)) return;
      const total = ws.getRange(cell(i, at));
      total.numberFormat = [[NUMBER_FORMATS[col.kind]]];
      total.formulas = [[`=SUBTOTAL(109,${area(i, b.row + 1, i, last)})`]];
    });
  }
}

function writeKeyValues(ws: Excel.Worksheet, b: KeyValueBlock): void {
  const header = ws.getRange(area(0, b.row, 1, b.row));
  header.numberFormat = [["@", "@"]];
  header.values = [["Paramètre", "Valeur"]];
  const first = b.row + 1;
  const labels = ws.getRange(area(0, first, 0, first + b.rows.length - 1));
  labels.numberFormat = b.rows.map(() => ["@"]);
  labels.values = b.rows.map((r) => [r.label]);
  b.rows.forEach((r, i) => {
    const target = ws.getRange(cell(1, first + i));
    target.numberFormat = [[cellFormat(r.value, r.kind)]];
    if (isFormula(r.value)) target.formulas = [[r.value.formula]];
    else target.values = [[plain(r.value)]];
    if (b.validation) validate(target, r);
  });
  if (b.name) {
    const table = ws.tables.add(area(0, b.row, 1, first + b.rows.length - 1), true);
    table.name = b.name;
    table.style = "TableStyleLight9";
  } else {
    header.format.font.bold = true;
  }
}

function writeChart(ws: Excel.Worksheet, spec: SheetSpec, b: Extract<Block, { type: "chart" }>): void {
  const table = spec.blocks.find((x): x is TableBlock => x.type === "table" && x.name === b.table);
  if (!table || table.rows.length === 0) return;
  const col = (key: string) => table.columns.findIndex((c) => c.key === key);
  const first = table.row + 1;
  const last = table.row + table.rows.length;
  const labels = ws.getRange(area(col(b.label), first, col(b.label), last));
  const [head, ...rest] = b.series.map(col);
  const chart = ws.charts.add("ColumnStacked", ws.getRange(area(head, table.row, head, last)), "Columns");
  chart.series.getItemAt(0).setXAxisValues(labels);
  for (const i of rest) {
    const series = chart.series.add(table.columns[i].header);
    series.setValues(ws.getRange(area(i, first, i, last)));
    series.setXAxisValues(labels);
  }
  chart.title.text = b.title;
  chart.legend.position = "Bottom";
  chart.setPosition(b.at);
}

/** Writes the blocks of a spec into an empty sheet. */
export function writeBlocks(ws: Excel.Worksheet, spec: SheetSpec): void {
  let width = 1;
  let bottom = 1;
  for (const b of spec.blocks) {
    if (b.type === "text") writeText(ws, b);
    else if (b.type === "table") {
      writeTable(ws, b);
      width = Math.max(width, b.columns.length);
    } else if (b.type === "keyValues") {
      writeKeyValues(ws, b);
      width = Math.max(width, 2);
    }
    if (b.type !== "chart") bottom = Math.max(bottom, b.row + blockHeight(b) - 1);
  }
  // Column widths from the tables only (the long help lines above them would widen column A).
  const firstTable = spec.blocks.find((b) => b.type === "table" || b.type === "keyValues");
  if (firstTable) ws.getRange(area(0, firstTable.row, width - 1, bottom)).format.autofitColumns();
  for (const b of spec.blocks) if (b.type === "chart") writeChart(ws, spec, b);
  if (spec.freezeRows) ws.freezePanes.freezeRows(spec.freezeRows);
}
