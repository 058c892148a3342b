import type { Issue, ScenarioInput } from "../../../calc";
import { area, cell, sheetAddress } from "./cells";
import {
  AGENTS,
  BUDGET,
  CONVENTION,
  CONVENTION_HEADERS,
  MANAGERS,
  OBJECTIVES,
  RESOURCES,
  STRUCTURES,
  type InputTableDef,
} from "./inputLayout";
import type { TableData } from "./port";
import type { ColumnKind } from "./spec";
import { readCell } from "./values";

/** Where a part of the scenario was read: a sheet row, and the column of each field. */
export interface Source {
  sheet: string;
  row: number;
  firstColumn: number;
  lastColumn: number;
  columns: ReadonlyMap<string, number>;
  /** The column of a single value (the convention sheet). */
  valueColumn?: number;
}

/** Scenario paths (`managers[0].structures[2]`, `rules.rate`) → where they were read. */
export type SourceMap = Map<string, Source>;

/** An issue with the cell it is about, when it comes from a sheet. */
export interface LocatedIssue extends Issue {
  sheet?: string;
  /** `Agents!H7`, or a row `Agents!A7:J7`. */
  address?: string;
  /** Header of the column concerned. */
  column?: string;
}

/** The tables as read from the workbook, by table name (null when missing). */
export type InputTables = Record<string, TableData | null>;

/** Names of every input table, for the reader. */
export const INPUT_TABLE_NAMES = [CONVENTION.table, ...[MANAGERS, STRUCTURES, AGENTS, RESOURCES, OBJECTIVES, BUDGET].map((t) => t.table)];

const OPTIONAL = new Set([RESOURCES.table, OBJECTIVES.table, BUDGET.table]);

type Row = Record<string, unknown>;

interface ReadRow {
  values: Row;
  source: Source;
}

function headerKey(text: unknown): string {
  return String(text ?? "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .trim()
    .toLowerCase();
}

/** Reads the rows of one table by header name (columns may be moved), skipping blank rows. */
function readRows(def: InputTableDef, data: TableData, issues: LocatedIssue[]): ReadRow[] {
  const byHeader = new Map(data.headers.map((h, i) => [headerKey(h), i]));
  const columns = new Map<string, number>();
  for (const col of def.columns) {
    const i = byHeader.get(headerKey(col.header));
    if (i === undefined) {
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

function missingTable(name: string, sheet: string): LocatedIssue {
  return { code: "requis", path: "", message: `tableau ${name} introuvable (feuille « ${sheet} ») : créez les tableaux de saisie`, sheet };
}

function unknownParent(row: ReadRow, key: string, header: string, what: string): LocatedIssue {
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

function pick(values: Row, omit: string): Row {
  const { [omit]: _omitted, ...rest } = values;
  void _omitted;
  return rest;
}

function setPath(target: Row, path: string, value: unknown): void {
  const keys = path.split(".");
  let o = target;
  for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as Row;
  o[keys[keys.length - 1]] = value;
}

/**
 * Builds a scenario from the input tables, with where each part was read. Problems of the
 * sheets themselves (missing table or column, a row naming an unknown parent) come back as
 * located issues; the scenario's own rules are checked afterwards by calc's validation, whose
 * paths {@link locate} turns into cells.
 */
export function readInput(tables: InputTables): { scenario: ScenarioInput; sources: SourceMap; issues: LocatedIssue[] } {
  const issues: LocatedIssue[] = [];
  const sources: SourceMap = new Map();
  const scenario: Row = {};

  const conv = tables[CONVENTION.table];
  if (!conv) issues.push(missingTable(CONVENTION.table, CONVENTION.sheet));
  else {
    const labels = new Map(conv.rows.map((r, i) => [headerKey(r[0]), i]));
    for (const def of CONVENTION.rows) {
      const i = labels.get(headerKey(def.label));
      if (i === undefined) {
        // A missing row reads as a blank value (the dated parameter applies), except the year.
        if (def.key !== "year") continue;
        issues.push({
          code: "requis",
          path: def.key,
          message: `ligne « ${def.label} » introuvable dans le tableau ${CONVENTION.table}`,
          sheet: conv.sheet,
        });
        continue;
      }
      const row = conv.headerRow + 1 + i;
      const valueColumn = conv.firstColumn + 1;
      sources.set(def.key, {
        sheet: conv.sheet,
        row,
        firstColumn: conv.firstColumn,
        lastColumn: valueColumn,
        columns: new Map(),
        valueColumn,
      });
      const v = readCell(conv.rows[i][1], def.kind as ColumnKind);
      if (v !== undefined) setPath(scenario, def.key, v);
    }
    if (conv.headers.length < CONVENTION_HEADERS.length)
      issues.push({
        code: "requis",
        path: "",
        message: `le tableau ${CONVENTION.table} doit avoir deux colonnes : Paramètre et Valeur`,
        sheet: conv.sheet,
      });
  }

  const read = (def: InputTableDef): ReadRow[] => {
    const data = tables[def.table];
    if (!data) {
      if (!OPTIONAL.has(def.table)) issues.push(missingTable(def.table, def.sheet));
      return [];
    }
    // An issue about the list of managers as a whole (« au moins un gestionnaire ») points at its header.
    if (def === MANAGERS) {
      const lastColumn = data.firstColumn + data.headers.length - 1;
      sources.set("managers", { sheet: data.sheet, row: data.headerRow, firstColumn: data.firstColumn, lastColumn, columns: new Map() });
    }
    return readRows(def, data, issues);
  };

  const managers: Row[] = [];
  const managerIndex = new Map<string, Row>();
  for (const row of read(MANAGERS)) {
    const m: Row = { ...row.values, structures: [] };
    sources.set(`managers[${managers.length}]`, row.source);
    managers.push(m);
    if (typeof m.id === "string" && !managerIndex.has(m.id)) managerIndex.set(m.id, m);
  }
  scenario.managers = managers;

  const structureIndex = new Map<string, { row: Row; path: string }>();
  for (const row of read(STRUCTURES)) {
    const owner = managerIndex.get(String(row.values.manager));
    if (!owner) {
      issues.push(unknownParent(row, "manager", "Gestionnaire (identifiant)", MANAGERS.sheet));
      continue;
    }
    const list = owner.structures as Row[];
    const path = `managers[${managers.indexOf(owner)}].structures[${list.length}]`;
    const st: Row = { ...pick(row.values, "manager"), agents: [], resources: [], objectives: [] };
    list.push(st);
    sources.set(path, row.source);
    if (typeof st.id === "string" && !structureIndex.has(st.id)) structureIndex.set(st.id, { row: st, path });
  }

  const children = (def: InputTableDef, list: "agents" | "resources" | "objectives") => {
    for (const row of read(def)) {
      const parent = structureIndex.get(String(row.values.structure));
      if (!parent) {
        issues.push(unknownParent(row, "structure", "Structure (identifiant)", STRUCTURES.sheet));
        continue;
      }
      const items = parent.row[list] as Row[];
      sources.set(`${parent.path}.${list}[${items.length}]`, row.source);
      items.push(pick(row.values, "structure"));
    }
  };
  children(AGENTS, "agents");
  children(RESOURCES, "resources");
  children(OBJECTIVES, "objectives");

  const budgetRows = read(BUDGET);
  if (tables[BUDGET.table]) {
    const budget = (scenario.budget ??= {}) as Row;
    budget.lines = budgetRows.map((row, i) => {
      sources.set(`budget.lines[${i}]`, row.source);
      return row.values;
    });
  }
  return { scenario: scenario as unknown as ScenarioInput, sources, issues };
}

/**
 * The cell of a scenario path: the longest part of the path read from a sheet, then the column
 * of the field after it; the whole row when the field has no column of its own.
 *
 * @example locate("managers[0].structures[2].agents[1].fte", sources) // { address: "Agents!H7", column: "Quotité (ETP)" }
 */
export function locate(path: string, sources: SourceMap): { sheet: string; address: string; column?: string } | undefined {
  let prefix = path;
  while (prefix) {
    const source = sources.get(prefix);
    if (source) {
      const rest = path.slice(prefix.length).replace(/^\./, "");
      const field = /^[^.[]*/.exec(rest)?.[0] ?? "";
      const col = field ? source.columns.get(field) : source.valueColumn;
      if (col !== undefined)
        return {
          sheet: source.sheet,
          address: sheetAddress(source.sheet, cell(col, source.row)),
          column: columnHeader(source.sheet, field),
        };
      return {
        sheet: source.sheet,
        address: sheetAddress(source.sheet, area(source.firstColumn, source.row, source.lastColumn, source.row)),
      };
    }
    const parent = prefix.replace(/(\.[^.[\]]*|\[\d+\])$/, "");
    if (parent === prefix) break;
    prefix = parent;
  }
  return undefined;
}

const HEADERS = new Map(
  [MANAGERS, STRUCTURES, AGENTS, RESOURCES, OBJECTIVES, BUDGET].map((d) => [d.sheet, new Map(d.columns.map((c) => [c.key, c.header]))]),
);

function columnHeader(sheet: string, field: string): string | undefined {
  return field ? HEADERS.get(sheet)?.get(field) : undefined;
}

/** Calc's issues placed on their cells. */
export function locateIssues(issues: readonly Issue[], sources: SourceMap): LocatedIssue[] {
  return issues.map((i) => {
    const where = locate(i.path, sources);
    return where ? { ...i, ...where } : { ...i };
  });
}
