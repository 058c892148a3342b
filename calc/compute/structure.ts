import { achievement } from "../achievement";
import { CalcError, formatPath, type Issue } from "../errors";
import { forfaitSplitParameters } from "../forfait";
import { dec, euros, roundCent, ZERO, type Decimal } from "../money";
import type { DeductionMode, Scenario, Structure } from "../scenario/schema";
import { departmentShare } from "../share";
import { computeAgent } from "./agent";
import type { Context } from "./context";
import type { AgentResult, Amounts } from "./types";
import type { Trace } from "./trace";

/** The amounts of one structure known before the envelope is applied. */
export interface StructureBase {
  path: string;
  managerIndex: number;
  structure: Structure;
  labelledMonths: number;
  forfaitMonths: Decimal;
  fte: Decimal;
  agents: AgentResult[];
  payroll: Decimal;
  otherCosts: Decimal;
  forfait: Decimal;
  otherResources: Decimal;
  deduction: Decimal;
  cap: Decimal | undefined;
  requested: Decimal;
  actualPayroll: Decimal;
  ratio: Decimal;
  finalRequested: Decimal;
  traces: Partial<Record<keyof Amounts, Trace>>;
}

const GRANT_PARAMETERS = {
  bus_banque_territoires: "subvention.bus_banque_territoires",
  conseiller_numerique_annee1: "subvention.conseiller_numerique.annee1",
  conseiller_numerique_annees2_3: "subvention.conseiller_numerique.annees2_3",
} as const;

/** Months of the year during which the structure is labelled (a label taking effect after the 1st counts from the next month). */
export function labelledMonths(labelledSince: string | null, year: number): number {
  if (labelledSince === null) return 0;
  const [y, m, d] = labelledSince.split("-").map(Number);
  if (y < year) return 12;
  if (y > year) return 0;
  return 12 - m + (d === 1 ? 1 : 0);
}

/** The rule's parameters for a year: rate, deduction mode, caps. */
export interface RuleValues {
  rate: Decimal;
  deduction: DeductionMode;
  capPerStructure: Decimal | undefined;
}

/**
 * Payroll, forfait, resources, deduction, requested share and final request of one structure.
 *
 * @throws {CalcError} with the structure's path when a parameter it needs has no value (a grant
 *   before its first year, an unpublished forfait split with the « etat » deduction).
 */
export function computeStructureBase(structure: Structure, path: (string | number)[], managerIndex: number, rules: RuleValues, ctx: Context): StructureBase {
  const where = formatPath(path);
  const traces: StructureBase["traces"] = {};
  const agents: AgentResult[] = [];
  let payroll = ZERO;
  let fte = ZERO;
  const issues: Issue[] = [];
  structure.agents.forEach((agent, i) => {
    try {
      const line = computeAgent(agent, i, ctx);
      agents.push(line.result);
      payroll = payroll.plus(line.payroll);
      fte = fte.plus(line.fte);
    } catch (e) {
      issues.push(...relocate(e, `${where}.agents[${i}]`));
    }
  });

  const months = labelledMonths(structure.labelledSince, ctx.year);
  const forfaitMonths = Decimal_min(dec(structure.monthsOpen), dec(months));
  const total = ctx.param("forfait.total");
  const forfait = months === 0 ? ZERO : roundCent(total.decimal.times(forfaitMonths).dividedBy(12));

  let otherResources = ZERO;
  let deductedResources = ZERO;
  structure.resources.forEach((r, i) => {
    try {
      const amount = r.grant ? ctx.param(GRANT_PARAMETERS[r.grant]).decimal : dec(r.amount ?? 0);
      otherResources = otherResources.plus(amount);
      if (r.deducted) deductedResources = deductedResources.plus(amount);
    } catch (e) {
      issues.push(...relocate(e, `${where}.resources[${i}].grant`));
    }
  });

  let deduction = forfait;
  let deductionTrace: Trace | undefined;
  if (rules.deduction === "etat" && months > 0) {
    const [first] = forfaitSplitParameters(structure.kind);
    try {
      const part = ctx.param(first);
      deduction = roundCent(part.decimal.times(forfaitMonths).dividedBy(12));
      deductionTrace = ctx.trace("arrondi(part de l'État du forfait × mois / 12)", { "part de l'État": euros(part.decimal), mois: forfaitMonths.toString() }, [part]);
    } catch (e) {
      issues.push(...relocate(e, `${where}.kind`));
    }
  } else if (rules.deduction === "forfait_et_ressources") {
    deduction = forfait.plus(deductedResources);
    deductionTrace = ctx.trace("forfait + ressources déduites", { forfait: euros(forfait), "ressources déduites": euros(deductedResources) });
  } else {
    deductionTrace = ctx.trace("forfait de l'État (déduction par défaut)", { forfait: euros(forfait) });
  }
  if (issues.length) throw new CalcError(issues);

  const cap = minDefined(structure.cap === undefined ? undefined : dec(structure.cap), rules.capPerStructure);
  const requested = departmentShare(payroll, deduction, rules.rate, cap);
  const actualPayroll = structure.actualPayroll === undefined ? payroll : dec(structure.actualPayroll);
  const ratio = achievement(
    structure.objectives.map((o) => o.met),
    structure.objectives.map((o) => dec(o.weight)),
  );
  const finalShare = departmentShare(actualPayroll, deduction, rules.rate, cap);
  const finalRequested = roundCent(finalShare.times(ratio));

  if (ctx.traces) {
    traces.payroll = ctx.trace("Σ masse salariale des lignes d'agents", { lignes: String(agents.length), total: euros(payroll) });
    traces.forfait = months === 0
      ? ctx.trace("structure non labellisée dans l'année : pas de forfait", { "labellisée depuis": structure.labelledSince ?? "non labellisée" })
      : ctx.trace("arrondi(forfait annuel × mois labellisés et ouverts / 12)", { "forfait annuel": euros(total.decimal), mois: forfaitMonths.toString() }, [total]);
    traces.deduction = deductionTrace;
    traces.otherResources = ctx.trace("Σ autres ressources", { ressources: String(structure.resources.length), total: euros(otherResources) });
    traces.requested = ctx.trace(cap ? "min(plafond ; arrondi(taux × max(0 ; masse salariale − déduction)))" : "arrondi(taux × max(0 ; masse salariale − déduction))", {
      taux: rules.rate.toString(),
      "masse salariale": euros(payroll),
      déduction: euros(deduction),
      ...(cap ? { plafond: euros(cap) } : {}),
    });
    traces.actualPayroll = ctx.trace(structure.actualPayroll === undefined ? "masse salariale prévisionnelle (pas de réalisé saisi)" : "masse salariale réalisée saisie", { "masse salariale": euros(actualPayroll) });
    traces.finalRequested = ctx.trace("arrondi(part sur le réalisé × taux d'atteinte des objectifs)", {
      "part sur le réalisé": euros(finalShare),
      "taux d'atteinte": ratio.toString(),
    });
  }

  return {
    path: where,
    managerIndex,
    structure,
    labelledMonths: months,
    forfaitMonths,
    fte,
    agents,
    payroll,
    otherCosts: dec(structure.otherCosts),
    forfait,
    otherResources,
    deduction,
    cap,
    requested,
    actualPayroll,
    ratio,
    finalRequested,
    traces,
  };
}

function Decimal_min(a: Decimal, b: Decimal): Decimal {
  return a.lt(b) ? a : b;
}

function minDefined(a: Decimal | undefined, b: Decimal | undefined): Decimal | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a.lt(b) ? a : b;
}

/** Re-labels a CalcError's issues with the scenario path where the problem lies. */
function relocate(error: unknown, path: string): Issue[] {
  if (error instanceof CalcError) return error.issues.map((i) => ({ ...i, path, message: i.message }));
  throw error;
}

/** Which rule values a scenario's year uses: its own, or the dated parameters. */
export function ruleValues(scenario: Scenario, ctx: Context): RuleValues {
  return {
    rate: scenario.rules.rate === undefined ? ctx.param("departement.taux").decimal : dec(scenario.rules.rate),
    deduction: scenario.rules.deduction,
    capPerStructure: scenario.rules.capPerStructure === undefined ? undefined : dec(scenario.rules.capPerStructure),
  };
}
