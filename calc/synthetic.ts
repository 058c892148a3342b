import type { ScenarioInput } from "./scenario/schema";

/** Options of {@link syntheticScenario}. */
export interface SyntheticOptions {
  /** Number of structures (default 2 800, the national count). */
  structures?: number;
  /** Seed of the pseudo-random generator: the same seed gives the same scenario. */
  seed?: number;
  /** Convention year (default 2022). */
  year?: number;
}

/** mulberry32: a small, well-known seeded generator; reproducible across platforms. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MANAGERS_PER_DEPARTEMENT = 7;
const STRUCTURES_PER_DEPARTEMENT = 28;

/**
 * A realistic synthetic convention of any size, seeded and reproducible, for benchmarks and
 * load tests: 7 managers per département (about 28 structures each), 2–5 agents per structure,
 * about 5 % buses, loaded costs and indices in the ranges of the domain reference (§5), a few
 * actuals and missed objectives. Amounts are whole euros or cents, never floats with noise.
 */
export function syntheticScenario(options: SyntheticOptions = {}): ScenarioInput {
  const count = Math.max(1, Math.floor(options.structures ?? 2800));
  const year = options.year ?? 2022;
  const random = generator(options.seed ?? 2022);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
  const departements = Math.max(1, Math.round(count / STRUCTURES_PER_DEPARTEMENT));
  const managerCount = Math.min(count, departements * MANAGERS_PER_DEPARTEMENT);
  const managers: ScenarioInput["managers"] = Array.from({ length: managerCount }, (_, m) => ({
    id: `g${m + 1}`,
    name: `Gestionnaire ${m + 1} (synthétique)`,
    kind: m % MANAGERS_PER_DEPARTEMENT === 6 ? "PETR" : "EPCI",
    structures: [],
  }));
  for (let s = 0; s < count; s++) {
    const bus = random() < 0.05;
    const agentCount = int(2, 5);
    const agents = Array.from({ length: agentCount }, (_, a) => {
      const kind = random();
      const name = `Agent ${a + 1}`;
      const fte = pick([1, 1, 1, 0.8, 0.5]);
      const assignment = pick([1, 1, 1, 0.5]);
      // Literals, not a spread of a common base: V8 (Node 20) gives each object spread from a fresh
      // literal a hidden class of its own, and every later reading of 100 000 agents was slow.
      if (kind < 0.4) return { name, fte, assignment, status: pick(["titulaire", "contractuel"] as const), indiceMajore: int(352, 480) };
      if (kind < 0.6) return { name, fte, assignment, grossSalary: int(21000, 30000), employerRate: pick([0.27, 0.45, 0.47]) };
      return { name, fte, assignment, loadedCost: int(32000, 48000) };
    });
    const labelledYear = random() < 0.9 ? int(2020, year) : year + 1;
    const structure = {
      id: `fs${s + 1}`,
      name: `France Services ${s + 1} (synthétique)`,
      kind: bus ? ("itinerante" as const) : ("fixe" as const),
      labelledSince: `${labelledYear}-${String(int(1, 12)).padStart(2, "0")}-01`,
      agents,
      otherCosts: int(10000, 35000),
      resources: bus ? [{ label: "Banque des Territoires, nouveau bus", grant: "bus_banque_territoires" as const }] : [],
      objectives: [
        { label: "Ouverture 24 h sur 5 jours", weight: 2, met: random() < 0.95 },
        { label: "Agents formés", weight: 1, met: random() < 0.9 },
      ],
      ...(random() < 0.3 ? { actualPayroll: int(60000, 160000) } : {}),
    };
    managers[s % managerCount].structures.push(structure);
  }
  return {
    title: `Convention synthétique : ${count} structures (données générées, graine ${options.seed ?? 2022})`,
    illustrative: true,
    year,
    rules: { rate: 0.8, advanceRate: 0.5, envelope: 35000 * count },
    managers,
  };
}
