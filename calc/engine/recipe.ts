import { fixedToEuros, centsToEuros, fixedToString, type Fixed } from "../arithmetic/fixed";
import { explainFinalRequest } from "../rules/achievement/explain";
import { explainAllocated } from "../rules/allocation/explain";
import { explainCappedFinal, explainRedistributedFinal } from "../rules/finalPayment/explain";
import type { FinalRule } from "../rules/finalPayment";
import { explainForfait, explainNoForfait } from "../rules/forfait/explain";
import { explainAdvance, explainBalance, explainPooledAdvance } from "../rules/payments/explain";
import { explainActualPayroll, explainPayroll } from "../rules/payroll/explain";
import { explainOtherResources, explainRemainingCost } from "../rules/remainingCost/explain";
import {
  explainForfaitAndResourcesDeduction,
  explainForfaitDeduction,
  explainPooledShare,
  explainShare,
  explainStateDeduction,
} from "../rules/share/explain";
import type { Structure } from "../scenario/schema";
import { agentTraces } from "./agent";
import type { Context } from "./context";
import type { Payments } from "./payees";
import { computeStructureBase, ratioText, type RuleValues, type StructureBase } from "./structure";
import { settleTraces, tracesPending, type Recipe } from "./trace";
import type { AgentResult, StructureResult } from "./types";

/** What every structure's traces are built with: one object per computation. */
export interface RecipeEnv {
  rules: RuleValues;
  ctx: Context;
  evaluated: boolean;
  advanceRate: Fixed;
  finalRule: FinalRule;
}

/**
 * How a structure result's traces, and its agent lines', are built when first read: its base is
 * computed again from the scenario (same context, same parameters, same figures), so that a
 * result keeps only its inputs until then, not the intermediate values of its computation. One
 * small object per structure, shared by its lines: a national result has tens of thousands.
 */
export class StructureRecipe implements Recipe {
  constructor(
    private readonly result: StructureResult,
    private readonly structure: Structure,
    private readonly managerIndex: number,
    private readonly env: RecipeEnv,
    private readonly pool: Payments["pool"] | undefined,
  ) {}

  traces(target: object): unknown {
    if (target === this.result) return this.structureTraces();
    // An agent line: the structure's lines are explained together, each from its own input.
    let found: unknown;
    this.result.agents.forEach((line: AgentResult, i) => {
      if (!tracesPending(line) && line !== target) return;
      const traces = agentTraces(this.structure.agents[i], this.env.ctx);
      if (line === target) found = traces;
      else settleTraces(line, traces);
    });
    return found;
  }

  /** Each amount's trace, in the order of the amounts; the wording is the rule's (calc/rules/<rule>/explain.ts). */
  private structureTraces(): StructureResult["traces"] {
    const { rules, ctx, evaluated, advanceRate } = this.env;
    const { pool, result: r } = this;
    const b = computeStructureBase(this.structure, r.path, this.managerIndex, rules, ctx, evaluated);
    const total = ctx.param("forfait.total");
    return {
      payroll: ctx.explain(explainPayroll({ lines: String(b.agents.length), total: centsToEuros(b.payroll) })),
      forfait:
        b.labelledMonths === 0
          ? ctx.explain(explainNoForfait({ labelledSince: b.structure.labelledSince }))
          : ctx.explain(explainForfait({ annual: fixedToEuros(total.fixed), months: fixedToString(b.forfaitMonths) }), [total]),
      deduction: deductionTrace(b, rules, ctx),
      otherResources: ctx.explain(
        explainOtherResources({ count: String(b.structure.resources.length), total: fixedToEuros(b.otherResources) }),
      ),
      requested: pool
        ? ctx.explain(
            explainPooledShare({
              managerRequest: centsToEuros(pool.requested),
              ownRequest: fixedToEuros(b.requested),
              part: r.requested,
              reading: rules.shareBase,
            }),
          )
        : ctx.explain(
            explainShare({
              rate: fixedToString(rules.rate),
              payroll: centsToEuros(b.payroll),
              deduction: fixedToEuros(b.deduction),
              cap: b.cap && fixedToEuros(b.cap),
              reading: rules.shareBase,
            }),
          ),
      actualPayroll: ctx.explain(explainActualPayroll({ reported: b.reported, payroll: fixedToEuros(b.actualPayroll) })),
      finalRequested: ctx.explain(explainFinalRequest({ finalShare: fixedToEuros(b.finalShare), achievement: ratioText(b.ratio) })),
      allocated: ctx.explain(explainAllocated({ requested: r.requested, allocated: r.allocated })),
      advance: pool
        ? ctx.explain(explainPooledAdvance({ managerAdvance: centsToEuros(pool.advance), advance: r.advance }))
        : ctx.explain(explainAdvance({ allocated: r.allocated, rate: fixedToString(advanceRate) })),
      final:
        this.env.finalRule === "redistribue"
          ? ctx.explain(explainRedistributedFinal({ finalRequested: r.finalRequested, final: r.final }))
          : ctx.explain(
              explainCappedFinal({
                allocated: r.allocated,
                requested: r.requested,
                finalRequested: r.finalRequested,
                final: r.final,
                pooled: pool !== undefined,
              }),
            ),
      balance: ctx.explain(explainBalance({ final: r.final, advance: r.advance })),
      remainingCost: ctx.explain(
        explainRemainingCost({
          payroll: centsToEuros(b.payroll),
          otherCosts: fixedToEuros(b.otherCosts),
          forfait: centsToEuros(b.forfait),
          otherResources: fixedToEuros(b.otherResources),
          allocated: r.allocated,
        }),
      ),
    };
  }
}

/** The deduction's trace: the State part (« etat » rule, labelled months), the forfait with the deducted resources, or the forfait. */
function deductionTrace(b: StructureBase, rules: RuleValues, ctx: Context) {
  if (b.statePart) {
    return ctx.explain(explainStateDeduction({ statePart: fixedToEuros(b.statePart.fixed), months: fixedToString(b.forfaitMonths) }), [
      b.statePart,
    ]);
  }
  return rules.deduction === "forfait_et_ressources"
    ? ctx.explain(
        explainForfaitAndResourcesDeduction({ forfait: centsToEuros(b.forfait), deductedResources: fixedToEuros(b.deductedResources) }),
      )
    : ctx.explain(explainForfaitDeduction({ forfait: centsToEuros(b.forfait) }));
}
