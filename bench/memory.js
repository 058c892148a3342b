// Child process of the memory benchmark: generates and computes N structures, then prints the
// peak resident set size of the whole process in kilobytes.
const lib = require("../dist/lib/index.js");
const n = Number(process.argv[2] || 28000);
const v = lib.validateScenario(lib.syntheticScenario({ structures: n, seed: 2022 }));
if (!v.ok) throw new Error("scénario invalide");
lib.computeConvention(v.scenario, { traces: true });
process.stdout.write(String(process.resourceUsage().maxRSS) + "\n");
