import {
  FINAL_RULE_TERMS,
  FINAL_RULES,
  labelOf,
  SCENARIO_FIELD_LABELS,
  SHARE_READING_TERMS,
  SHARE_READINGS,
  type ComputeOutcome,
} from "../../../calc";
import { shortDate } from "../format";
import { setIn } from "../state/edit";
import { Choice, TextInput, type FormProps, type Path } from "./fields";

const options = (keys: readonly string[], terms: Parameters<typeof labelOf>[0]) => keys.map((k) => ({ key: k, text: labelOf(terms, k) }));
const FINAL_OPTIONS = options(FINAL_RULES, FINAL_RULE_TERMS);
const SHARE_OPTIONS = options(SHARE_READINGS, SHARE_READING_TERMS);

/**
 * The convention's payment rules: what the final amount follows (capped at the convention amount
 * or the envelope shared again), the reading of « 80 % de la masse salariale après déduction du
 * forfait », and the dates of the acomptes and soldes (empty: the engine's defaults, shown).
 */
export function RulesForm({ scenario, issues, onChange, outcome }: FormProps & { outcome: ComputeOutcome }) {
  const rules = (scenario.rules ?? {}) as Record<string, unknown>;
  const field = { issues, onChange: (p: Path, v: unknown) => onChange(setIn(scenario, p, v)) };
  const used = outcome.ok ? outcome.result.rules : undefined;
  const L = SCENARIO_FIELD_LABELS;
  return (
    <fieldset className="item rules">
      <legend>Règles de paiement</legend>
      <Choice
        label={L.finalPayment}
        path={["rules", "finalPayment"]}
        value={rules.finalPayment ?? "plafonne"}
        options={FINAL_OPTIONS}
        {...field}
      />
      <Choice
        label={L.shareBase}
        path={["rules", "shareBase"]}
        value={rules.shareBase ?? "masse_moins_forfait"}
        options={SHARE_OPTIONS}
        {...field}
      />
      <TextInput
        label={L.advanceDate}
        type="date"
        path={["rules", "advanceDate"]}
        value={rules.advanceDate}
        description={used && !rules.advanceDate ? `Par défaut : ${shortDate(used.advanceDate)}` : undefined}
        {...field}
      />
      <TextInput
        label={L.balanceDate}
        type="date"
        path={["rules", "balanceDate"]}
        value={rules.balanceDate}
        description={used && !rules.balanceDate ? `Par défaut : ${shortDate(used.balanceDate)}` : undefined}
        {...field}
      />
    </fieldset>
  );
}
