import { parseStatus } from "../rules/employerRate";
import { minimumIndicesApplied } from "../rules/point";
import { fixedToEuros, centsToEuros, fixed, fixedToString, toCentsFixed, type Fixed } from "../arithmetic/fixed";
import { loadedCostCents, payrollLineCents } from "../rules/payroll";
import {
  explainEnteredLoadedCost,
  explainLoadedCostFromGross,
  explainLoadedCostFromIndex,
  explainPayrollLine,
} from "../rules/payroll/explain";
import type { Agent } from "../scenario/schema";
import type { Context } from "./context";
import type { Trace } from "./trace";
import type { AgentResult } from "./types";
import type { ParameterUse } from "../parameters/types";

/** Trace word for the minimum de traitement paid instead of a lower indice majoré. */
export const MINIMUM_INDEX_WORD = "indice minimum de traitement";

const minimumsByContext = new WeakMap<Context, Map<number, (ParameterUse & { plain: ParameterUse })[]>>();

/**
 * The minimum de traitement values that raise an indice majoré this year (décret n° 85-1148, art. 8),
 * recorded as used (so an estimated minimum is reported); cached per computation and indice.
 */
function minimumsOf(indiceMajore: number, ctx: Context): (ParameterUse & { plain: ParameterUse })[] {
  let byIndex = minimumsByContext.get(ctx);
  if (!byIndex) minimumsByContext.set(ctx, (byIndex = new Map()));
  let uses = byIndex.get(indiceMajore);
  if (!uses) {
    uses = minimumIndicesApplied(indiceMajore, ctx.year, ctx.params);
    for (const use of uses) ctx.record(use);
    byIndex.set(indiceMajore, uses);
  }
  return uses;
}

/**
 * Loaded cost and payroll of one agent line (domain reference §2); payroll in cents, FTE ×
 * assignment exact. Its traces are attached with its structure's (see results.ts).
 */
export function computeAgent(agent: Agent, index: number, ctx: Context): { result: AgentResult; payroll: bigint; fte: Fixed } {
  const cost = loadedCostOf(agent, ctx);
  const fte = fixed(agent.fte);
  const months = fixed(agent.months);
  const assignment = fixed(agent.assignment);
  const payroll = payrollLineCents(cost, fte, months, assignment);
  const costCents = toCentsFixed(cost);
  const costText = centsToEuros(costCents);
  // A full-time line all year long costs its loaded cost: one string for both.
  const payrollText = payroll === costCents ? costText : centsToEuros(payroll);
  const result: AgentResult = { name: agent.name ?? `Agent ${index + 1}`, loadedCost: costText, payroll: payrollText };
  return { result, payroll, fte: { m: fte.m * assignment.m, s: fte.s + assignment.s } };
}

/**
 * How an agent line's figures were obtained, read again from the line and the context: called
 * when the line's traces are first read (see the structure's recipe in recipe.ts).
 */
export function agentTraces(agent: Agent, ctx: Context): NonNullable<AgentResult["traces"]> {
  return {
    loadedCost: loadedCostTrace(agent, ctx),
    payroll: ctx.explain(
      explainPayrollLine({
        cost: fixedToEuros(loadedCostOf(agent, ctx)),
        fte: fixedToString(fixed(agent.fte)),
        months: fixedToString(fixed(agent.months)),
        assignment: fixedToString(fixed(agent.assignment)),
      }),
    ),
  };
}

/** The employer rate of a line given by a gross salary or an indice majoré: its own, or its status's preset. */
function rateOf(agent: Agent, ctx: Context) {
  const preset = agent.employerRate === undefined ? ctx.employerRate(parseStatus(agent.status ?? "")) : undefined;
  return { preset, rate: preset ? preset.exact : fixed(agent.employerRate ?? 0) };
}

function loadedCostOf(agent: Agent, ctx: Context): Fixed {
  if (agent.loadedCost !== undefined) return fixed(agent.loadedCost);
  const { rate } = rateOf(agent, ctx);
  if (agent.grossSalary === undefined) minimumsOf(agent.indiceMajore as number, ctx);
  const gross = agent.grossSalary !== undefined ? fixed(agent.grossSalary) : { m: ctx.baseSalaryCents(agent.indiceMajore as number), s: 2 };
  return { m: loadedCostCents(gross, rate), s: 2 };
}

/** How the loaded cost of a line was obtained (the same cases as {@link loadedCostOf}, read again for the trace). */
function loadedCostTrace(agent: Agent, ctx: Context): Trace | undefined {
  if (agent.loadedCost !== undefined) {
    return ctx.explain(explainEnteredLoadedCost({ cost: fixedToEuros(fixed(agent.loadedCost)) }));
  }
  const { preset, rate } = rateOf(agent, ctx);
  if (agent.grossSalary !== undefined) {
    return ctx.explain(
      explainLoadedCostFromGross({ gross: fixedToEuros(fixed(agent.grossSalary)), rate: fixedToString(rate) }),
      preset?.lines,
    );
  }
  const im = agent.indiceMajore as number;
  const explanation = explainLoadedCostFromIndex({
    index: String(im),
    baseSalary: centsToEuros(ctx.baseSalaryCents(im)),
    rate: fixedToString(rate),
  });
  const minimums = minimumsOf(im, ctx);
  const salaryParameters = preset ? ctx.salaryParameters(parseStatus(agent.status ?? "")) : [];
  if (minimums.length === 0) return ctx.explain(explanation, preset ? salaryParameters : undefined);
  // The index paid in some month is the minimum de traitement: the trace says which, and cites it.
  return ctx.explain({ ...explanation, values: { ...explanation.values, [MINIMUM_INDEX_WORD]: minimums.map((m) => m.value).join(", ") } }, [
    ...salaryParameters,
    ...minimums,
  ]);
}
