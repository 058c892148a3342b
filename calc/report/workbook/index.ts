import type ExcelJS from "exceljs";
import { CalcError } from "../../errors";
import type { ConventionResult } from "../../engine/types";
import { ParameterSet } from "../../parameters/lookup";
import type { Scenario, ScenarioInput } from "../../scenario/schema";
import { validateScenario } from "../../scenario/validate";
import { writeAgents } from "./agents";
import { writeAllocation } from "./allocation";
import { Book } from "./book";
import { writeBudget } from "./budget";
import { writeConvention, writeConventionTotals } from "./convention";
import { writeManagers } from "./managers";
import { writeParameters } from "./parameters";
import { writeSchedule } from "./schedule";
import type { Stats } from "./sheet";
import { writeStructures } from "./structures";

export type { Stats as WorkbookStats } from "./sheet";

/**
 * ExcelJS, loaded when a workbook is first written: the task pane and the Excel functions import
 * the library, and only an export needs the file format (a bundler puts it in a chunk of its own).
 */
async function excelJs(): Promise<typeof ExcelJS> {
  const mod = (await import("exceljs")) as typeof ExcelJS & { default?: typeof ExcelJS };
  return mod.default ?? mod;
}

/**
 * Builds the workbook of a computed convention (or of one manager) in memory: the sheets in
 * the order a reader opens them, each figure a formula carrying the engine's value, and the
 * count of its cells by kind.
 */
export async function buildWorkbook(
  result: ConventionResult,
  scenario: ScenarioInput | Scenario,
  managerId?: string,
): Promise<{ workbook: ExcelJS.Workbook; stats: Stats }> {
  return build(result, prepare(scenario), managerId);
}

/** A scenario validated, and its parameters: what every workbook of one computation reads. */
interface Prepared {
  valid: Scenario;
  params: ParameterSet;
}

/** Validates the scenario once (for a national file, most of the cost of a small manager's workbook). */
function prepare(scenario: ScenarioInput | Scenario): Prepared {
  const validation = validateScenario(scenario);
  if (!validation.ok) throw new CalcError(validation.issues);
  return { valid: validation.scenario, params: new ParameterSet(undefined, validation.scenario.parameters) };
}

async function build(
  result: ConventionResult,
  { valid, params }: Prepared,
  managerId?: string,
): Promise<{ workbook: ExcelJS.Workbook; stats: Stats }> {
  if (managerId !== undefined && !result.managers.some((m) => m.id === managerId)) {
    throw new CalcError([{ code: "valeur_inconnue", path: "managerId", message: `gestionnaire inconnu « ${managerId} »` }]);
  }
  const workbook = new (await excelJs()).Workbook();
  workbook.creator = "france-services-ctec";
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  workbook.calcProperties = { fullCalcOnLoad: true };
  const book = new Book(workbook, result, valid, params, managerId);
  const convention = writeConvention(book);
  writeManagers(book);
  writeStructures(book);
  writeAgents(book);
  const schedule = writeSchedule(book);
  const sharing = book.full ? writeAllocation(book) : undefined;
  if (book.full) writeBudget(book, schedule);
  writeParameters(book);
  writeConventionTotals(book, convention, sharing);
  return { workbook, stats: book.stats };
}

/**
 * The .xlsx file of a computed convention, for people without the add-in: sheets Convention
 * (cover note, rules named as the result applies them — final-payment rule, reading of the
 * share, payment dates, balance rate and its check —, envelope, totals, unspent credits),
 * Gestionnaires, Structures, Agents, Échéancier (one row per payment: kind, date, budget year,
 * amount), Répartition (the envelope shared by the largest remainder), Budget (its lines, then
 * by budget year) and Paramètres. Every
 * derived cell is a native formula (ROUND, SUM, SUMIF, MIN, MAX, INT, SUMPRODUCT…) whose cached
 * result is the engine's figure; inputs are values in blue. Where floating point could round
 * to another cent, or a rule is no plain formula, the cell holds the engine's value and a check
 * formula beside it (the cover note says which).
 *
 * @param result the computation of `scenario` (see {@link compute}).
 * @param scenario the scenario computed (its inputs are the workbook's input cells).
 * @throws {CalcError} when the scenario is not valid.
 * @example await writeFile("convention.xlsx", await toWorkbook(result, scenario));
 */
export async function toWorkbook(result: ConventionResult, scenario: ScenarioInput | Scenario): Promise<Uint8Array<ArrayBuffer>> {
  return bytes((await buildWorkbook(result, scenario)).workbook);
}

/**
 * The .xlsx file of one manager of a computed convention: its structures, its agents, its
 * figures. Its allocations are the convention's (the envelope is shared among every manager)
 * and are written as values; everything derived from them is a formula.
 *
 * @throws {CalcError} for an unknown manager or an invalid scenario.
 */
export async function toManagerWorkbook(
  result: ConventionResult,
  scenario: ScenarioInput | Scenario,
  managerId: string,
): Promise<Uint8Array<ArrayBuffer>> {
  return bytes((await buildWorkbook(result, scenario, managerId)).workbook);
}

/**
 * The .xlsx files of every manager of a computed convention, one per call (see
 * {@link toManagerWorkbook}): the scenario is validated once, when this is called, rather than
 * for each file.
 *
 * @throws {CalcError} when the scenario is not valid (now), or for an unknown manager (at the call).
 * @example const file = managerWorkbooks(result, scenario); for (const m of result.managers) await writeFile(`${m.id}.xlsx`, await file(m.id));
 */
export function managerWorkbooks(
  result: ConventionResult,
  scenario: ScenarioInput | Scenario,
): (managerId: string) => Promise<Uint8Array<ArrayBuffer>> {
  const prepared = prepare(scenario);
  return async (managerId) => bytes((await build(result, prepared, managerId)).workbook);
}

async function bytes(workbook: ExcelJS.Workbook): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
