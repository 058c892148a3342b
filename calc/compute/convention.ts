import { CalcError, type Issue } from "../errors";
import { dec, euros, ZERO, type Decimal } from "../money";
import { ParameterSet } from "../parameters/lookup";
import type { Scenario } from "../scenario/schema";
import { validateScenario } from "../scenario/validate";
import { computeBudget } from "./budget";
import { Context } from "./context";
import { settle, type Payments } from "./payees";
import { computeStructureBase, ruleValues, type StructureBase } from "./structure";
import type { Amounts, ComputeOutcome, ConventionResult, ManagerResult, StructureResult } from "./types";
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

type Sums = Record<keyof Amounts, Decimal>;

const AMOUNT_KEYS: readonly (keyof Amounts)[] = [
  "payroll", "otherCosts", "forfait", "otherResources", "deduction", "requested", "allocated", "advance",
  "actualPayroll", "finalRequested", "final", "balance", "repayment", "remainingCost", "finalRemainingCost",
];

function zeroSums(): Sums {
  return Object.fromEntries(AMOUNT_KEYS.map((k) => [k, ZERO])) as Sums;
}

function addSums(into: Sums, from: Sums): void {
  for (const k of AMOUNT_KEYS) into[k] = into[k].plus(from[k]);
}

function toEuros(sums: Sums): Amounts {
  return Object.fromEntries(AMOUNT_KEYS.map((k) => [k, euros(sums[k])])) as unknown as Amounts;
}

function structureSums(b: StructureBase, p: Payments): Sums {
  const balance = p.final.minus(p.advance);
  const resources = b.forfait.plus(b.otherResources);
  return {
    payroll: b.payroll,
    otherCosts: b.otherCosts,
    forfait: b.forfait,
    otherResources: b.otherResources,
    deduction: b.deduction,
    requested: p.requested,
    allocated: p.allocated,
    advance: p.advance,
    actualPayroll: b.actualPayroll,
    finalRequested: p.finalRequested,
    final: p.final,
    balance,
    repayment: balance.isNegative() ? balance.negated() : ZERO,
    remainingCost: b.payroll.plus(b.otherCosts).minus(resources).minus(p.allocated),
    finalRemainingCost: b.actualPayroll.plus(b.otherCosts).minus(resources).minus(p.final),
  };
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
  const params = options.params ?? new ParameterSet(undefined, scenario.parameters);
  const ctx = new Context(year, params, options.traces ?? true);
  const rules = ruleValues(scenario, ctx);
  const envelope = scenario.rules.envelope === undefined ? ctx.param("departement.enveloppe").decimal : dec(scenario.rules.envelope);
  const advanceRate = scenario.rules.advanceRate === undefined ? ctx.param("departement.taux_acompte").decimal : dec(scenario.rules.advanceRate);

  const bases: StructureBase[] = [];
  const issues: Issue[] = [];
  const pooled = new Set<number>();
  scenario.managers.forEach((m, mi) => {
    if (m.pooled ?? scenario.rules.pooling) pooled.add(mi);
    m.structures.forEach((s, si) => {
      const withoutActuals = evaluated ? s : { ...s, actualPayroll: undefined, objectives: [] };
      try {
        bases.push(computeStructureBase(withoutActuals, ["managers", mi, "structures", si], mi, rules, ctx));
      } catch (e) {
        if (e instanceof CalcError) issues.push(...e.issues);
        else throw e;
      }
    });
  });
  if (issues.length) throw new CalcError(issues);

  const settled = settle(bases, pooled, rules, envelope, advanceRate);
  const totals = zeroSums();
  const managerSums = scenario.managers.map(() => zeroSums());
  const managerFte = scenario.managers.map(() => ZERO);
  let agents = 0;
  let fte = ZERO;
  const structures: StructureResult[] = bases.map((b) => {
    const payments = settled.payments.get(b) as Payments;
    const sums = structureSums(b, payments);
    addSums(managerSums[b.managerIndex], sums);
    addSums(totals, sums);
    managerFte[b.managerIndex] = managerFte[b.managerIndex].plus(b.fte);
    agents += b.agents.length;
    fte = fte.plus(b.fte);
    return structureResult(b, sums, scenario, ctx.traces, advanceRate, payments.pool);
  });
  const managers: ManagerResult[] = scenario.managers.map((m, mi) => ({
    path: `managers[${mi}]`,
    id: m.id,
    name: m.name,
    kind: m.kind,
    pooled: pooled.has(mi),
    structures: m.structures.length,
    fte: managerFte[mi].toString(),
    ...toEuros(managerSums[mi]),
  }));

  const budget = computeBudget(scenario, totals.final, ctx);
  const result: ConventionResult = {
    year,
    title: scenario.title,
    illustrative: scenario.illustrative ?? false,
    rules: {
      rate: rules.rate.toString(),
      deduction: rules.deduction,
      advanceRate: advanceRate.toString(),
      envelope: euros(envelope),
      ...(rules.capPerStructure ? { capPerStructure: euros(rules.capPerStructure) } : {}),
      pooling: scenario.rules.pooling,
      evaluated: evaluated && hasActuals(scenario),
    },
    structures,
    managers,
    totals: {
      ...toEuros(totals),
      envelope: euros(envelope),
      unused: euros(envelope.minus(settled.forecast.allocated)),
      finalUnused: euros(envelope.minus(settled.final.allocated)),
      structures: bases.length,
      agents,
      fte: fte.toString(),
    },
    budget,
    warnings: [],
    parametersUsed: [...ctx.used.values()],
  };
  if (ctx.traces) {
    result.traces = {
      allocation: ctx.trace(
        settled.forecast.fits
          ? "les demandes tiennent dans l'enveloppe : chaque part est payée comme demandée"
          : "l'enveloppe est répartie au prorata des demandes, au centime, par la méthode du plus fort reste (égalité : le premier)",
        { demandes: euros(settled.forecast.requested), enveloppe: euros(envelope), "réparti": euros(settled.forecast.allocated) },
      ),
    };
  }
  result.warnings = collectWarnings(result, bases, settled.forecast.fits);
  return result;
}

function hasActuals(s: Scenario): boolean {
  return s.managers.some((m) => m.structures.some((st) => st.actualPayroll !== undefined || st.objectives.some((o) => !o.met)));
}

function structureResult(b: StructureBase, sums: Sums, scenario: Scenario, traces: boolean, advanceRate: Decimal, pool?: Payments["pool"]): StructureResult {
  const s = b.structure;
  const managerId = scenario.managers[b.managerIndex].id;
  const result: StructureResult = {
    path: b.path,
    managerId,
    id: s.id,
    name: s.name,
    kind: s.kind,
    labelled: b.labelledMonths > 0,
    forfaitMonths: b.forfaitMonths.toString(),
    fte: b.fte.toString(),
    achievement: b.ratio.toString(),
    agents: b.agents,
    ...toEuros(sums),
  };
  if (traces) {
    const pooled = pool
      ? {
          requested: {
            formula: "part de la demande mutualisée du gestionnaire, au prorata de (masse salariale − déduction) de ses structures",
            values: { "demande du gestionnaire": euros(pool.requested), "demande propre de la structure": euros(b.requested), part: euros(sums.requested) },
            parameters: [],
          },
          finalRequested: {
            formula: "part de la demande finale mutualisée du gestionnaire, au prorata de (masse salariale réalisée − déduction) de ses structures",
            values: { "demande finale du gestionnaire": euros(pool.finalRequested), "demande finale propre de la structure": euros(b.finalRequested), part: euros(sums.finalRequested) },
            parameters: [],
          },
        }
      : {};
    result.traces = {
      ...b.traces,
      ...pooled,
      allocated: { formula: "part de l'enveloppe attribuée sur la demande prévisionnelle", values: { demande: euros(sums.requested), attribué: euros(sums.allocated) }, parameters: [] },
      advance: pool
        ? { formula: "part de l'acompte du gestionnaire, arrondi(attribué au gestionnaire × taux d'acompte), au prorata de (masse salariale − déduction) de ses structures", values: { "acompte du gestionnaire": euros(pool.advance), part: euros(sums.advance) }, parameters: [] }
        : { formula: "arrondi(attribué × taux d'acompte)", values: { attribué: euros(sums.allocated), "taux d'acompte": advanceRate.toString() }, parameters: [] },
      final: { formula: "part de l'enveloppe attribuée sur la demande finale", values: { "demande finale": euros(sums.finalRequested), "attribué": euros(sums.final) }, parameters: [] },
      balance: { formula: "attribution finale − acompte (négatif : reversement)", values: { "attribution finale": euros(sums.final), acompte: euros(sums.advance) }, parameters: [] },
      remainingCost: {
        formula: "masse salariale + autres charges − forfait − autres ressources − part attribuée",
        values: { "masse salariale": euros(b.payroll), "autres charges": euros(b.otherCosts), forfait: euros(b.forfait), "autres ressources": euros(b.otherResources), "part attribuée": euros(sums.allocated) },
        parameters: [],
      },
    };
  }
  return result;
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
