import fc from "fast-check";
import { anyJson, brokenExample, validScenario } from "./arbitraries";
import { checkOutcome } from "./check";

// `npm run fuzz` sets FUZZ_RUNS (100 000 cases in all); `npm test` runs a shorter pass.
const runs = Number(process.env.FUZZ_RUNS ?? 0);
const share = (part: number, fallback: number) => (runs > 0 ? Math.ceil(runs * part) : fallback);

function expectNoViolation(input: unknown): void {
  const violation = checkOutcome(input);
  if (violation) throw new Error(`${violation}\nentrée : ${JSON.stringify(input)?.slice(0, 2000)}`);
}

describe("fuzzing: any input ends in typed errors or in a result that keeps the invariants", () => {
  const timeout = runs > 0 ? 3_600_000 : 120_000;

  test(
    "arbitrary JSON values (wrong types, NaN-like strings, deep nesting)",
    () => {
      fc.assert(fc.property(anyJson, expectNoViolation), { numRuns: share(0.3, 800) });
    },
    timeout,
  );

  test(
    "the example with one to three fields broken, removed, duplicated or added",
    () => {
      fc.assert(fc.property(brokenExample, expectNoViolation), { numRuns: share(0.4, 800) });
    },
    timeout,
  );

  test(
    "valid scenarios of random sizes and amounts",
    () => {
      fc.assert(fc.property(validScenario, expectNoViolation), { numRuns: share(0.3, 400) });
    },
    timeout,
  );
});
