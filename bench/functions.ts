import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import type { BenchResult } from "./harness";

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

/** The custom-function benchmarks, through the function each id registers in the built bundle. */
export function benchFunctions(rootDir: string): BenchResult[] {
  const fns = loadBundle(rootDir);
  const missing = (name: string, target: string, unit: string): BenchResult => ({
    name,
    value: null,
    unit,
    target,
    pass: null,
    note: "dist/functions.js absent : npm run build",
  });
  if (!fns) {
    return [
      missing("DEPT_SHARE × 1 000 000 (bundle)", "≥ 500 000 calls/s", "calls/s"),
      missing("ALLOCATE, 100 rows (bundle)", "≥ 5 000 calls/s", "calls/s"),
      missing("SCHEDULE, 1 000 rows (bundle)", "≤ 20 ms/call", "ms"),
    ];
  }
  const share = fns.get("DEPT_SHARE") as Fn;
  let i = 0;
  const runs = [0, 1, 2].map(() => rate(1_000_000, () => share(60000 + (i++ % 1000), 30000, null, null)).perSecond);
  const allocate = fns.get("ALLOCATE") as Fn;
  const requests = Array.from({ length: 100 }, (_, k) => [10000 + k * 137.17]);
  const allocRuns = [0, 1, 2].map(() => rate(20_000, () => allocate(requests, 500000, null)).perSecond);
  const schedule = fns.get("SCHEDULE") as Fn;
  const big = Array.from({ length: 1000 }, (_, k) => [10000 + k * 13.37]);
  const actuals = Array.from({ length: 1000 }, (_, k) => [9000 + k * 14.11]);
  const schedRuns = [0, 1, 2, 3, 4].map(() => rate(20, () => schedule(big, 5_000_000, 0.5, actuals)).ms / 20);
  return [
    {
      name: "DEPT_SHARE × 1 000 000 (bundle)",
      value: median(runs),
      unit: "calls/s",
      min: Math.min(...runs),
      max: Math.max(...runs),
      target: "≥ 500 000 calls/s",
      pass: median(runs) >= 500000,
    },
    {
      name: "ALLOCATE, 100 rows (bundle)",
      value: median(allocRuns),
      unit: "calls/s",
      min: Math.min(...allocRuns),
      max: Math.max(...allocRuns),
      target: "≥ 5 000 calls/s",
      pass: median(allocRuns) >= 5000,
    },
    {
      name: "SCHEDULE, 1 000 rows (bundle)",
      value: median(schedRuns),
      unit: "ms",
      min: Math.min(...schedRuns),
      max: Math.max(...schedRuns),
      target: "≤ 20 ms/call",
      pass: median(schedRuns) <= 20,
    },
  ];
}
