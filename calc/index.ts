/**
 * France Services economics under a departmental convention (CTEC): exact money, dated
 * parameters, the departmental rule, the envelope and the payments.
 *
 * @packageDocumentation
 */
export {
  Dec,
  dec,
  euros,
  toEuroString,
  formatEurosFr,
  fromCents,
  roundCent,
  sum,
  toCents,
  toNumber,
  ONE,
  ZERO,
  DECIMAL,
} from "./arithmetic/money";
export type { Decimal, DecimalInput } from "./arithmetic/money";
export type { Calculator, Integers, WithCents } from "./arithmetic/calculator";
export { CalcError, ERROR_KINDS, assert, formatPath } from "./errors";
export type { ErrorCode, Issue } from "./errors";
export { PARAMETERS, PARAMETERS_DATE, EMPLOYER_RATE_PRESETS } from "./parameters/data";
export { ParameterSet, REFERENCE_PARAMETERS, OVERRIDE_SOURCE, frenchDate } from "./parameters/lookup";
export type { ParameterOverride } from "./parameters/lookup";
export type { Parameter, ParameterStatus, ParameterUse, ParameterValue } from "./parameters/types";
export { checkAmount, checkFte, checkIndiceMajore, checkMonths, checkRate, checkWeight, checkYear, checkPositiveInteger } from "./checks";
export {
  stateForfait,
  forfaitSplit,
  forfaitSplitParameters,
  parseKind,
  STRUCTURE_KINDS,
  FIRST_FORFAIT_YEAR,
  firstForfaitYear,
} from "./rules/forfait";
export type { StructureKind } from "./rules/forfait";
export { pointMonthly, baseSalary } from "./rules/point";
export { employerRate, parseStatus } from "./rules/employerRate";
export type { AgentStatus } from "./rules/employerRate";
export { loadedCost, payrollLine } from "./rules/payroll";
export { departmentShare, parseShareReading, SHARE_READINGS } from "./rules/share";
export type { ShareReading } from "./rules/share";
export { netCost } from "./rules/remainingCost";
export { allocate, largestRemainder } from "./rules/allocation";
export type { Allocation, AllocationOf } from "./rules/allocation";
export { advance, balance, schedule } from "./rules/payments";
export type { ScheduleLine, ScheduleLineOf } from "./rules/payments";
export { FINAL_RULES, parseFinalRule } from "./rules/finalPayment";
export type { FinalRule } from "./rules/finalPayment";
export { achievement } from "./rules/achievement";
export { ScenarioSchema, DEDUCTION_MODES, GRANTS, NATURES, RECURRENCES } from "./scenario/schema";
export type { Scenario, ScenarioInput, Manager, Structure, Agent, Resource, Objective, BudgetLine, DeductionMode } from "./scenario/schema";
export { validateScenario } from "./scenario/validate";
export { describePath, parsePath, SCENARIO_FIELD_LABELS } from "./scenario/describePath";
export type { ValidationResult } from "./scenario/validate";
export { scenarioJsonSchema } from "./scenario/jsonSchema";
export { LIMITS } from "./scenario/limits";
export { compute, computeConvention, balanceRate } from "./engine/convention";
export type { ComputeOptions } from "./engine/convention";
export { project } from "./engine/projection";
export type { Projection } from "./engine/projection";
export { labelledMonths, monthsOpenIn, resourceKind, GRANT_PARAMETERS } from "./engine/structure";
export { exerciceOf, paymentDates, shiftYears, DEFAULT_ADVANCE_DAY, DEFAULT_BALANCE_DAY } from "./rules/calendar";
export { balanceRateSteps, balanceRateText, BALANCE_RATE_STEPS } from "./rules/balanceRate";
export { formatValue } from "./engine/warnings";
export type { Trace } from "./engine/trace";
export { AMOUNT_KEYS, BUDGET_YEAR_KEYS } from "./engine/types";
export type {
  AgentResult,
  Amounts,
  BudgetResult,
  BudgetYear,
  Payment,
  PaymentKind,
  ComputeOutcome,
  ConventionResult,
  Euros,
  ManagerResult,
  StructureResult,
  Totals,
  Warning,
} from "./engine/types";
export { VOSGES_2022_EXAMPLE } from "./fixtures/example";
export { syntheticScenario } from "./fixtures/synthetic";
export type { SyntheticOptions } from "./fixtures/synthetic";
export {
  AMOUNT_TERMS,
  OTHER_TERMS,
  KIND_TERMS,
  AGENT_STATUS_TERMS,
  PARAMETER_STATUS_TERMS,
  GRANT_TERMS,
  DEDUCTION_TERMS,
  BUDGET_LINE_TERMS,
  FINAL_RULE_TERMS,
  SHARE_READING_TERMS,
  PAYMENT_KIND_TERMS,
  BUDGET_YEAR_TERMS,
  RECURRENCE_TERMS,
  NATURE_TERMS,
  labelOf,
} from "./glossary";
export type { Term } from "./glossary";
export { formatCsv, csvLines, csvText, csvNumber } from "./report/csv";
export { jsonChunks, StreamedArray, type JsonChunkOptions } from "./report/jsonStream";
export { visible, visibleLines } from "./report/visible";
export { managerFileName, conventionFileName } from "./report/fileName";
export {
  readJson,
  formatJsonReadError,
  JSON_MAX_DEPTH,
  type JsonReadError,
  type JsonReadResult,
  type JsonReadOptions,
} from "./scenario/readJson";
export { toWorkbook, toManagerWorkbook, managerWorkbooks, buildWorkbook, type WorkbookStats } from "./report/workbook";
export { compare, COMPARED_KEYS } from "./compare";
export type { Comparison, Change, AmountChanges, Difference, Presence } from "./compare";
