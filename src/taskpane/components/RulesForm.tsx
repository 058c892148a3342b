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
 * forfait », and the dates of the acomptes and soldes (empty: the engine's defaults, shown);
 * folded under a summary of the rules in force.
 */
export function RulesForm({ scenario, issues, onChange, outcome }: FormProps & { outcome: ComputeOutcome }) {
  const rules = (scenario.rules ?? {}) as Record<string, unknown>;
  const field = { issues, onChange: (p: Path, v: unknown) => onChange(setIn(scenario, p, v)) };
  const used = outcome.ok ? outcome.result.rules : undefined;
  const L = SCENARIO_FIELD_LABELS;
  return (
    <details className="structure rules">
      <summary>
        <h3>Règles de paiement</h3>{" "}
        <span className="hint">
          (montant final {labelOf(FINAL_RULE_TERMS, String(rules.finalPayment ?? "plafonne"), true)}, lecture «{" "}
          {labelOf(SHARE_READING_TERMS, String(rules.shareBase ?? "masse_moins_forfait"), true)} »)
        </span>
      </summary>
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
    </details>
  );
}
