import { compute, LIMITS, syntheticScenario, validateScenario } from "../../calc";

// The documented limits (calc/scenario/limits.ts, README « Limites »): below them no crash,
// above them one clear message, at once.
describe("limits of a scenario", () => {
  test("a scenario of 28 000 structures (ten times the national count) validates and computes; the envelope is split exactly", () => {
    const outcome = compute(syntheticScenario({ structures: 28000, seed: 7 }), { traces: false });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.result.totals.structures).toBe(28000);
    // the synthetic envelope is 35 000 € per structure and the requests exceed it
    expect(outcome.result.totals.allocated).toBe("980000000.00");
  }, 120_000);

  test(`above ${LIMITS.structures} structures the scenario is refused with one message, before any field is read`, () => {
    // Every field of a structure read is counted, except its agent list, which the size check counts.
    const read = new Set<string>();
    const structure = new Proxy({}, { get: (target, key) => (key !== "agents" && read.add(String(key)), undefined) });
    const tooBig = {
      year: 2022,
      managers: [{ id: "g", name: "G", structures: Array.from({ length: LIMITS.structures + 1 }, () => structure) }],
    };
    const v = validateScenario(tooBig);
    expect([...read]).toEqual([]);
    expect(v.ok).toBe(false);
    expect(v.issues).toEqual([
      { code: "trop_grand", path: "managers", message: `trop de structures (${LIMITS.structures + 1}, ${LIMITS.structures} au plus)` },
    ]);
  });

  test(`above ${LIMITS.agentsPerStructure} agents in one structure, the structure's list is refused`, () => {
    const s = syntheticScenario({ structures: 1 }) as { managers: { structures: { agents: unknown[] }[] }[] };
    const agent = { loadedCost: 40000 };
    s.managers[0].structures[0].agents = Array.from({ length: LIMITS.agentsPerStructure + 1 }, () => agent);
    const v = validateScenario(s);
    expect(v.ok).toBe(false);
    expect(v.issues).toContainEqual({
      code: "trop_grand",
      path: "managers[0].structures[0].agents",
      message: `trop d'agents (${LIMITS.agentsPerStructure} au plus)`,
    });
  });
});
