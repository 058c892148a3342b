import { parseStatus } from "../employerRate";
import { dec, euros, ONE, roundCent, type Decimal } from "../money";
import type { Agent } from "../scenario/schema";
import type { Context } from "./context";
import type { AgentResult } from "./types";

/** Loaded cost and payroll of one agent line (domain reference §2). */
export function computeAgent(agent: Agent, index: number, ctx: Context): { result: AgentResult; payroll: Decimal; fte: Decimal } {
  const { cost, costTrace } = loadedCostOf(agent, ctx);
  const fte = dec(agent.fte);
  const months = dec(agent.months);
  const assignment = dec(agent.assignment);
  const payroll = roundCent(cost.times(fte).times(months).dividedBy(12).times(assignment));
  const result: AgentResult = { name: agent.name ?? `Agent ${index + 1}`, loadedCost: euros(cost), payroll: euros(payroll) };
  if (ctx.traces) {
    result.traces = {
      loadedCost: costTrace,
      payroll: ctx.trace("arrondi(coût chargé × quotité × mois / 12 × affectation)", {
        "coût chargé": euros(cost),
        quotité: fte.toString(),
        mois: months.toString(),
        affectation: assignment.toString(),
      }),
    };
  }
  return { result, payroll, fte: fte.times(assignment) };
}

function loadedCostOf(agent: Agent, ctx: Context) {
  if (agent.loadedCost !== undefined) {
    const cost = dec(agent.loadedCost);
    return { cost, costTrace: ctx.trace("coût chargé annuel saisi", { "coût chargé": euros(cost) }) };
  }
  const preset = agent.employerRate === undefined ? ctx.employerRate(parseStatus(agent.status ?? "")) : undefined;
  const rate = preset ? preset.rate : dec(agent.employerRate ?? 0);
  if (agent.grossSalary !== undefined) {
    const gross = dec(agent.grossSalary);
    const cost = roundCent(gross.times(ONE.plus(rate)));
    return { cost, costTrace: ctx.trace("arrondi(brut annuel × (1 + taux de charges))", { brut: euros(gross), "taux de charges": rate.toString() }, preset?.lines) };
  }
  const im = agent.indiceMajore as number;
  const gross = ctx.baseSalary(im);
  const cost = roundCent(gross.times(ONE.plus(rate)));
  return {
    cost,
    costTrace: ctx.trace(
      "arrondi(traitement indiciaire × (1 + taux de charges)), traitement = Σ des 12 mois de arrondi(indice majoré × valeur annuelle du point / 1200)",
      { "indice majoré": String(im), "traitement indiciaire": euros(gross), "taux de charges": rate.toString() },
      [...ctx.pointValues(), ...(preset?.lines ?? [])],
    ),
  };
}
