import { zodToJsonSchema } from "zod-to-json-schema";
import { ScenarioSchema } from "./schema";

/**
 * The JSON Schema (draft-07) of a scenario file, generated from the same definitions that
 * validate it, so the two cannot drift. Cross-field rules (unique ids, one way to give a cost)
 * are checked by {@link validateScenario} only.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = zodToJsonSchema(ScenarioSchema, {
    target: "jsonSchema7",
    $refStrategy: "none",
    effectStrategy: "input",
    pipeStrategy: "input",
  }) as Record<string, unknown>;
  return {
    ...schema,
    title: "Scénario de convention France Services (CTEC)",
    description:
      "Une convention départementale : année, règles, gestionnaires et structures, budget du Département. Montants en euros, taux en fractions (0.8 = 80 %).",
  };
}
