import type { Issue } from "../../../calc";
import { area, cell, sheetAddress } from "./cells";
import { AGENTS, BUDGET, MANAGERS, OBJECTIVES, RESOURCES, STRUCTURES } from "./inputLayout";
import type { TableData } from "./port";

/** Where each part of a scenario read from the input tables stands, and issues placed on their cells. */

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
