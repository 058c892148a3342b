import { FIXED, add, fixedToString, type Fixed } from "../arithmetic/fixed";
import type { Scenario } from "../scenario/schema";
import type { Payments } from "./payees";
import { StructureRecipe, type RecipeEnv } from "./recipe";
import { ratioText, type StructureBase } from "./structure";
import { lazyTraces } from "./trace";
import type { Amounts, ManagerResult, StructureResult } from "./types";

/** A structure's result: what it is, its agent lines and its amounts; its traces are built when first read. */
export function structureResult(
  b: StructureBase,
  a: Readonly<Amounts>,
  scenario: Scenario,
  env: RecipeEnv,
  pool?: Payments["pool"],
): StructureResult {
  const s = b.structure;
  // A literal, the amounts listed by name (the type checks none is missing): V8 then keeps every
  // property in the object, where amounts added one by one would each reallocate its properties.
  const result: StructureResult = {
    path: b.path,
    managerId: scenario.managers[b.managerIndex].id,
    id: s.id,
    name: s.name,
    kind: s.kind,
    labelled: b.labelledMonths > 0,
    forfaitMonths: fixedToString(b.forfaitMonths),
    fte: fixedToString(b.fte),
    achievement: ratioText(b.ratio),
    agents: b.agents,
    payroll: a.payroll,
    otherCosts: a.otherCosts,
    forfait: a.forfait,
    otherResources: a.otherResources,
    investmentGrants: a.investmentGrants,
    deduction: a.deduction,
    requested: a.requested,
    allocated: a.allocated,
    advance: a.advance,
    actualPayroll: a.actualPayroll,
    finalRequested: a.finalRequested,
    final: a.final,
    balance: a.balance,
    repayment: a.repayment,
    remainingCost: a.remainingCost,
    finalRemainingCost: a.finalRemainingCost,
  };
  if (env.ctx.traces) {
    const recipe = new StructureRecipe(result, s, b.managerIndex, env, pool);
    lazyTraces(result, recipe);
    for (const line of b.agents) lazyTraces(line, recipe);
  }
  return result;
}

/** Each manager's result: what it is, its counts and its amounts. */
export function managerResults(
  scenario: Scenario,
  pooled: ReadonlySet<number>,
  managerFte: readonly Fixed[],
  amounts: readonly Amounts[],
): ManagerResult[] {
  return scenario.managers.map((m, mi) => ({
    path: `managers[${mi}]`,
    id: m.id,
    name: m.name,
    kind: m.kind,
    pooled: pooled.has(mi),
    structures: m.structures.length,
    fte: fixedToString(managerFte[mi]),
    ...amounts[mi],
  }));
}

/** Agents and FTE of the convention, FTE of each manager. */
export function countsOf(bases: readonly StructureBase[], managerCount: number) {
  const managerFte: Fixed[] = Array.from({ length: managerCount }, () => FIXED.zero);
  let agents = 0;
  let fte = FIXED.zero;
  for (const b of bases) {
    managerFte[b.managerIndex] = add(managerFte[b.managerIndex], b.fte);
    agents += b.agents.length;
    fte = add(fte, b.fte);
  }
  return { managerFte, agents, fte };
}
