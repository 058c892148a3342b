import { CalcError, type Issue } from "../errors";
import { add, centsToEuros, fixed, fixedToString, sub, toCentsFixed, type Fixed } from "../fixed";
import { ParameterSet } from "../parameters/lookup";
import type { Scenario } from "../scenario/schema";
import { validateScenario } from "../scenario/validate";
import { computeBudget } from "./budget";
import { Context, NO_PARAMETERS } from "./context";
import { settle, type Payments } from "./payees";
import { computeStructureBase, ratioText, ruleValues, type StructureBase } from "./structure";
import type { Amounts, ComputeOutcome, ConventionResult, ManagerResult, StructureResult } from "./types";
import { collectWarnings } from "./warnings";
import { lazyTraces } from "./trace";

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
        bases.push(computeStructureBase(s, `managers[${mi}].structures[${si}]`, mi, rules, ctx, evaluated));
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
  const managerFte: Fixed[] = scenario.managers.map(() => ZERO);
  let agents = 0;
  let fte: Fixed = ZERO;
  const structures: StructureResult[] = bases.map((b) => {
    const payments = settled.payments.get(b) as Payments;
    const sums = structureSums(b, payments);
    addSums(managerSums[b.managerIndex], sums);
    addSums(totals, sums);
    managerFte[b.managerIndex] = add(managerFte[b.managerIndex], b.fte);
    agents += b.agents.length;
    fte = add(fte, b.fte);
    return structureResult(b, toEuros(sums), scenario, ctx.traces, advanceRate, payments.pool);
  });
  const managers: ManagerResult[] = scenario.managers.map((m, mi) => ({
    path: `managers[${mi}]`,
    id: m.id,
    name: m.name,
    kind: m.kind,
    pooled: pooled.has(mi),
    structures: m.structures.length,
    fte: fixedToString(managerFte[mi]),
    ...toEuros(managerSums[mi]),
  }));

  const budget = computeBudget(scenario, totals[10], ctx);
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
      ...toEuros(totals),
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

function structureResult(
  b: StructureBase,
  amounts: Amounts,
  scenario: Scenario,
  traces: boolean,
  advanceRate: Fixed,
  pool?: Payments["pool"],
): StructureResult {
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
    ...amounts,
  };
  const baseTraces = b.traces;
  if (traces && baseTraces) {
    lazyTraces(result, () => ({
      ...baseTraces(),
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
      advance: pool
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
          },
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
    }));
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
