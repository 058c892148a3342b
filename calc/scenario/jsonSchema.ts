import { z } from "zod";
import { JSON_BOUNDS } from "./fields";
import { ScenarioSchema } from "./schema";

/**
 * The JSON Schema (draft-07) of a scenario file, generated from the same definitions that
 * validate it, so the two cannot drift. Cross-field rules (unique ids, one way to give a cost)
 * are checked by {@link validateScenario} only.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ScenarioSchema, {
    target: "draft-07",
    // The file as written: fields with a default are optional.
    io: "input",
    // Every definition written in place: no $ref to resolve.
    reused: "inline",
    override: ({ zodSchema, jsonSchema }) => {
      // The bounds zod states as refinements (bounds.ts), written as JSON Schema keywords.
      const bounds = JSON_BOUNDS.get(zodSchema);
      if (bounds) Object.assign(jsonSchema, bounds);
    },
  }) as Record<string, unknown>;
  return {
    ...schema,
    title: "Scénario de convention France Services (CTEC)",
    description:
      "Une convention départementale : année, règles, gestionnaires et structures, budget du Département. Montants en euros, taux en fractions (0.8 = 80 %).",
  };
}
