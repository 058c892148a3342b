/// <reference types="office-js" />
import type { SheetContent, SheetInfo, TableData, WorkbookPort } from "./port";
import { writeBlocks } from "./sheetWriter";

export { cellFormat, NUMBER_FORMATS, writeBlocks } from "./sheetWriter";

/**
 * The workbook port over office.js. `run` is `Excel.run` in the add-in and a mock context in
 * tests.
 */

export type Run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

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

    readContent: (id) =>
      run(async (ctx): Promise<SheetContent | null> => {
        const ws = ctx.workbook.worksheets.getItemOrNullObject(id);
        await ctx.sync();
        if (ws.isNullObject) return null;
        const used = ws.getUsedRangeOrNullObject(true);
        used.load("formulas,rowIndex,columnIndex");
        await ctx.sync();
        if (used.isNullObject) return { top: 1, left: 0, formulas: [] };
        return { top: used.rowIndex + 1, left: used.columnIndex, formulas: used.formulas };
      }),

    listTables: () =>
      run(async (ctx) => {
        const tables = ctx.workbook.tables;
        tables.load("items/name,items/worksheet/id");
        await ctx.sync();
        return tables.items.map((t) => ({ name: t.name, sheetId: t.worksheet.id }));
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
