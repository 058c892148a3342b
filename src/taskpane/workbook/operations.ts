import { compute, validateScenario, type ConventionResult, type ScenarioInput } from "../../../calc";
import type { Overrides } from "../state/persist";
import { withOverrides } from "../state/persist";
import { inputSheets } from "./inputSheets";
import type { WorkbookPort } from "./port";
import { INPUT_TABLE_NAMES, locateIssues, readInput, type InputTables, type LocatedIssue, type SourceMap } from "./readInput";
import { resultSheets } from "./resultSheets";
import { writeSheets, type Confirm, type WriteOutcome } from "./safeWrite";
import { simulationSheet } from "./simulationSheet";

/** What the Convention and Simulate areas do with a workbook: each a few calls over the port. */

export type Progress = (done: number, total: number, what: string) => void;

/** Creates (or, with consent, recreates) the input tables, filled with a scenario. */
export function createInputTables(
  port: WorkbookPort,
  scenario: ScenarioInput,
  confirm: Confirm,
  progress?: Progress,
): Promise<WriteOutcome> {
  return writeSheets(port, inputSheets(scenario), confirm, progress);
}

export type ReadOutcome =
  { ok: true; scenario: ScenarioInput; issues: [] } | { ok: false; scenario?: ScenarioInput; issues: LocatedIssue[] };

/** Reads the input tables back into a scenario and checks it; every problem comes with its cell. */
export async function readConvention(port: WorkbookPort, overrides: Overrides): Promise<ReadOutcome> {
  const { outcome } = await readLocated(port, overrides);
  return outcome;
}

async function readLocated(port: WorkbookPort, overrides: Overrides): Promise<{ outcome: ReadOutcome; sources: SourceMap }> {
  const { scenario, sources, issues } = readInput(await readAll(port));
  const validation = validateScenario(withOverrides(scenario, overrides));
  const all = [...issues, ...(validation.ok ? [] : locateIssues(validation.issues, sources))];
  return { sources, outcome: all.length ? { ok: false, scenario, issues: all } : { ok: true, scenario, issues: [] } };
}

export type ComputeWriteOutcome =
  | { ok: true; scenario: ScenarioInput; result: ConventionResult; write: WriteOutcome }
  | { ok: false; scenario?: ScenarioInput; issues: LocatedIssue[] };

/** Reads the input tables, computes the convention, and writes the result sheets. */
export async function computeAndWrite(
  port: WorkbookPort,
  overrides: Overrides,
  confirm: Confirm,
  progress: Progress = () => {},
): Promise<ComputeWriteOutcome> {
  progress(0, 1, "Lecture des tableaux de saisie");
  const { outcome: read, sources } = await readLocated(port, overrides);
  if (!read.ok) return read;
  const outcome = compute(withOverrides(read.scenario, overrides), { traces: false });
  // Validation passed: these are missing parameter values (e.g. an unpublished split), still located by path.
  if (!outcome.ok) return { ok: false, scenario: read.scenario, issues: locateIssues(outcome.issues, sources) };
  const write = await writeSheets(port, resultSheets(outcome.result), confirm, progress);
  return { ok: true, scenario: read.scenario, result: outcome.result, write };
}

async function readAll(port: WorkbookPort): Promise<InputTables> {
  const tables: InputTables = {};
  for (const name of INPUT_TABLE_NAMES) tables[name] = await port.readTable(name);
  return tables;
}

/** Writes a manager's simulation sheet (live FS formulas). */
export async function writeSimulation(
  port: WorkbookPort,
  scenario: ScenarioInput,
  overrides: Overrides,
  managerIndex: number,
  confirm: Confirm,
): Promise<WriteOutcome | { ok: false; issues: LocatedIssue[] }> {
  const input = withOverrides(scenario, overrides);
  const validation = validateScenario(input);
  if (!validation.ok) return { ok: false, issues: validation.issues };
  const outcome = compute(input, { traces: false });
  if (!outcome.ok) return { ok: false, issues: outcome.issues };
  return writeSheets(port, [simulationSheet(validation.scenario, managerIndex, outcome.result)], confirm);
}
