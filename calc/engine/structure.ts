import { CalcError, type Issue } from "../errors";
import { FIXED, add, cmp, divRound, fixed, fixedToString, type Fixed } from "../arithmetic/fixed";
import { achievementRatio, applyRatio, type Ratio } from "../rules/achievement";
import { forfaitCents, forfaitSplitParameters } from "../rules/forfait";
import { shareFixed } from "../rules/share";
import type { ShareReading } from "../rules/share";
import type { DeductionMode, Resource, Scenario, Structure } from "../scenario/schema";
import { computeAgent } from "./agent";
import type { Context, Used } from "./context";
import type { AgentResult } from "./types";

/** The amounts of one structure known before the envelope is applied (cents are bigint, other amounts exact Fixed). */
export interface StructureBase {
  path: string;
  managerIndex: number;
  structure: Structure;
  labelledMonths: number;
  forfaitMonths: Fixed;
  fte: Fixed;
  agents: AgentResult[];
  payroll: bigint;
  otherCosts: Fixed;
  forfait: bigint;
  otherResources: Fixed;
  /** Investment grants of the year: shown apart, outside the operating computation. */
  investmentGrants: Fixed;
  deduction: Fixed;
  cap: Fixed | undefined;
  /** min(cap, share): the share in cents, or the cap as given. */
  requested: Fixed;
  actualPayroll: Fixed;
  /** The objectives that count this year (none outside the scenario's own year). */
  objectives: Structure["objectives"];
  ratio: Ratio;
  finalRequested: bigint;
  /** What only the traces read: the State part deducted (« etat » rule), the resources deducted, whether actuals were reported, the share on them. */
  statePart: Used | undefined;
  deductedResources: Fixed;
  reported: boolean;
  finalShare: Fixed;
}

/** The dated parameter giving the amount of each grant. */
export const GRANT_PARAMETERS = {
  bus_banque_territoires: "subvention.bus_banque_territoires",
  conseiller_numerique_annee1: "subvention.conseiller_numerique.annee1",
  conseiller_numerique_annees2_3: "subvention.conseiller_numerique.annees2_3",
} as const;

const FULL: Ratio = { num: 1n, den: 1n };

/** Months of the year during which the structure is labelled (a label taking effect after the 1st counts from the next month). */
export function labelledMonths(labelledSince: string | null, year: number): number {
  if (labelledSince === null) return 0;
  const y = Number(labelledSince.slice(0, 4));
  const m = Number(labelledSince.slice(5, 7));
  const d = Number(labelledSince.slice(8, 10));
  if (y < year) return 12;
  if (y > year) return 0;
  return 12 - m + (d === 1 ? 1 : 0);
}

/** The year a structure opened: the year of its label (none when it has none). */
export function openingYear(labelledSince: string | null): number | undefined {
  return labelledSince === null ? undefined : Number(labelledSince.slice(0, 4));
}

/**
 * Months a structure is open in a year: `monthsOpen` in its opening year only (the year of
 * `labelledSince`), the full year after.
 */
export function monthsOpenIn(structure: Pick<Structure, "labelledSince" | "monthsOpen">, year: number): number | string {
  const opened = openingYear(structure.labelledSince);
  return opened === undefined || opened === year ? structure.monthsOpen : 12;
}

/** Resources that recur only once unless told otherwise: the bus grant and the first-year grant. */
const ONE_OFF_GRANTS: ReadonlySet<string> = new Set(["bus_banque_territoires", "conseiller_numerique_annee1"]);
/** Resources that are investment money unless told otherwise: the bus grant. */
const INVESTMENT_GRANTS: ReadonlySet<string> = new Set(["bus_banque_territoires"]);

/** A resource's nature and recurrence, given or the grant's default. */
export function resourceKind(r: Resource): { investment: boolean; oneOff: boolean } {
  return {
    investment: (r.nature ?? (r.grant && INVESTMENT_GRANTS.has(r.grant) ? "investissement" : "fonctionnement")) === "investissement",
    oneOff: (r.recurrence ?? (r.grant && ONE_OFF_GRANTS.has(r.grant) ? "ponctuelle" : "annuelle")) === "ponctuelle",
  };
}

/** Whether a resource counts in a year: every year when annual; a one-off in its year only (given, else the scenario's). */
export function resourceCountsIn(r: Resource, year: number, scenarioYear: number): boolean {
  if (!resourceKind(r).oneOff) return true;
  return Number(r.year ?? scenarioYear) === year;
}

/** The rule's parameters for a year: rate, deduction mode, caps, reading of the rule. */
export interface RuleValues {
  rate: Fixed;
  deduction: DeductionMode;
  capPerStructure: Fixed | undefined;
  shareBase: ShareReading;
  /** The scenario's own year (a projection computes others): one-off resources without a year fall in it. */
  scenarioYear: number;
}

/**
 * Payroll, forfait, resources, deduction, requested share and final request of one structure.
 *
 * @throws {CalcError} with the structure's path when a parameter it needs has no value (a grant
 *   before its first year, an unpublished forfait split with the « etat » deduction).
 */
export function computeStructureBase(
  structure: Structure,
  where: string,
  managerIndex: number,
  rules: RuleValues,
  ctx: Context,
  evaluated = true,
): StructureBase {
  // Sized from the start: an array grown by push keeps room for 17 lines, and a national result
  // keeps tens of thousands of these.
  const agents = new Array<AgentResult>(structure.agents.length);
  let payroll = 0n;
  let fte: Fixed = FIXED.zero;
  const issues: Issue[] = [];
  structure.agents.forEach((agent, i) => {
    try {
      const line = computeAgent(agent, i, ctx);
      agents[i] = line.result;
      payroll += line.payroll;
      fte = add(fte, line.fte);
    } catch (e) {
      issues.push(...relocate(e, `${where}.agents[${i}]`));
    }
  });

  const months = labelledMonths(structure.labelledSince, ctx.year);
  const open = fixed(monthsOpenIn(structure, ctx.year));
  const forfaitMonths = cmp(open, fixed(months)) < 0 ? open : fixed(months);
  const total = ctx.param("forfait.total");
  const forfait = months === 0 ? 0n : forfaitCents(total.fixed, forfaitMonths);

  let otherResources: Fixed = FIXED.zero;
  let deductedResources: Fixed = FIXED.zero;
  let investmentGrants: Fixed = FIXED.zero;
  structure.resources.forEach((r, i) => {
    if (!resourceCountsIn(r, ctx.year, rules.scenarioYear)) return;
    try {
      const amount = r.grant ? ctx.param(GRANT_PARAMETERS[r.grant]).fixed : fixed(r.amount ?? 0);
      if (resourceKind(r).investment) {
        investmentGrants = add(investmentGrants, amount);
        return;
      }
      otherResources = add(otherResources, amount);
      if (r.deducted) deductedResources = add(deductedResources, amount);
    } catch (e) {
      issues.push(...relocate(e, `${where}.resources[${i}].grant`));
    }
  });

  const forfaitF: Fixed = { m: forfait, s: 2 };
  let deduction: Fixed = forfaitF;
  let statePart: Used | undefined;
  if (rules.deduction === "etat" && months > 0) {
    const [first] = forfaitSplitParameters(structure.kind);
    try {
      statePart = ctx.param(first);
      deduction = { m: forfaitCents(statePart.fixed, forfaitMonths), s: 2 };
    } catch (e) {
      issues.push(...relocate(e, `${where}.kind`));
    }
  } else if (rules.deduction === "forfait_et_ressources") {
    deduction = add(forfaitF, deductedResources);
  }
  if (issues.length) throw new CalcError(issues);

  const cap = capOf(structure.cap === undefined ? undefined : fixed(structure.cap), rules.capPerStructure);
  const payrollF: Fixed = { m: payroll, s: 2 };
  const requested = shareFixed(payrollF, deduction, rules.rate, cap, rules.shareBase);
  // Actuals and objectives count only in the scenario's own year; another year is a forecast.
  const reported = evaluated && structure.actualPayroll !== undefined;
  const actualPayroll = reported ? fixed(structure.actualPayroll as number | string) : payrollF;
  const ratio =
    evaluated && structure.objectives.length > 0
      ? achievementRatio(
          structure.objectives.map((o) => o.met),
          structure.objectives.map((o) => fixed(o.weight)),
        )
      : FULL;
  const finalShare = shareFixed(actualPayroll, deduction, rules.rate, cap, rules.shareBase);
  const finalRequested = applyRatio(finalShare, ratio);

  return {
    path: where,
    managerIndex,
    structure,
    labelledMonths: months,
    forfaitMonths,
    fte,
    agents,
    payroll,
    otherCosts: fixed(structure.otherCosts),
    forfait,
    otherResources,
    investmentGrants,
    deduction,
    cap,
    requested,
    actualPayroll,
    objectives: evaluated ? structure.objectives : [],
    ratio,
    finalRequested,
    statePart,
    deductedResources,
    reported,
    finalShare,
  };
}

/** The cap of a structure's share: the lower of its own and the rule's, either when only one is set. */
function capOf(own: Fixed | undefined, rule: Fixed | undefined): Fixed | undefined {
  if (own === undefined) return rule;
  return rule === undefined || cmp(own, rule) < 0 ? own : rule;
}

/** An exact ratio as a decimal text (at most 10 decimals, exact when it terminates sooner). */
export function ratioText(r: Ratio): string {
  if (r.num === r.den) return "1";
  return fixedToString({ m: divRound(r.num * 10n ** 10n, r.den), s: 10 });
}

/** Re-labels a CalcError's issues with the scenario path where the problem lies. */
function relocate(error: unknown, path: string): Issue[] {
  if (error instanceof CalcError) return error.issues.map((i) => ({ ...i, path, message: i.message }));
  throw error;
}

/** Which rule values a scenario's year uses: its own, or the dated parameters. */
export function ruleValues(scenario: Scenario, ctx: Context): RuleValues {
  return {
    rate: scenario.rules.rate === undefined ? ctx.param("departement.taux").fixed : fixed(scenario.rules.rate),
    deduction: scenario.rules.deduction,
    capPerStructure: scenario.rules.capPerStructure === undefined ? undefined : fixed(scenario.rules.capPerStructure),
    shareBase: scenario.rules.shareBase,
    scenarioYear: scenario.year,
  };
}
