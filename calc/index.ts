/**
 * France Services economics under a departmental convention (CTEC): exact money, dated
 * parameters, the departmental rule, the envelope and the payments.
 *
 * @packageDocumentation
 */
export { Dec, dec, euros, formatEurosFr, fromCents, roundCent, sum, toCents, toNumber, ONE, ZERO } from "./money";
export type { Decimal, DecimalInput } from "./money";
export { CalcError, ERROR_KINDS, assert, formatPath } from "./errors";
export type { ErrorCode, Issue } from "./errors";
export { PARAMETERS, PARAMETERS_DATE, EMPLOYER_RATE_PRESETS } from "./parameters/data";
export { ParameterSet, REFERENCE_PARAMETERS, OVERRIDE_SOURCE, frenchDate } from "./parameters/lookup";
export type { ParameterOverride } from "./parameters/lookup";
export type { Parameter, ParameterStatus, ParameterUse, ParameterValue } from "./parameters/types";
export { checkAmount, checkFte, checkMonths, checkRate, checkYear, checkPositiveInteger } from "./checks";
export { stateForfait, forfaitSplit, forfaitSplitParameters, parseKind, STRUCTURE_KINDS, FIRST_FORFAIT_YEAR } from "./forfait";
export type { StructureKind } from "./forfait";
export { pointMonthly, baseSalary } from "./point";
export { employerRate, parseStatus } from "./employerRate";
export type { AgentStatus } from "./employerRate";
export { loadedCost, payrollLine } from "./payroll";
export { departmentShare, netCost } from "./share";
export { allocate, largestRemainder } from "./allocate";
export type { Allocation } from "./allocate";
export { advance, balance, schedule } from "./payments";
export type { ScheduleLine } from "./payments";
export { achievement } from "./achievement";
export { ScenarioSchema, DEDUCTION_MODES, GRANTS } from "./scenario/schema";
export type { Scenario, ScenarioInput, Manager, Structure, Agent, Resource, Objective, BudgetLine, DeductionMode } from "./scenario/schema";
export { validateScenario } from "./scenario/validate";
export type { ValidationResult } from "./scenario/validate";
export { scenarioJsonSchema } from "./scenario/jsonSchema";
export { LIMITS } from "./scenario/limits";
export { compute, computeConvention } from "./compute/convention";
export type { ComputeOptions } from "./compute/convention";
export { project } from "./compute/projection";
export type { Projection } from "./compute/projection";
export { labelledMonths, GRANT_PARAMETERS } from "./compute/structure";
export { formatValue } from "./compute/warnings";
export type { Trace } from "./compute/trace";
export { AMOUNT_KEYS } from "./compute/types";
export type {
  AgentResult,
  Amounts,
  BudgetResult,
  ComputeOutcome,
  ConventionResult,
  Euros,
  ManagerResult,
  StructureResult,
  Totals,
  Warning,
} from "./compute/types";
export { VOSGES_2022_EXAMPLE } from "./example";
export { syntheticScenario } from "./synthetic";
export type { SyntheticOptions } from "./synthetic";
