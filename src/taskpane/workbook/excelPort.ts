/// <reference types="office-js" />
import { area, cell } from "./cells";
import type { SheetInfo, TableData, WorkbookPort } from "./port";
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

/**
 * The workbook port over office.js: placement and formats only, no rule of the domain.
 * `run` is `Excel.run` in the add-in and a mock context in tests. Enum values are written as
 * their strings, so the module needs no `Excel` global to load.
 */

export type Run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

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

function validationRule(col: { kind: ColumnKind; choices?: readonly string[] }): Excel.DataValidationRule | undefined {
  if (col.choices) return { list: { inCellDropDown: true, source: col.choices.join(",") } };
  switch (col.kind) {
    case "fte":
    case "rate":
      return { decimal: { formula1: 0, formula2: 1, operator: "Between" } };
    case "months":
      return { decimal: { formula1: 0, formula2: 12, operator: "Between" } };
    case "money":
    case "decimal":
      return { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
    case "integer":
      return { wholeNumber: { formula1: 1, operator: "GreaterThanOrEqualTo" } };
    default:
      return undefined;
  }
}

const VALIDATION_MESSAGES: Partial<Record<ColumnKind, string>> = {
  fte: "Une quotité est comprise entre 0 et 1 (un mi-temps s'écrit 0,5).",
  rate: "Un taux est compris entre 0 et 1 (80 % s'écrit 0,8).",
  months: "Un nombre de mois est compris entre 0 et 12.",
  money: "Un montant est un nombre positif ou nul.",
  decimal: "Un nombre positif ou nul.",
  integer: "Un nombre entier positif.",
};

function validate(range: Excel.Range, col: { kind: ColumnKind; choices?: readonly string[] }): void {
  const rule = validationRule(col);
  if (!rule) return;
  range.dataValidation.rule = rule;
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: "Stop",
    title: "Valeur refusée",
    message: col.choices
      ? `Choisissez une valeur de la liste : ${col.choices.join(", ")}.`
      : (VALIDATION_MESSAGES[col.kind] ?? "Valeur refusée."),
  };
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

function splitAddress(address: string): { sheet?: string; range: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(address);
  return m ? { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), range: m[3] } : { range: address };
}

/** The port over a workbook reached through `run` (Excel.run in the add-in). */
export function excelPort(run: Run): WorkbookPort {
  return {
    listSheets: () =>
      run(async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        sheets.load("items/id,items/name");
        await ctx.sync();
        return sheets.items.map((s) => ({ id: s.id, name: s.name }));
      }),

    isSheetEmpty: (name) =>
      run(async (ctx) => {
        // isNullObject is known after any sync, without a load.
        const ws = ctx.workbook.worksheets.getItemOrNullObject(name);
        await ctx.sync();
        if (ws.isNullObject) return null;
        const used = ws.getUsedRangeOrNullObject(true);
        await ctx.sync();
        return used.isNullObject;
      }),

    readTable: (name) =>
      run(async (ctx): Promise<TableData | null> => {
        const table = ctx.workbook.tables.getItemOrNullObject(name);
        await ctx.sync();
        if (table.isNullObject) return null;
        const header = table.getHeaderRowRange();
        header.load("values,rowIndex,columnIndex");
        const body = table.getDataBodyRange();
        body.load("values");
        const ws = table.worksheet;
        ws.load("name");
        await ctx.sync();
        return {
          sheet: ws.name,
          headerRow: header.rowIndex + 1,
          firstColumn: header.columnIndex,
          headers: header.values[0].map(String),
          rows: body.values,
        };
      }),

    createSheet: (name, spec) =>
      run(async (ctx): Promise<SheetInfo> => {
        const ws = ctx.workbook.worksheets.add(name);
        writeBlocks(ws, spec);
        ws.load("id,name");
        await ctx.sync();
        return { id: ws.id, name: ws.name };
      }),

    deleteSheet: (id) =>
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem(id).delete();
        await ctx.sync();
      }),

    renameSheet: (id, name, tables = []) =>
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem(id).name = name;
        for (const t of tables) ctx.workbook.tables.getItem(t.from).name = t.to;
        await ctx.sync();
      }),

    select: (address) =>
      run(async (ctx) => {
        const target = splitAddress(address);
        if (!target.sheet) throw new Error(`adresse sans feuille : ${address}`);
        const ws = ctx.workbook.worksheets.getItem(target.sheet);
        ws.activate();
        ws.getRange(target.range).select();
        await ctx.sync();
      }),

    loadSetting: (key) =>
      run(async (ctx) => {
        const setting = ctx.workbook.settings.getItemOrNullObject(key);
        setting.load("value");
        await ctx.sync();
        return setting.isNullObject ? null : String(setting.value);
      }),

    saveSetting: (key, value) =>
      run(async (ctx) => {
        ctx.workbook.settings.add(key, value);
        await ctx.sync();
      }),
  };
}
