import { CalcError, type Issue } from "../errors";
import { fixedToEuros, centsToEuros, fixed, fixedToString, toCentsFixed, type Fixed } from "../arithmetic/fixed";
import { ParameterSet } from "../parameters/lookup";
import { explainEnvelopeSplit } from "../rules/allocation/explain";
import type { Scenario } from "../scenario/schema";
import { validateScenario } from "../scenario/validate";
import { computeBudget } from "./budget";
import { Context } from "./context";
import { sumAmounts } from "./lane";
import { requestsAt, settle } from "./payees";
import { BALANCE_RATE_STEPS, balanceRateGuess, balanceRateSteps, balanceRateText } from "../rules/balanceRate";
import { managerDates, paymentsOf } from "./schedule";
import type { RecipeEnv } from "./recipe";
import { countsOf, managerResults, structureResult } from "./results";
import { computeStructureBase, ruleValues, type RuleValues, type StructureBase } from "./structure";
import type { ComputeOutcome, ConventionResult } from "./types";
import { collectWarnings } from "./warnings";

/** Options of a computation. */
export interface ComputeOptions {
  /** Year to compute, when not the scenario's (a projection); actuals are used only in the scenario's year. */
  year?: number;
  /** Attach a trace to every amount (default true). */
  traces?: boolean;
  /** Parameters to use instead of the reference set with the scenario's overrides. */
  params?: ParameterSet;
}

/**
 * Computes a validated scenario for its year (or `options.year`): every structure, manager and
 * the convention, the department budget, warnings and traces.
 *
 * @throws {CalcError} when a parameter the scenario needs has no value for the year, with the path of each structure concerned.
 */
export function computeConvention(scenario: Scenario, options: ComputeOptions = {}): ConventionResult {
  const year = options.year ?? scenario.year;
  const evaluated = year === scenario.year;
  const ctx = new Context(year, options.params ?? new ParameterSet(undefined, scenario.parameters), options.traces ?? true);
  const rules = ruleValues(scenario, ctx);
  const envelope = toCentsFixed(ruleOrParameter(scenario.rules.envelope, "departement.enveloppe", ctx));
  const advanceRate = ruleOrParameter(scenario.rules.advanceRate, "departement.taux_acompte", ctx);

  const { bases, pooled } = structureBases(scenario, rules, ctx, evaluated);
  const settled = settle(bases, pooled, rules, envelope, advanceRate, scenario.rules.finalPayment);
  const amounts = sumAmounts(bases, settled.payments, scenario.managers.length);
  const env: RecipeEnv = { rules, ctx, evaluated, advanceRate, finalRule: scenario.rules.finalPayment };
  const structures = bases.map((b, i) => structureResult(b, amounts.structure(i), scenario, env, settled.payments[i].pool));
  const counts = countsOf(bases, scenario.managers.length);
  const managers = managerResults(scenario, pooled, counts.managerFte, amounts.managers);

  const dates = managerDates(scenario, year);
  const payments = paymentsOf(
    structures,
    bases.map((b) => b.managerIndex),
    dates.managers,
  );
  const budget = computeBudget(scenario, amounts.final, ctx, payments, balanceRateOf(bases, pooled, rules, envelope));
  const forecast = settled.forecast;
  const result: ConventionResult = {
    year,
    title: scenario.title,
    illustrative: scenario.illustrative ?? false,
    rules: {
      rate: fixedToString(rules.rate),
      deduction: rules.deduction,
      advanceRate: fixedToString(advanceRate),
      envelope: centsToEuros(envelope),
      ...(rules.capPerStructure ? { capPerStructure: fixedToEuros(rules.capPerStructure) } : {}),
      pooling: scenario.rules.pooling,
      evaluated: evaluated && hasActuals(scenario),
      finalPayment: scenario.rules.finalPayment,
      shareBase: rules.shareBase,
      ...dates.convention,
    },
    structures,
    managers,
    totals: {
      ...amounts.totals,
      envelope: centsToEuros(envelope),
      unused: centsToEuros(envelope - forecast.allocated),
      finalUnused: centsToEuros(envelope - settled.finalTotal),
      structures: bases.length,
      agents: counts.agents,
      fte: fixedToString(counts.fte),
    },
    budget,
    payments,
    warnings: [],
    parametersUsed: [...ctx.used.values()],
  };
  if (ctx.traces) {
    const split = {
      requested: centsToEuros(forecast.requested),
      envelope: centsToEuros(envelope),
      allocated: centsToEuros(forecast.allocated),
    };
    result.traces = { allocation: ctx.explain(explainEnvelopeSplit(forecast.fits, split)) };
  }
  result.warnings = collectWarnings(result, bases, forecast.fits, ctx.params);
  return result;
}

/**
 * Taux d'équilibre of a validated scenario in its year (or `options.year`): the largest rate, to
 * 4 decimals rounded down, at which every request fits the envelope (`"1.0000"` when they fit at 100 %).
 *
 * @example balanceRate(scenario) // "0.7245" for examples/vosges-2022.json
 */
export function balanceRate(scenario: Scenario, options: Omit<ComputeOptions, "traces"> = {}): string {
  return computeConvention(scenario, { ...options, traces: false }).budget.balanceRate;
}

/** The balance rate of the payees' requests under the envelope (see calc/rules/balanceRate). */
function balanceRateOf(bases: readonly StructureBase[], pooled: ReadonlySet<number>, rules: RuleValues, envelope: bigint): string {
  const sumAt = (k: number) => {
    let sum = 0n;
    for (const r of requestsAt(bases, pooled, rules, { m: BigInt(k), s: 4 })) sum += r;
    return sum;
  };
  const atFull = sumAt(BALANCE_RATE_STEPS);
  if (atFull <= envelope) return balanceRateText(BALANCE_RATE_STEPS);
  const steps = balanceRateSteps((k) => (k === BALANCE_RATE_STEPS ? atFull : sumAt(k)) <= envelope, balanceRateGuess(envelope, atFull));
  return balanceRateText(steps);
}

/** The scenario's own value of a rule, or the dated parameter. */
function ruleOrParameter(own: number | string | undefined, parameter: string, ctx: Context): Fixed {
  return own === undefined ? ctx.param(parameter).fixed : fixed(own);
}

/** Every structure's base, and the managers whose structures are pooled; every structure's problems at once. */
function structureBases(scenario: Scenario, rules: RuleValues, ctx: Context, evaluated: boolean) {
  const bases: StructureBase[] = [];
  const issues: Issue[] = [];
  const pooled = new Set<number>();
  scenario.managers.forEach((m, mi) => {
    if (m.pooled ?? scenario.rules.pooling) pooled.add(mi);
    m.structures.forEach((s, si) => {
      try {
        // Joined, not a template: a template this long is kept as a chain of pieces (the result keeps every path).
        const path = ["managers[", mi, "].structures[", si, "]"].join("");
        bases.push(computeStructureBase(s, path, mi, rules, ctx, evaluated));
      } catch (e) {
        if (e instanceof CalcError) issues.push(...e.issues);
        else throw e;
      }
    });
  });
  if (issues.length) throw new CalcError(issues);
  return { bases, pooled };
}

function hasActuals(s: Scenario): boolean {
  return s.managers.some((m) => m.structures.some((st) => st.actualPayroll !== undefined || st.objectives.some((o) => !o.met)));
}

/**
 * Validates then computes a scenario as read from a file or a workbook. Never throws for bad
 * input: every problem comes back as an issue with its path and French message.
 *
 * @example compute(JSON.parse(text)).ok && result.totals.allocated // "409045.00"
 */
export function compute(input: unknown, options: ComputeOptions = {}): ComputeOutcome {
  const validation = validateScenario(input);
  if (!validation.ok) return { ok: false, issues: validation.issues };
  try {
    return { ok: true, result: computeConvention(validation.scenario, options) };
  } catch (e) {
    if (e instanceof CalcError) return { ok: false, issues: [...e.issues] };
    throw e;
  }
}
