import fc from "fast-check";
import { VOSGES_2022_EXAMPLE } from "../../calc";

/** Values a hand-written or corrupted JSON file may hold where a number or a text is expected. */
export const junk = fc.oneof(
  fc.constantFrom(
    null,
    true,
    false,
    "",
    " ",
    "NaN",
    "Infinity",
    "-Infinity",
    "1e309",
    "-0",
    "0x10",
    "12,5",
    "80 %",
    "=1+1",
    "abc",
    [],
    {},
    -0,
    0,
    -1,
    1e308,
    -1e308,
    5e-324,
    2 ** 53 + 1,
  ),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 12 }),
  fc.array(fc.integer(), { maxLength: 3 }),
);

/** A JSON-like value of bounded depth, wrong in every way a file can be. */
export const anyJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    junk,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie("value"), { maxKeys: 4 }),
  ),
})).value;

type Json = unknown;

/** Replaces the value at a random path of `base` with `replacement` (or deletes it, or adds a stray key). */
function mutate(base: Json, path: number[], replacement: Json, action: number): Json {
  if (path.length === 0 || base === null || typeof base !== "object") return replacement;
  const clone: Record<string, Json> | Json[] = Array.isArray(base) ? [...base] : { ...(base as Record<string, Json>) };
  const keys = Object.keys(clone);
  if (keys.length === 0) return clone;
  const key = keys[path[0] % keys.length];
  const c = clone as Record<string, Json>;
  if (path.length === 1 && action === 1) delete c[key];
  else if (path.length === 1 && action === 2) c[`champ_${key}`] = replacement;
  else if (path.length === 1 && action === 3 && Array.isArray(c[key]))
    c[key] = [...(c[key] as Json[]), ...(c[key] as Json[])]; // duplicates
  else c[key] = mutate(c[key], path.slice(1), replacement, action);
  return clone;
}

/** The example scenario with one to three of its values broken, removed, duplicated or added. */
export const brokenExample: fc.Arbitrary<unknown> = fc
  .array(fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 7 }), anyJson, fc.nat(4)), { minLength: 1, maxLength: 3 })
  .map((mutations) => mutations.reduce<Json>((acc, [path, value, action]) => mutate(acc, path, value, action), VOSGES_2022_EXAMPLE));

/** A valid scenario with random sizes and amounts, within the limits. */
export const validScenario = fc
  .record({
    year: fc.integer({ min: 2020, max: 2026 }),
    rate: fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
    envelope: fc.integer({ min: 0, max: 2_000_000_00 }).map((c) => (c / 100).toFixed(2)),
    pooling: fc.boolean(),
    managers: fc.array(
      fc.array(
        fc.record({
          kind: fc.constantFrom("fixe", "itinerante", "laposte"),
          labelledSince: fc.option(fc.constantFrom("2019-05-01", "2020-01-01", "2022-04-15", "2023-07-01", "2026-12-31"), { nil: null }),
          monthsOpen: fc.integer({ min: 0, max: 12 }),
          agents: fc.array(
            fc.record({
              loadedCost: fc.integer({ min: 0, max: 20_000_000 }).map((c) => (c / 100).toFixed(2)),
              fte: fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
              months: fc.integer({ min: 0, max: 12 }),
              assignment: fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
            }),
            { maxLength: 5 },
          ),
          actualPayroll: fc.option(
            fc.integer({ min: 0, max: 30_000_000 }).map((c) => (c / 100).toFixed(2)),
            { nil: undefined },
          ),
          objectives: fc.array(fc.record({ label: fc.constant("Objectif"), weight: fc.integer({ min: 0, max: 5 }), met: fc.boolean() }), {
            maxLength: 3,
          }),
        }),
        { minLength: 1, maxLength: 4 },
      ),
      { minLength: 1, maxLength: 5 },
    ),
  })
  .map((r) => ({
    year: r.year,
    rules: { rate: r.rate, envelope: r.envelope, advanceRate: 0.5, pooling: r.pooling },
    managers: r.managers.map((structures, m) => ({
      id: `m${m}`,
      name: `Gestionnaire ${m}`,
      structures: structures.map((s, i) => ({
        id: `m${m}s${i}`,
        name: `Structure ${i}`,
        ...s,
        ...(s.actualPayroll === undefined ? { actualPayroll: undefined } : {}),
        // the objectives' weights must not all be zero: the achievement ratio is undefined then
        objectives: s.objectives.some((o) => o.weight > 0) ? s.objectives : [],
      })),
    })),
  }));
