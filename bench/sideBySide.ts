/**
 * The engine against an earlier build, side by side in one process: the national year (2 800
 * structures, traces on) and the 2020–2026 projection, old and new runs alternating, a ratio
 * new ÷ old of CPU time per pair and the median of those ratios (a slow spell of this shared
 * machine then spoils a pair or two, not one side).
 *
 *   npx tsx bench/sideBySide.ts [base]    (npm run bench runs it too, with BENCH_BASE)
 *
 * `base` (or BENCH_BASE) is a directory holding a built dist/lib, or a git ref (default 86bf058,
 * the commit before the calc/ redesign): the ref's files are exported to a temporary directory
 * and built there with tsup (and webpack, for the functions' bundle: see bench/functions.ts).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { printTable, type BenchResult } from "./harness";

type Lib = typeof import("../dist/lib/index.js");

/** The build to compare with, when none is given. */
export const DEFAULT_BASE = "86bf058";
const LIMIT = 1.25;

/**
 * A directory whose dist/lib is built: `base` itself, or a build of the git ref `base`; with
 * `bundle`, its dist/functions.js too (the custom functions' production bundle).
 */
export function baseBuild(root: string, base: string, bundle = false): string {
  if (existsSync(path.join(base, "dist", "lib", "index.js"))) return path.resolve(base);
  const sha = execFileSync("git", ["rev-parse", "--short", `${base}^{commit}`], { cwd: root, encoding: "utf8" }).trim();
  const dir = path.join(tmpdir(), `fs-ctec-bench-${sha}`);
  if (!existsSync(path.join(dir, "dist", "lib", "index.js"))) {
    mkdirSync(dir, { recursive: true });
    execFileSync("sh", ["-c", `git archive ${sha} | tar -x -C "${dir}"`], { cwd: root });
    if (!existsSync(path.join(dir, "node_modules"))) symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"));
    execFileSync("npx", ["tsup"], { cwd: dir, stdio: "ignore" });
  }
  if (bundle && !existsSync(path.join(dir, "dist", "functions.js"))) {
    execFileSync("npx", ["webpack", "--mode", "production"], { cwd: dir, stdio: "ignore" });
  }
  return dir;
}

/** One run's wall-clock and CPU time (every thread of the process: the collector's helpers too), in ms. */
function measure(fn: () => unknown): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  fn();
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Old and new alternate (the order swapped at each pair); the figure is the median of the pairs'
 * ratios of CPU time, which the other processes of a shared machine disturb far less than the
 * wall clock (given in the note).
 */
function pairs(name: string, oldRun: () => unknown, newRun: () => unknown, count: number): BenchResult {
  for (let i = 0; i < 3; i++) {
    oldRun();
    newRun();
  }
  const samples = Array.from({ length: count }, (_, i) => {
    if (i % 2 === 0) {
      const o = measure(oldRun);
      return { o, n: measure(newRun) };
    }
    const n = measure(newRun);
    return { o: measure(oldRun), n };
  });
  const ratios = samples.map(({ o, n }) => n.cpu / o.cpu);
  const ratio = median(ratios);
  const ms = (side: "o" | "n", clock: "wall" | "cpu") => median(samples.map((x) => x[side][clock])).toFixed(0);
  return {
    name,
    value: ratio,
    unit: "×",
    min: Math.min(...ratios),
    max: Math.max(...ratios),
    target: `≤ ${LIMIT}×`,
    pass: ratio <= LIMIT,
    note:
      `median of ${count} alternating pairs; CPU ${ms("o", "cpu")} → ${ms("n", "cpu")} ms; ` +
      `wall clock ${ms("o", "wall")} → ${ms("n", "wall")} ms, ratio ${median(samples.map(({ o, n }) => n.wall / o.wall)).toFixed(2)}`,
  };
}

/** The side-by-side ratios of the engine against the build of `base`. */
export function benchSideBySide(root: string, base = process.env.BENCH_BASE ?? DEFAULT_BASE): BenchResult[] {
  const dir = baseBuild(root, base);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- two builds of the library in one process
  const before: Lib = require(path.join(dir, "dist", "lib", "index.js"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const now: Lib = require(path.join(root, "dist", "lib", "index.js"));
  // One input for both, each validated by its own library.
  const input = before.syntheticScenario({ structures: 2800, seed: 2022 });
  const scenarioOf = (lib: Lib) => {
    const v = lib.validateScenario(input);
    if (!v.ok) throw new Error(`scénario synthétique invalide : ${JSON.stringify(v.issues.slice(0, 3))}`);
    return v.scenario;
  };
  const [oldScenario, newScenario] = [scenarioOf(before), scenarioOf(now)];
  const label = `against ${path.basename(dir)}`;
  return [
    pairs(
      `national year, 2 800 structures, traces (${label})`,
      () => before.computeConvention(oldScenario, { traces: true }),
      () => now.computeConvention(newScenario, { traces: true }),
      21,
    ),
    pairs(
      `national year, every trace read as JSON (${label})`,
      () => JSON.stringify(before.computeConvention(oldScenario, { traces: true })),
      () => JSON.stringify(now.computeConvention(newScenario, { traces: true })),
      11,
    ),
    pairs(
      `projection 2020–2026, 2 800 structures, traces (${label})`,
      () => before.project(oldScenario, 2020, 2026, { traces: true }),
      () => now.project(newScenario, 2020, 2026, { traces: true }),
      11,
    ),
  ];
}

if (require.main === module) {
  const root = path.resolve(__dirname, "..");
  printTable(benchSideBySide(root, process.argv[2]));
}
