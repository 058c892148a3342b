import { parseStatus } from "../employerRate";
import { centsToEuros, fixed, fixedToString, toCentsFixed, type Fixed } from "../fixed";
import { loadedCostCents, payrollLineCents } from "./exact";
import type { Agent } from "../scenario/schema";
import type { Context } from "./context";
import type { Trace } from "./trace";
import type { AgentResult } from "./types";

/** Loaded cost and payroll of one agent line (domain reference §2); payroll in cents, FTE × assignment exact. */
export function computeAgent(agent: Agent, index: number, ctx: Context): { result: AgentResult; payroll: bigint; fte: Fixed } {
  const { cost, costTrace } = loadedCostOf(agent, ctx);
  const fte = fixed(agent.fte);
  const months = fixed(agent.months);
  const assignment = fixed(agent.assignment);
  const payroll = payrollLineCents(cost, fte, months, assignment);
  const costText = centsToEuros(toCentsFixed(cost));
  const result: AgentResult = { name: agent.name ?? `Agent ${index + 1}`, loadedCost: costText, payroll: centsToEuros(payroll) };
  if (ctx.traces) {
    result.traces = {
      loadedCost: costTrace,
      payroll: ctx.trace("arrondi(coût chargé × quotité × mois / 12 × affectation)", {
        "coût chargé": costText,
        quotité: fixedToString(fte),
        mois: fixedToString(months),
        affectation: fixedToString(assignment),
      }),
    };
  }
  return { result, payroll, fte: { m: fte.m * assignment.m, s: fte.s + assignment.s } };
}

function loadedCostOf(agent: Agent, ctx: Context): { cost: Fixed; costTrace?: Trace } {
  if (agent.loadedCost !== undefined) {
    const cost = fixed(agent.loadedCost);
    return { cost, costTrace: ctx.trace("coût chargé annuel saisi", { "coût chargé": centsToEuros(toCentsFixed(cost)) }) };
  }
  const preset = agent.employerRate === undefined ? ctx.employerRate(parseStatus(agent.status ?? "")) : undefined;
  const rate = preset ? preset.exact : fixed(agent.employerRate ?? 0);
  if (agent.grossSalary !== undefined) {
    const gross = fixed(agent.grossSalary);
    const cost: Fixed = { m: loadedCostCents(gross, rate), s: 2 };
    return {
      cost,
      costTrace: ctx.trace(
        "arrondi(brut annuel × (1 + taux de charges))",
        { brut: centsToEuros(toCentsFixed(gross)), "taux de charges": fixedToString(rate) },
        preset?.lines,
      ),
    };
  }
  const im = agent.indiceMajore as number;
  const gross = ctx.baseSalaryCents(im);
  const cost: Fixed = { m: loadedCostCents({ m: gross, s: 2 }, rate), s: 2 };
  return {
    cost,
    costTrace: ctx.trace(
      "arrondi(traitement indiciaire × (1 + taux de charges)), traitement = Σ des 12 mois de arrondi(indice majoré × valeur annuelle du point / 1200)",
      { "indice majoré": String(im), "traitement indiciaire": centsToEuros(gross), "taux de charges": fixedToString(rate) },
      ctx.traces && preset ? ctx.salaryParameters(parseStatus(agent.status ?? "")) : undefined,
    ),
  };
}
