/** Timing helpers: warm-up, then the median of several runs, with min and max. */
export interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function time(fn: () => unknown, { warmup = 2, runs = 7 } = {}): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], min: samples[0], max: samples[samples.length - 1], runs };
}

/** One line of the results table. */
export interface BenchResult {
  name: string;
  /** The measured figure, in `unit`. */
  value: number | null;
  unit: string;
  target: string;
  pass: boolean | null;
  min?: number;
  max?: number;
  note?: string;
}

export function printTable(results: readonly BenchResult[]): void {
  const rows = results.map((r) => [
    r.name,
    r.value === null ? "—" : `${fmt(r.value)} ${r.unit}`,
    r.min === undefined ? "" : `${fmt(r.min)}–${fmt(r.max ?? r.min)}`,
    r.target,
    r.pass === null ? "N/A" : r.pass ? "PASS" : "FAIL",
    r.note ?? "",
  ]);
  const header = ["benchmark", "median", "min–max", "target", "result", "note"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  rows.forEach((r) => console.log(line(r)));
}

function fmt(n: number): string {
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}
