/**
 * The Excel custom functions of namespace FS: thin wrappers over calc/, one per id of
 * shared/spec/custom-functions.md. The JSDoc below generates functions.json (English names and
 * descriptions, the default); the French metadata is derived from it (see functions.fr-FR.json).
 *
 * Each function is a top-level `function` declaration: custom-functions-metadata ignores any
 * other form. The build appends `CustomFunctions.associate(id, function)` for each of them.
 */
import { parameterStatus } from "./parameters";
import * as calc from "../../calc";
import pkg from "../../package.json";
import { excel, exact, isoDate, money, num, text } from "./excel";
import {
  achievementCells,
  advanceCell,
  allocateCells,
  deptShareCell,
  netCostCells,
  payrollCells,
  scheduleCells,
  stateForfaitCell,
} from "./money";

/**
 * State forfait of one labelled France Services structure for a year, pro rata of the months open.
 * @customfunction STATE_FORFAIT
 * @param year Year of the forfait (2020 onward).
 * @param kind Structure kind: fixe, itinerante or laposte (default fixe).
 * @param months Months open in the year, 0 to 12 (default 12).
 * @returns round(total forfait × months / 12), in euros.
 */
export function stateForfait(year: number, kind?: string, months?: number): number {
  return excel(() => stateForfaitCell(year, kind, months));
}

/**
 * The two parts of a full-year State forfait: State (FNADT) or postal fund part, and FNFS part.
 * @customfunction STATE_FORFAIT_SPLIT
 * @param year Year of the forfait (2020 onward).
 * @param kind Structure kind: fixe, itinerante or laposte (default fixe).
 * @returns One row: [State or postal fund part, FNFS part], in euros.
 */
export function stateForfaitSplit(year: number, kind?: string): number[][] {
  return excel(() => [calc.forfaitSplit(num(year, "année"), calc.parseKind(text(kind, "type", "fixe"))).map(money)]);
}

/**
 * Monthly value of one point of indice majoré in force at a date (annual value / 1200, not rounded).
 * @customfunction INDEX_POINT
 * @param date The date (an Excel date).
 * @returns Value of one point for one month, in euros.
 */
export function indexPoint(date: number): number {
  return excel(() => exact(calc.pointMonthly(isoDate(date, "date"))));
}

/**
 * Annual gross base salary of an indice majoré: the sum over 12 months of round(IM × monthly point value).
 * @customfunction BASE_SALARY
 * @param indice_majore Indice majoré, a positive whole number.
 * @param year Calendar year.
 * @returns Annual base salary, in euros.
 */
export function baseSalary(indice_majore: number, year: number): number {
  return excel(() => money(calc.baseSalary(num(indice_majore, "indice majoré"), num(year, "année"), undefined, { minimum: false })));
}

/**
 * Preset total employer contribution rate of a status for a year (an estimate: see the parameters).
 * @customfunction EMPLOYER_RATE
 * @param status titulaire or contractuel.
 * @param year Calendar year.
 * @returns The rate as a fraction (0.4648 = 46.48 %).
 */
export function employerRate(status: string, year: number): number {
  return excel(() => exact(calc.employerRate(calc.parseStatus(text(status, "statut")), num(year, "année")).rate));
}

/**
 * Loaded cost from a gross salary and an employer rate.
 * @customfunction LOADED_COST
 * @param gross Annual gross salary, in euros.
 * @param rate Employer contribution rate, a fraction between 0 and 1.
 * @returns round(gross × (1 + rate)), in euros.
 */
export function loadedCost(gross: number, rate: number): number {
  return excel(() => money(calc.loadedCost(num(gross, "brut"), num(rate, "taux"))));
}

/**
 * Payroll of agent lines: the sum of round(cost × FTE × months / 12 × assignment).
 * @customfunction PAYROLL
 * @param costs Annual loaded cost of each agent, in euros.
 * @param fte FTE of each agent, 0 to 1 (default 1); one cell applies to every line.
 * @param months Months present, 0 to 12 (default 12); one cell applies to every line.
 * @param assignment Share of time assigned to France Services, 0 to 1 (default 1); one cell applies to every line.
 * @returns Payroll, in euros.
 */
export function payroll(costs: unknown[][], fte?: unknown[][], months?: unknown[][], assignment?: unknown[][]): number {
  return excel(() => payrollCells(costs, fte, months, assignment));
}

/**
 * The Département's share of a structure: at most the cap, round(rate × max(0, payroll − forfait)).
 * @customfunction DEPT_SHARE
 * @param payroll Eligible payroll, in euros.
 * @param forfait Deducted resources (the State forfait), in euros.
 * @param rate Participation rate, a fraction (default: the latest value of the parameter departement.taux).
 * @param cap Cap of the share, in euros (default none); fractions of a cent are taken down to the cent.
 * @param reading How the rule reads: masse_moins_forfait, round(rate × max(0, payroll − forfait)) (default), or part_moins_forfait, max(0, round(rate × payroll) − forfait).
 * @returns The share, in euros.
 */
export function deptShare(payroll: number, forfait: number, rate?: number, cap?: number, reading?: string): number {
  return excel(() => deptShareCell(payroll, forfait, rate, cap, reading));
}

/**
 * What the manager still pays: payroll − forfait − departmental share − other resources (may be negative).
 * @customfunction NET_COST
 * @param payroll Payroll, in euros.
 * @param forfait State forfait, in euros.
 * @param dept_share Département's share, in euros.
 * @param other Other resources, in euros (default none).
 * @returns Remaining cost, in euros.
 */
export function netCost(payroll: number, forfait: number, dept_share: number, other?: unknown[][]): number {
  return excel(() => netCostCells(payroll, forfait, dept_share, other));
}

/**
 * Allocates an envelope: requests paid in full when they fit, otherwise split by largest remainder in cents.
 * @customfunction ALLOCATE
 * @param requests Requested amounts, in euros.
 * @param envelope The envelope, in euros.
 * @param caps Cap of each request, in euros (default none; a blank cell is no cap); one cell applies to every request.
 * @returns The allocations, in the shape of the requests; they sum exactly to the envelope when it binds.
 */
export function allocate(requests: unknown[][], envelope: number, caps?: unknown[][]): number[][] {
  return excel(() => allocateCells(requests, envelope, caps));
}

/**
 * Acompte (advance) on an amount.
 * @customfunction ADVANCE
 * @param amount Forecast allocation, in euros.
 * @param rate Advance rate, a fraction (default: the latest value of the parameter departement.taux_acompte).
 * @returns round(amount × rate), in euros.
 */
export function advance(amount: number, rate?: number): number {
  return excel(() => advanceCell(amount, rate));
}

/**
 * Solde (balance) after the evaluation: final allocation − advance paid; negative means a repayment.
 * @customfunction BALANCE
 * @param final Final allocation, in euros.
 * @param advance_paid Advance already paid, in euros.
 * @returns The balance, in euros.
 */
export function balance(final: number, advance_paid: number): number {
  return excel(() => money(calc.balance(num(final, "montant final"), num(advance_paid, "acompte versé"))));
}

/**
 * Payment schedule: for each request, forecast allocation, advance, final allocation and balance.
 * @customfunction SCHEDULE
 * @param requests Forecast requests, in euros.
 * @param envelope The envelope, in euros.
 * @param advance_rate Advance rate, a fraction (default: the latest value of the parameter departement.taux_acompte).
 * @param actuals Final requests after the evaluation, in euros, same shape as the requests or one cell for every request (default: the forecast).
 * @param final_rule plafonne: round(forecast × min(1, actual ÷ request)) (default); redistribue: the envelope allocated again on the actuals.
 * @returns One row per request: [forecast allocation, advance, final allocation, balance].
 */
export function schedule(
  requests: unknown[][],
  envelope: number,
  advance_rate?: number,
  actuals?: unknown[][],
  final_rule?: string,
): number[][] {
  return excel(() => scheduleCells(requests, envelope, advance_rate, actuals, final_rule));
}

/**
 * Achievement ratio of a structure's objectives: Σ weight × met / Σ weight.
 * @customfunction ACHIEVEMENT
 * @param met Whether each objective is met: TRUE/FALSE or 1/0 (a blank cell is not met).
 * @param weights Weight of each objective, 0 or more (default 1); one cell applies to every objective.
 * @returns The ratio, between 0 and 1.
 */
export function achievement(met: unknown[][], weights?: unknown[][]): number {
  return excel(() => achievementCells(met, weights));
}

/**
 * Value of a named dated parameter at a date, e.g. forfait.total, point.annuel, departement.taux.
 * @customfunction PARAM
 * @param name Name of the parameter.
 * @param date The date (an Excel date).
 * @returns The value in force at that date.
 */
export function param(name: string, date: number): number {
  return excel(() => exact(calc.REFERENCE_PARAMETERS.at(text(name, "nom").trim(), isoDate(date, "date")).decimal));
}

/**
 * Status of a named dated parameter at a date: source, estimation (also a value carried past its last known date) or décision.
 * @customfunction PARAM_STATUS
 * @param name Name of the parameter.
 * @param date The date (an Excel date).
 * @returns One row: [status, the date the value applies from (an Excel date), its source].
 */
export function paramStatus(name: string, date: number): unknown[][] {
  return excel(() => parameterStatus(name, date));
}

/**
 * Version of the add-in and date of its parameter set.
 * @customfunction VERSION
 * @returns Package version and the date the parameters were last checked.
 */
export function version(): string {
  return excel(() => `${pkg.name} ${pkg.version} — paramètres au ${calc.frenchDate(calc.PARAMETERS_DATE)}`);
}
