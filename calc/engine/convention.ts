import { CalcError, type Issue } from "../errors";
import { add, centsToEuros, fixed, fixedToString, sub, toCentsFixed, wholeCentsToEuros, type Fixed } from "../arithmetic/fixed";
import { ParameterSet } from "../parameters/lookup";
import type { Scenario, Structure } from "../scenario/schema";
import { validateScenario } from "../scenario/validate";
import { computeBudget } from "./budget";
import { Context, NO_PARAMETERS } from "./context";
import { settle, type Payments } from "./payees";
import {
  computeStructureBase,
  ratioText,
  ruleValues,
  structureTraces,
  type RuleValues,
  type StructureBase,
  type StructureTraces,
} from "./structure";
import type { AgentResult, Amounts, ComputeOutcome, ConventionResult, ManagerResult, StructureResult } from "./types";
import { collectWarnings } from "./warnings";
import { lazyTraces, settleTraces, tracesPending, type Recipe, type Trace } from "./trace";
import { agentTraces } from "./agent";

/** Options of a computation. */
export interface ComputeOptions {
  /** Year to compute, when not the scenario's (a projection); actuals are used only in the scenario's year. */
  year?: number;
  /** Attach a trace to every amount (default true). */
  traces?: boolean;
  /** Parameters to use instead of the reference set with the scenario's overrides. */
  params?: ParameterSet;
}

/** The amounts of {@link Amounts}, in this order, as exact values: one array per structure, manager and convention. */
type Sums = Fixed[];

const ZERO: Fixed = { m: 0n, s: 0 };
const c = (cents: bigint): Fixed => ({ m: cents, s: 2 });
const euros = (x: Fixed): string => centsToEuros(toCentsFixed(x));
const AMOUNT_COUNT = 15;

function zeroSums(): { m: bigint; s: number }[] {
  return Array.from({ length: AMOUNT_COUNT }, () => ({ m: 0n, s: 0 }));
}

/** Adds `from` into the accumulators `into`, in place (a national scenario adds millions of amounts). */
function addSums(into: { m: bigint; s: number }[], from: Sums): void {
  for (let i = 0; i < AMOUNT_COUNT; i++) {
    const acc = into[i];
    const x = from[i];
    if (acc.s === x.s) acc.m += x.m;
    else {
      const sum = add(acc, x);
      acc.m = sum.m;
      acc.s = sum.s;
    }
  }
}

function toEuros(v: Sums): Amounts {
  return {
    payroll: euros(v[0]),
    otherCosts: euros(v[1]),
    forfait: euros(v[2]),
    otherResources: euros(v[3]),
    deduction: euros(v[4]),
    requested: euros(v[5]),
    allocated: euros(v[6]),
    advance: euros(v[7]),
    actualPayroll: euros(v[8]),
    finalRequested: euros(v[9]),
    final: euros(v[10]),
    balance: euros(v[11]),
    repayment: euros(v[12]),
    remainingCost: euros(v[13]),
    finalRemainingCost: euros(v[14]),
  };
}

/** A structure's amounts, in the order of {@link toEuros}. */
function structureSums(b: StructureBase, p: Payments): Sums {
  const balance = p.final - p.advance;
  const net = sub(add(b.otherCosts, { m: -b.forfait, s: 2 }), b.otherResources); // other costs − forfait − other resources
  return [
    c(b.payroll),
    b.otherCosts,
    c(b.forfait),
    b.otherResources,
    b.deduction,
    c(p.requested),
    c(p.allocated),
    c(p.advance),
    b.actualPayroll,
    c(p.finalRequested),
    c(p.final),
    c(balance),
    c(balance < 0n ? -balance : 0n),
    add(net, c(b.payroll - p.allocated)),
    sub(add(net, b.actualPayroll), c(p.final)),
  ];
}

/**
 * Largest amount of one structure, in cents, that the number lane takes: 100 million euros. Five
 * such amounts make a derived one, and 50 000 structures (the limit) of them stay below 2^53,
 * where sums of whole numbers held in numbers are exact.
 */
const LANE_MAX = 1e10;

function laneCents(c: bigint): number | undefined {
  const n = Number(c); // approximate only far beyond LANE_MAX, which is then refused
  return n <= LANE_MAX && n >= -LANE_MAX ? n : undefined;
}

function laneFixed(x: Fixed): number | undefined {
  if (x.s > 2) return undefined;
  const n = Number(x.m) * (x.s === 2 ? 1 : x.s === 1 ? 10 : 100);
  return n <= LANE_MAX && n >= -LANE_MAX ? n : undefined;
}

/**
 * Writes a structure's amounts in the order of {@link toEuros} at `into[at]` onwards, as whole
 * cents held in numbers: the common case, with no bigint or object per amount. False when one is
 * not whole cents or is beyond {@link LANE_MAX}; the exact path ({@link structureSums}) then
 * takes the whole convention.
 */
function structureCents(b: StructureBase, p: Payments, into: Float64Array, at: number): boolean {
  const payroll = laneCents(b.payroll);
  const otherCosts = laneFixed(b.otherCosts);
  const forfait = laneCents(b.forfait);
  const otherResources = laneFixed(b.otherResources);
  const deduction = laneFixed(b.deduction);
  const requested = laneCents(p.requested);
  const allocated = laneCents(p.allocated);
  const advance = laneCents(p.advance);
  const actual = laneFixed(b.actualPayroll);
  const finalRequested = laneCents(p.finalRequested);
  const final = laneCents(p.final);
  if (
    payroll === undefined ||
    otherCosts === undefined ||
    forfait === undefined ||
    otherResources === undefined ||
    deduction === undefined ||
    requested === undefined ||
    allocated === undefined ||
    advance === undefined ||
    actual === undefined ||
    finalRequested === undefined ||
    final === undefined
  )
    return false;
  const balance = final - advance;
  const net = otherCosts - forfait - otherResources;
  into[at] = payroll;
  into[at + 1] = otherCosts;
  into[at + 2] = forfait;
  into[at + 3] = otherResources;
  into[at + 4] = deduction;
  into[at + 5] = requested;
  into[at + 6] = allocated;
  into[at + 7] = advance;
  into[at + 8] = actual;
  into[at + 9] = finalRequested;
  into[at + 10] = final;
  into[at + 11] = balance;
  into[at + 12] = balance < 0 ? -balance : 0;
  into[at + 13] = net + payroll - allocated;
  into[at + 14] = net + actual - final;
  return true;
}

/**
 * The amounts as euro strings. Equal amounts share one string (the deduction is usually the
 * forfait, the actual payroll the forecast one, the allocation the request): a national result
 * holds hundreds of thousands of them.
 */
function centsToAmounts(all: ArrayLike<number>, at = 0): Amounts {
  const e = wholeCentsToEuros;
  const v = (k: number) => all[at + k];
  const payroll = e(v(0));
  const forfait = e(v(2));
  const requested = e(v(5));
  const allocated = v(6) === v(5) ? requested : e(v(6));
  const finalRequested = e(v(9));
  return {
    payroll,
    otherCosts: e(v(1)),
    forfait,
    otherResources: e(v(3)),
    deduction: v(4) === v(2) ? forfait : e(v(4)),
    requested,
    allocated,
    advance: e(v(7)),
    actualPayroll: v(8) === v(0) ? payroll : e(v(8)),
    finalRequested,
    final: v(10) === v(9) ? finalRequested : v(10) === v(6) ? allocated : e(v(10)),
    balance: e(v(11)),
    repayment: e(v(12)),
    remainingCost: e(v(13)),
    finalRemainingCost: e(v(14)),
  };
}

/**
 * Every structure's, manager's and the convention's amounts, and the convention's final
 * allocation. A structure's amounts are given by `structure(i)` when its result is built, so that
 * they are not all held at once (with tens of thousands of structures, values held through the
 * computation are copied by every young-generation garbage collection).
 */
function amountsOf(bases: readonly StructureBase[], payments: readonly Payments[], managerCount: number) {
  const managers = Array.from({ length: managerCount }, () => new Array<number>(AMOUNT_COUNT).fill(0));
  // Whole cents below 10^10 are exact in a Float64Array, which the garbage collector never scans.
  const cents = new Float64Array(bases.length * AMOUNT_COUNT);
  let lane = true;
  for (let i = 0; i < bases.length && lane; i++) {
    const at = i * AMOUNT_COUNT;
    if (!structureCents(bases[i], payments[i], cents, at)) lane = false;
    else {
      const acc = managers[bases[i].managerIndex];
      for (let k = 0; k < AMOUNT_COUNT; k++) acc[k] += cents[at + k];
    }
  }
  if (lane) {
    const totals = new Array<number>(AMOUNT_COUNT).fill(0);
    for (const m of managers) for (let k = 0; k < AMOUNT_COUNT; k++) totals[k] += m[k];
    return {
      structure: (i: number): Amounts => centsToAmounts(cents, i * AMOUNT_COUNT),
      managers: managers.map((m) => centsToAmounts(m)),
      totals: centsToAmounts(totals),
      final: c(BigInt(totals[10])),
    };
  }
  // The exact path, for amounts with fractions of a cent or beyond the number lane.
  const sums = Array.from({ length: managerCount }, () => zeroSums());
  const totals = zeroSums();
  const structures = bases.map((b, i) => {
    const v = structureSums(b, payments[i]);
    addSums(sums[b.managerIndex], v);
    return toEuros(v);
  });
  for (const m of sums) addSums(totals, m);
  return { structure: (i: number) => structures[i], managers: sums.map(toEuros), totals: toEuros(totals), final: totals[10] as Fixed };
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
  const envelope = toCentsFixed(
    scenario.rules.envelope === undefined ? ctx.param("departement.enveloppe").fixed : fixed(scenario.rules.envelope),
  );
  const advanceRate =
    scenario.rules.advanceRate === undefined ? ctx.param("departement.taux_acompte").fixed : fixed(scenario.rules.advanceRate);

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

  const settled = settle(bases, pooled, rules, envelope, advanceRate);
  const payments = settled.payments;
  const amounts = amountsOf(bases, payments, scenario.managers.length);
  const env: RecipeEnv = { rules, ctx, evaluated, advanceRate };
  const managerFte: Fixed[] = scenario.managers.map(() => ZERO);
  let agents = 0;
  let fte: Fixed = ZERO;
  const structures: StructureResult[] = bases.map((b, i) => {
    managerFte[b.managerIndex] = add(managerFte[b.managerIndex], b.fte);
    agents += b.agents.length;
    fte = add(fte, b.fte);
    return structureResult(b, amounts.structure(i), scenario, env, payments[i].pool);
  });
  const managers: ManagerResult[] = scenario.managers.map((m, mi) => ({
    path: `managers[${mi}]`,
    id: m.id,
    name: m.name,
    kind: m.kind,
    pooled: pooled.has(mi),
    structures: m.structures.length,
    fte: fixedToString(managerFte[mi]),
    ...amounts.managers[mi],
  }));

  const budget = computeBudget(scenario, amounts.final, ctx);
  const result: ConventionResult = {
    year,
    title: scenario.title,
    illustrative: scenario.illustrative ?? false,
    rules: {
      rate: fixedToString(rules.rate),
      deduction: rules.deduction,
      advanceRate: fixedToString(advanceRate),
      envelope: centsToEuros(envelope),
      ...(rules.capPerStructure ? { capPerStructure: euros(rules.capPerStructure) } : {}),
      pooling: scenario.rules.pooling,
      evaluated: evaluated && hasActuals(scenario),
    },
    structures,
    managers,
    totals: {
      ...amounts.totals,
      envelope: centsToEuros(envelope),
      unused: centsToEuros(envelope - settled.forecast.allocated),
      finalUnused: centsToEuros(envelope - settled.final.allocated),
      structures: bases.length,
      agents,
      fte: fixedToString(fte),
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
        {
          demandes: centsToEuros(settled.forecast.requested),
          enveloppe: centsToEuros(envelope),
          réparti: centsToEuros(settled.forecast.allocated),
        },
      ),
    };
  }
  result.warnings = collectWarnings(result, bases, settled.forecast.fits);
  return result;
}

function hasActuals(s: Scenario): boolean {
  return s.managers.some((m) => m.structures.some((st) => st.actualPayroll !== undefined || st.objectives.some((o) => !o.met)));
}

/** What every structure's traces are built with: one object per computation. */
interface RecipeEnv {
  rules: RuleValues;
  ctx: Context;
  evaluated: boolean;
  advanceRate: Fixed;
}

function structureResult(b: StructureBase, amounts: Amounts, scenario: Scenario, env: RecipeEnv, pool?: Payments["pool"]): StructureResult {
  const s = b.structure;
  const managerId = scenario.managers[b.managerIndex].id;
  const result: StructureResult = {
    path: b.path,
    managerId,
    id: s.id,
    name: s.name,
    kind: s.kind,
    labelled: b.labelledMonths > 0,
    forfaitMonths: fixedToString(b.forfaitMonths),
    fte: fixedToString(b.fte),
    achievement: ratioText(b.ratio),
    agents: b.agents,
    // Listed rather than spread: a spread after other properties copies through the runtime.
    payroll: amounts.payroll,
    otherCosts: amounts.otherCosts,
    forfait: amounts.forfait,
    otherResources: amounts.otherResources,
    deduction: amounts.deduction,
    requested: amounts.requested,
    allocated: amounts.allocated,
    advance: amounts.advance,
    actualPayroll: amounts.actualPayroll,
    finalRequested: amounts.finalRequested,
    final: amounts.final,
    balance: amounts.balance,
    repayment: amounts.repayment,
    remainingCost: amounts.remainingCost,
    finalRemainingCost: amounts.finalRemainingCost,
  };
  if (env.ctx.traces) {
    const recipe = new StructureRecipe(result, b.agents, b.structure, b.managerIndex, env, pool);
    lazyTraces(result, recipe);
    for (const line of b.agents) lazyTraces(line, recipe);
  }
  return result;
}

/**
 * How a structure result's traces, and its agent lines', are built when first read: its base is
 * computed again from the scenario (same context, same parameters, same figures), so that a
 * result keeps only its inputs until then, not the intermediate values of its computation. One
 * small object per structure, shared by its lines: a national result has tens of thousands.
 */
class StructureRecipe implements Recipe {
  constructor(
    private readonly result: StructureResult,
    private readonly lines: readonly AgentResult[],
    private readonly structure: Structure,
    private readonly managerIndex: number,
    private readonly env: RecipeEnv,
    private readonly pool: Payments["pool"] | undefined,
  ) {}

  traces(target: object): unknown {
    if (target === this.result) return this.structureTraces();
    // An agent line: the structure's lines are explained together, each from its own input.
    let found: unknown;
    this.lines.forEach((line, i) => {
      if (!tracesPending(line) && line !== target) return;
      const traces = agentTraces(this.structure.agents[i], this.env.ctx);
      if (line === target) found = traces;
      else settleTraces(line, traces);
    });
    return found;
  }

  private structureTraces(): StructureTraces {
    const { rules, ctx, evaluated, advanceRate } = this.env;
    const { pool, result: amounts } = this;
    const b = computeStructureBase(this.structure, amounts.path, this.managerIndex, rules, ctx, evaluated);
    return {
      ...structureTraces(b, rules, ctx),
      ...(pool
        ? {
            requested: {
              formula:
                "part de la demande mutualisée du gestionnaire (taux × max(0 ; Σ masse salariale − Σ déduction)), ventilée au prorata de la base de chaque structure, au plus fort reste",
              values: {
                "demande du gestionnaire": centsToEuros(pool.requested),
                "demande propre de la structure": euros(b.requested),
                part: amounts.requested,
              },
              parameters: NO_PARAMETERS,
            },
          }
        : {}),
      allocated: {
        formula: "part de l'enveloppe attribuée sur la demande prévisionnelle",
        values: { demande: amounts.requested, attribué: amounts.allocated },
        parameters: NO_PARAMETERS,
      },
      advance: (pool
        ? {
            formula:
              "part de l'acompte du gestionnaire, arrondi(attribué au gestionnaire × taux d'acompte), au prorata de (masse salariale − déduction) de ses structures",
            values: { "acompte du gestionnaire": centsToEuros(pool.advance), part: amounts.advance },
            parameters: NO_PARAMETERS,
          }
        : {
            formula: "arrondi(attribué × taux d'acompte)",
            values: { attribué: amounts.allocated, "taux d'acompte": fixedToString(advanceRate) },
            parameters: NO_PARAMETERS,
          }) as Trace,
      final: {
        formula: "part de l'enveloppe attribuée sur la demande finale",
        values: { "demande finale": amounts.finalRequested, attribué: amounts.final },
        parameters: NO_PARAMETERS,
      },
      balance: {
        formula: "attribution finale − acompte (négatif : reversement)",
        values: { "attribution finale": amounts.final, acompte: amounts.advance },
        parameters: NO_PARAMETERS,
      },
      remainingCost: {
        formula: "masse salariale + autres charges − forfait − autres ressources − part attribuée",
        values: {
          "masse salariale": centsToEuros(b.payroll),
          "autres charges": euros(b.otherCosts),
          forfait: centsToEuros(b.forfait),
          "autres ressources": euros(b.otherResources),
          "part attribuée": amounts.allocated,
        },
        parameters: NO_PARAMETERS,
      },
    };
  }
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
