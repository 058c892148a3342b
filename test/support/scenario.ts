import { compute, type ComputeOptions, type ConventionResult, type ScenarioInput } from "../../calc";

export type StructureInput = ScenarioInput["managers"][number]["structures"][number];
export type AgentInput = NonNullable<StructureInput["agents"]>[number];
export type ManagerInput = ScenarioInput["managers"][number];

/** A fixed structure labelled since 2020 (a full forfait in 2022), with the given fields. */
export function structure(id: string, fields: Partial<StructureInput> = {}): StructureInput {
  return { id, name: `Structure ${id}`, labelledSince: "2020-01-01", ...fields };
}

/** Full-time agents entered by their annual loaded cost. */
export function agentsAt(...loadedCosts: number[]): AgentInput[] {
  return loadedCosts.map((loadedCost) => ({ loadedCost }));
}

/** A manager with its structures. */
export function manager(id: string, structures: StructureInput[], fields: Partial<ManagerInput> = {}): ManagerInput {
  return { id, name: `Gestionnaire ${id}`, structures, ...fields };
}

/** A 2022 scenario with one manager holding `structures`; `extra` overrides the top-level fields. */
export function scenarioOf(structures: StructureInput[], extra: Partial<ScenarioInput> = {}): ScenarioInput {
  return { year: 2022, managers: [manager("m1", structures)], ...extra };
}

/** The result of a scenario that must compute; fails with every issue otherwise. */
export function computed(input: unknown, options: ComputeOptions = {}): ConventionResult {
  const outcome = compute(input, options);
  if (!outcome.ok) throw new Error(`scenario did not compute:\n${JSON.stringify(outcome.issues, null, 2)}`);
  return outcome.result;
}

/** The structure of that id in a result. */
export function structureOf(result: ConventionResult, id: string) {
  const s = result.structures.find((x) => x.id === id);
  if (!s) throw new Error(`no structure ${id}`);
  return s;
}
