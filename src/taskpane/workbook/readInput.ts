import type { ScenarioInput } from "../../../calc";
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
import type { InputTables, LocatedIssue, SourceMap } from "./locate";
import type { ColumnKind } from "./spec";
import { headerKey, missingTable, pick, readRows, setPath, unknownParent, type ReadRow, type Row } from "./tableRows";
import { readCell } from "./values";

export { locate, locateIssues, type InputTables, type LocatedIssue, type Source, type SourceMap } from "./locate";

/** Names of every input table, for the reader. */
export const INPUT_TABLE_NAMES = [CONVENTION.table, ...[MANAGERS, STRUCTURES, AGENTS, RESOURCES, OBJECTIVES, BUDGET].map((t) => t.table)];

const OPTIONAL = new Set([RESOURCES.table, OBJECTIVES.table, BUDGET.table]);

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
