import { useMemo, useState } from "react";
import { compare, type ComputeOutcome, type Comparison, type ScenarioInput } from "../../../calc";
import { setIn } from "../state/edit";
import { safeCompute } from "./useScenarioState";

/** What the pane's scenario is compared with: an imported file, or itself under another year, rule, reading or rate. */
export type Against =
  | { kind: "fichier"; name: string; scenario: ScenarioInput }
  | { kind: "annee"; year: unknown }
  | { kind: "regle" }
  | { kind: "lecture" }
  | { kind: "taux"; rate: unknown };

/** The variant of `input` that `against` describes (an imported file is taken as it is). */
export function variantOf(input: ScenarioInput, against: Against): ScenarioInput {
  const rules = (input.rules ?? {}) as { finalPayment?: string; shareBase?: string };
  switch (against.kind) {
    case "fichier":
      return against.scenario;
    case "annee":
      return setIn(input, ["year"], against.year);
    case "regle":
      return setIn(input, ["rules", "finalPayment"], (rules.finalPayment ?? "plafonne") === "plafonne" ? "redistribue" : "plafonne");
    case "lecture":
      return setIn(
        input,
        ["rules", "shareBase"],
        (rules.shareBase ?? "masse_moins_forfait") === "masse_moins_forfait" ? "part_moins_forfait" : "masse_moins_forfait",
      );
    case "taux":
      return setIn(input, ["rules", "rate"], against.rate);
  }
}

/**
 * The « Comparer » tab's state: what the scenario is compared with, the variant computed, and the
 * comparison (the pane's scenario before, the variant after), or nothing while either side fails.
 */
export function useComparison(input: ScenarioInput, outcome: ComputeOutcome) {
  const [against, setAgainst] = useState<Against | null>(null);
  const variantInput = useMemo(() => (against ? variantOf(input, against) : null), [input, against]);
  const variant = useMemo(() => (variantInput ? safeCompute(variantInput) : null), [variantInput]);
  const comparison: Comparison | null = useMemo(
    () => (outcome.ok && variant?.ok ? compare(outcome.result, variant.result) : null),
    [outcome, variant],
  );
  return { against, setAgainst, variantInput, variant, comparison };
}

export type ComparisonState = ReturnType<typeof useComparison>;
