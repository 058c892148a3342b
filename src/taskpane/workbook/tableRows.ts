import { area, cell, sheetAddress } from "./cells";
import type { InputTableDef } from "./inputLayout";
import type { LocatedIssue, Source } from "./locate";
import type { TableData } from "./port";
import { readCell } from "./values";

/** The rows of one input table read by header name, and the located issues of a table's shape. */

export type Row = Record<string, unknown>;

export interface ReadRow {
  values: Row;
  source: Source;
}

export function headerKey(text: unknown): string {
  return String(text ?? "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .trim()
    .toLowerCase();
}

/** Reads the rows of one table by header name (columns may be moved), skipping blank rows. */
export function readRows(def: InputTableDef, data: TableData, issues: LocatedIssue[]): ReadRow[] {
  const byHeader = new Map(data.headers.map((h, i) => [headerKey(h), i]));
  const columns = new Map<string, number>();
  for (const col of def.columns) {
    const i = byHeader.get(headerKey(col.header));
    if (i === undefined) {
      if (col.optional) continue;
      issues.push({
        code: "requis",
        path: "",
        message: `colonne « ${col.header} » introuvable dans le tableau ${def.table} : rétablissez-la ou recréez les tableaux de saisie`,
        sheet: data.sheet,
        address: sheetAddress(
          data.sheet,
          area(data.firstColumn, data.headerRow, data.firstColumn + data.headers.length - 1, data.headerRow),
        ),
        column: col.header,
      });
    } else columns.set(col.key, data.firstColumn + i);
  }
  const out: ReadRow[] = [];
  data.rows.forEach((raw, r) => {
    if (raw.every((v) => v === null || v === undefined || String(v).trim() === "")) return;
    const values: Row = {};
    for (const col of def.columns) {
      const abs = columns.get(col.key);
      if (abs === undefined) continue;
      const v = readCell(raw[abs - data.firstColumn], col.kind);
      if (v !== undefined) values[col.key] = v;
    }
    out.push({
      values,
      source: {
        sheet: data.sheet,
        row: data.headerRow + 1 + r,
        firstColumn: data.firstColumn,
        lastColumn: data.firstColumn + data.headers.length - 1,
        columns,
      },
    });
  });
  return out;
}

export function missingTable(name: string, sheet: string): LocatedIssue {
  return { code: "requis", path: "", message: `tableau ${name} introuvable (feuille « ${sheet} ») : créez les tableaux de saisie`, sheet };
}

export function unknownParent(row: ReadRow, key: string, header: string, what: string): LocatedIssue {
  const col = row.source.columns.get(key) ?? row.source.firstColumn;
  const value = row.values[key];
  return {
    code: "valeur_inconnue",
    path: "",
    message:
      value === undefined
        ? `${header} : obligatoire`
        : `${header} : « ${String(value)} » ne correspond à aucun identifiant de la feuille ${what}`,
    sheet: row.source.sheet,
    address: sheetAddress(row.source.sheet, cell(col, row.source.row)),
    column: header,
  };
}

export function pick(values: Row, omit: string): Row {
  const { [omit]: _omitted, ...rest } = values;
  void _omitted;
  return rest;
}

export function setPath(target: Row, path: string, value: unknown): void {
  const keys = path.split(".");
  let o = target;
  for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as Row;
  o[keys[keys.length - 1]] = value;
}
