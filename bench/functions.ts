import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { printTable, type BenchResult } from "./harness";
import { baseBuild, DEFAULT_BASE } from "./sideBySide";

type Fn = (...args: unknown[]) => unknown;

/** Loads the built functions bundle into a bare context where only `CustomFunctions` exists, as Excel does. */
export function loadBundle(rootDir: string): Map<string, Fn> | null {
  const file = path.join(rootDir, "dist", "functions.js");
  if (!existsSync(file)) return null;
  const registered = new Map<string, Fn>();
  class ExcelError extends Error {
    constructor(
      public code: string,
      message?: string,
    ) {
      super(message);
    }
  }
  const context = vm.createContext({
    CustomFunctions: {
      associate: (id: string, fn: Fn) => registered.set(id, fn),
      Error: ExcelError,
      ErrorCode: {
        invalidValue: "#VALUE!",
        notAvailable: "#N/A",
        invalidNumber: "#NUM!",
        divisionByZero: "#DIV/0!",
        nullReference: "#NULL!",
      },
    },
  });
  vm.runInContext(readFileSync(file, "utf8"), context, { filename: "functions.js" });
  return registered;
}

function rate(calls: number, fn: () => void): { perSecond: number; ms: number } {
  for (let i = 0; i < Math.min(calls, 10000); i++) fn(); // warm-up
  const start = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { perSecond: (calls / ms) * 1000, ms };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The workloads, each a call of one bundle's function and how many calls make one sample. */
interface Workload {
  name: string;
  calls: number;
  make(fns: Map<string, Fn>): () => void;
}

const column = (n: number, f: (k: number) => number) => Array.from({ length: n }, (_, k) => [f(k)]);
const requests100 = column(100, (k) => 10000 + k * 137.17);
const requests1000 = column(1000, (k) => 10000 + k * 13.37);
const actuals1000 = column(1000, (k) => 9000 + k * 14.11);

/** Whole cents: the fast path on safe integers. */
const deptShareCents: Workload = {
  name: "DEPT_SHARE, whole cents",
  calls: 200_000,
  make: (fns) => {
    const share = fns.get("DEPT_SHARE") as Fn;
    let i = 0;
    return () => share(60000 + (i++ % 1000), 30000, null, null);
  },
};

/** 30 000 + k × 1,37 in floating point: mostly whole cents once read; the rest (…,109999999997) takes decimal.js. */
const deptShareFormulas: Workload = {
  name: "DEPT_SHARE, values computed by formulas",
  calls: 200_000,
  make: (fns) => {
    const share = fns.get("DEPT_SHARE") as Fn;
    let i = 0;
    return () => share(30000 + (i++ % 5000) * 1.37, 10000, null, null);
  },
};

/** Every call off the safe path (17 significant digits): what DEPT_SHARE costs on decimal.js alone, the yardstick of the safe path. */
const deptShareDecimal: Workload = {
  name: "DEPT_SHARE, arguments off the safe path (decimal.js)",
  calls: 20_000,
  make: (fns) => {
    const share = fns.get("DEPT_SHARE") as Fn;
    let i = 0;
    return () => share(30004.109999999997 + (i++ % 3), 10000, null, null);
  },
};

const allocate100: Workload = {
  name: "ALLOCATE, 100 rows",
  calls: 2_000,
  make: (fns) => {
    const allocate = fns.get("ALLOCATE") as Fn;
    return () => allocate(requests100, 500000, null);
  },
};

/** The envelope binds and the actuals are redistributed: the same work in both bundles (86bf058 had only that rule). */
const schedule1000: Workload = {
  name: "SCHEDULE, 1 000 rows, « redistribue »",
  calls: 10,
  make: (fns) => {
    const schedule = fns.get("SCHEDULE") as Fn;
    return () => schedule(requests1000, 5_000_000, 0.5, actuals1000, "redistribue");
  },
};

/** A region: 1 000 structures under a 30 000 000 € envelope, with actuals, the default final rule (« plafonne »). */
const scheduleRegion: Workload = {
  name: "SCHEDULE, 1 000 rows, 30 000 000 € envelope, « plafonne »",
  calls: 10,
  make: (fns) => {
    const schedule = fns.get("SCHEDULE") as Fn;
    return () => schedule(requests1000, 30_000_000, null, actuals1000, null);
  },
};

/** ms per call of a workload: the median of `rounds` samples. */
function msPerCall(fns: Map<string, Fn>, w: Workload, rounds: number): number[] {
  const call = w.make(fns);
  const samples: number[] = [];
  rate(w.calls, call); // warm-up
  for (let r = 0; r < rounds; r++) samples.push(rate(w.calls, call).ms / w.calls);
  return samples;
}

/**
 * This bundle ÷ the bundle before the redesign, side by side in one run: the median of
 * alternating pairs, so that a busy machine slows both alike.
 */
function ratio(ours: Map<string, Fn>, base: Map<string, Fn>, w: Workload, pairs = 9): { median: number; min: number; max: number } {
  const a = w.make(ours);
  const b = w.make(base);
  rate(w.calls, a);
  rate(w.calls, b);
  const ratios: number[] = [];
  for (let i = 0; i < pairs; i++) ratios.push(rate(w.calls, a).ms / rate(w.calls, b).ms);
  return { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios) };
}

/** The build to compare with (BENCH_BASE: a built directory or a git ref, default 86bf058), with its functions.js. */
export function baseDir(rootDir: string): string {
  return baseBuild(rootDir, process.env.BENCH_BASE ?? DEFAULT_BASE, true);
}

/** The custom-function benchmarks, through the function each id registers in the built bundle. */
export function benchFunctions(rootDir: string): BenchResult[] {
  const fns = loadBundle(rootDir);
  const absent = (name: string, target: string, unit: string, note: string): BenchResult => ({
    name,
    value: null,
    unit,
    target,
    pass: null,
    note,
  });
  if (!fns) {
    return [deptShareCents, deptShareFormulas, deptShareDecimal, allocate100, schedule1000, scheduleRegion].map((w) =>
      absent(`${w.name} (bundle)`, "", "", "dist/functions.js absent : npm run build"),
    );
  }
  const perSecond = (w: Workload, target: number): BenchResult => {
    const runs = msPerCall(fns, w, 5).map((ms) => 1000 / ms);
    const value = median(runs);
    return {
      name: `${w.name} (bundle)`,
      value,
      unit: "calls/s",
      min: Math.min(...runs),
      max: Math.max(...runs),
      target: `≥ ${target} calls/s`,
      pass: value >= target,
    };
  };
  const ms = (w: Workload, target: number): BenchResult => {
    const runs = msPerCall(fns, w, 5);
    const value = median(runs);
    return {
      name: `${w.name} (bundle)`,
      value,
      unit: "ms",
      min: Math.min(...runs),
      max: Math.max(...runs),
      target: `≤ ${target} ms/call`,
      pass: value <= target,
    };
  };
  const results = [
    perSecond(deptShareCents, 500_000),
    perSecond(deptShareFormulas, 250_000),
    { ...perSecond(deptShareDecimal, 0), target: "—", pass: null, note: "for comparison: the safe path's gain" },
    perSecond(allocate100, 5_000),
    ms(schedule1000, 20),
    ms(scheduleRegion, 20),
  ];
  const base = loadBundle(baseDir(rootDir));
  for (const w of [deptShareCents, deptShareFormulas, allocate100, schedule1000]) {
    const name = `${w.name} ÷ 86bf058 (bundle)`;
    if (!base) {
      results.push(absent(name, "≤ 1.25×", "×", `${baseDir(rootDir)}/dist/functions.js absent (BENCH_BASE)`));
      continue;
    }
    const r = ratio(fns, base, w);
    // The contract's ratio targets are DEPT_SHARE, ALLOCATE(100) and SCHEDULE(1 000); the formulas' one is shown for information.
    const targeted = w !== deptShareFormulas;
    results.push({
      name,
      value: r.median,
      unit: "×",
      min: r.min,
      max: r.max,
      target: targeted ? "≤ 1.25×" : "—",
      pass: targeted ? r.median <= 1.25 : null,
    });
  }
  return results;
}

// `npx tsx bench/functions.ts`: the functions' part alone (npm run bench runs it with the rest).
if (require.main === module) printTable(benchFunctions(path.resolve(__dirname, "..")));
