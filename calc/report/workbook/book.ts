import type { Workbook } from "exceljs";
import type { ParameterSet } from "../../parameters/lookup";
import type { ParameterUse } from "../../parameters/types";
import type { ConventionResult, ManagerResult, StructureResult } from "../../engine/types";
import type { Manager, Scenario, Structure } from "../../scenario/schema";
import { FIRST_ROW, type Stats } from "./sheet";
import { PARAMETERS } from "./layouts";
import { div, plus, rat, ZERO_R, type Rational } from "./exact";

/** A structure of the workbook: its result, its input, its rows. */
export interface BookStructure {
  result: StructureResult;
  input: Structure;
  managerIndex: number;
  /** Row on the Structures sheet. */
  row: number;
  /** Rows of its agents on the Agents sheet (to < from when it has none). */
  agents: { from: number; to: number };
}

/** A manager of the workbook, its structures' rows. */
export interface BookManager {
  result: ManagerResult;
  input: Manager;
  index: number;
  row: number;
  structures: { from: number; to: number };
  members: BookStructure[];
}

/** Who the envelope is shared among: a structure, or a pooled manager. */
export type Payee = { kind: "structure"; structure: BookStructure; row: number } | { kind: "pool"; manager: BookManager; row: number };

/**
 * What every sheet reads: the result (the engine's figures, the reference), the validated
 * scenario (the inputs), the parameters, the rows of everything, and whether the workbook holds
 * the whole convention (the envelope is shared in the file) or one manager (its allocations are
 * the convention's, written as values).
 */
export class Book {
  readonly structures: BookStructure[] = [];
  readonly managers: BookManager[] = [];
  readonly payees: Payee[] = [];
  readonly stats: Stats = { formulas: 0, inputs: 0, checked: {} };
  /** Parameters listed on the Paramètres sheet, by `name@from`, with their row. */
  readonly parameterRows = new Map<string, { use: ParameterUse; row: number }>();
  readonly yearStart: string;
  /** Actuals and objectives count (the scenario's own year). */
  readonly evaluated: boolean;

  constructor(
    readonly wb: Workbook,
    readonly result: ConventionResult,
    readonly scenario: Scenario,
    readonly params: ParameterSet,
    /** The manager the file is for, or undefined for the whole convention. */
    readonly only?: string,
  ) {
    this.yearStart = `${result.year}-01-01`;
    this.evaluated = result.year === scenario.year;
    for (const use of result.parametersUsed) this.addParameter(use);
    const byPath = new Map(result.structures.map((s) => [s.path, s]));
    let agentRow = FIRST_ROW;
    result.managers.forEach((m, index) => {
      if (only !== undefined && m.id !== only) return;
      const input = scenario.managers[index];
      const from = FIRST_ROW + this.structures.length;
      const members: BookStructure[] = [];
      input.structures.forEach((s, si) => {
        const r = byPath.get(`managers[${index}].structures[${si}]`) as StructureResult;
        const agents = { from: agentRow, to: agentRow + s.agents.length - 1 };
        agentRow += s.agents.length;
        const b: BookStructure = { result: r, input: s, managerIndex: index, row: FIRST_ROW + this.structures.length, agents };
        this.structures.push(b);
        members.push(b);
      });
      const row = FIRST_ROW + this.managers.length;
      this.managers.push({ result: m, input, index, row, structures: { from, to: from + members.length - 1 }, members });
    });
    if (this.full) this.listPayees();
  }

  /** Whether the file holds the whole convention (and shares the envelope itself). */
  get full(): boolean {
    return this.only === undefined;
  }

  /** The engine's payee order: each structure, a pooled manager in the place of its first structure. */
  private listPayees(): void {
    const seen = new Set<number>();
    for (const s of this.structures) {
      const m = this.managerOf(s);
      if (!m.result.pooled) this.payees.push({ kind: "structure", structure: s, row: FIRST_ROW + this.payees.length });
      else if (!seen.has(m.index)) {
        seen.add(m.index);
        this.payees.push({ kind: "pool", manager: m, row: FIRST_ROW + this.payees.length });
      }
    }
  }

  managerOf(s: BookStructure): BookManager {
    return this.managers.find((m) => m.index === s.managerIndex) as BookManager;
  }

  pooled(s: BookStructure): boolean {
    return this.managerOf(s).result.pooled;
  }

  private addParameter(use: ParameterUse): { use: ParameterUse; row: number } {
    const key = `${use.name}@${use.from}`;
    let entry = this.parameterRows.get(key);
    if (!entry) {
      entry = { use, row: FIRST_ROW + this.parameterRows.size };
      this.parameterRows.set(key, entry);
    }
    return entry;
  }

  /** The value of a parameter at a date (the year's start by default) as used, and the absolute reference of its cell. */
  parameter(name: string, date = this.yearStart): { ref: string; use: ParameterUse } {
    const use = this.params.at(name, date).plain;
    const entry = this.addParameter(use);
    return { ref: PARAMETERS.ref("value", entry.row), use };
  }
}

/** The objectives' weights met and in all, and the achievement ratio (1 without objectives), exactly. */
export function objectivesOf(objectives: readonly Structure["objectives"][number][]): {
  met: Rational;
  weights: Rational;
  ratio: Rational;
} {
  const met = objectives.filter((o) => o.met).reduce((a, o) => plus(a, rat(o.weight)), ZERO_R);
  const weights = objectives.reduce((a, o) => plus(a, rat(o.weight)), ZERO_R);
  return { met, weights, ratio: weights.n === 0n ? rat(1) : div(met, weights) };
}
