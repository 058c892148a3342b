// Child process of the scaling benchmark: one size per fresh process, so that every size is
// measured on the same kind of heap (in the main bench process, the earlier benchmarks' live
// scenarios and results make the larger runs pay more for each major garbage collection).
//
// Each sample is the same amount of work whatever the size: 28 000 structure-computations, i.e.
// 100 computations of 280 structures, 10 of 2 800 or one of 28 000, timed together. A single
// 280-structure computation usually ends before any garbage collection, whose cost then falls on
// a later one: the median of single runs would leave it out for the small size only.
// Prints the median time of one computation (one year, traces on), in milliseconds.
const lib = require("../dist/lib/index.js");
const n = Number(process.argv[2] || 2800);
const v = lib.validateScenario(lib.syntheticScenario({ structures: n, seed: 2022 }));
if (!v.ok) throw new Error("scénario invalide");
const batch = Math.max(1, Math.round(28000 / n));
const sample = () => {
  const start = process.hrtime.bigint();
  for (let i = 0; i < batch; i++) lib.computeConvention(v.scenario, { traces: true });
  return Number(process.hrtime.bigint() - start) / 1e6 / batch;
};
for (let i = 0; i < 2; i++) sample(); // warm-up
const samples = [sample(), sample(), sample()].sort((a, b) => a - b);
process.stdout.write(String(samples[1]) + "\n");
