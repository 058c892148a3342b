// Child process of the scaling benchmark: one size per fresh process, so that every size is
// measured on the same kind of heap (in the main bench process, the earlier benchmarks' live
// scenarios and results make the larger runs pay more for each major garbage collection).
// Prints the median time of one year with traces, in milliseconds.
const lib = require("../dist/lib/index.js");
const n = Number(process.argv[2] || 2800);
const v = lib.validateScenario(lib.syntheticScenario({ structures: n, seed: 2022 }));
if (!v.ok) throw new Error("scénario invalide");
// More runs for the small sizes: 280 structures take under 15 ms, where one slow run (a garbage
// collection, code not yet optimised) would otherwise decide the ratio.
const plan = n <= 300 ? { warmup: 10, runs: 31 } : n <= 3000 ? { warmup: 4, runs: 11 } : { warmup: 2, runs: 5 };
for (let i = 0; i < plan.warmup; i++) lib.computeConvention(v.scenario, { traces: true });
const samples = [];
for (let i = 0; i < plan.runs; i++) {
  const start = process.hrtime.bigint();
  lib.computeConvention(v.scenario, { traces: true });
  samples.push(Number(process.hrtime.bigint() - start) / 1e6);
}
samples.sort((a, b) => a - b);
process.stdout.write(String(samples[Math.floor(samples.length / 2)]) + "\n");
