import { DefaultButton } from "@fluentui/react/lib/Button";
import {
  formatPath,
  GRANT_TERMS,
  GRANTS,
  labelOf,
  NATURE_TERMS,
  NATURES,
  RECURRENCE_TERMS,
  RECURRENCES,
  SCENARIO_FIELD_LABELS,
} from "../../../calc";
import { getIn, removeAt, setIn } from "../state/edit";
import { Choice, NumberField, TextInput, type FormProps, type Path } from "./fields";

type Resource = { label?: string; amount?: number | string; grant?: string; nature?: string; recurrence?: string; year?: number };

const GRANT_OPTIONS = GRANTS.map((g) => ({ key: g, text: labelOf(GRANT_TERMS, g) }));
const NATURE_OPTIONS = NATURES.map((k) => ({ key: k, text: labelOf(NATURE_TERMS, k) }));
const RECURRENCE_OPTIONS = RECURRENCES.map((k) => ({ key: k, text: labelOf(RECURRENCE_TERMS, k) }));
/** Left empty, nature and recurrence follow the grant (the bus: investment, one-off; otherwise operations, annual). */
const BY_DEFAULT = "Par défaut (selon la subvention)";

/** One resource of a structure: a label and an amount, or a grant whose amount is a dated parameter; its nature and recurrence. */
export function ResourceForm({ scenario, issues, onChange, path }: FormProps & { path: Path }) {
  const r = getIn(scenario, path) as Resource;
  const index = Number(path[path.length - 1]);
  const field = { issues, onChange: (p: Path, v: unknown) => onChange(setIn(scenario, p, v)) };
  const L = SCENARIO_FIELD_LABELS;
  return (
    <fieldset className="item">
      <legend>{r.label || `Ressource ${index + 1}`}</legend>
      <TextInput label="Libellé" path={[...path, "label"]} value={r.label} {...field} />
      {r.grant ? (
        <Choice label="Subvention paramétrée" path={[...path, "grant"]} value={r.grant} options={GRANT_OPTIONS} {...field} />
      ) : (
        <NumberField label="Montant" suffix="€" path={[...path, "amount"]} value={r.amount} {...field} />
      )}
      <Choice label={L.nature} path={[...path, "nature"]} value={r.nature} options={NATURE_OPTIONS} allowEmpty={BY_DEFAULT} {...field} />
      <Choice
        label={L.recurrence}
        path={[...path, "recurrence"]}
        value={r.recurrence}
        options={RECURRENCE_OPTIONS}
        allowEmpty={BY_DEFAULT}
        {...field}
      />
      {r.recurrence === "ponctuelle" ? (
        <NumberField label={`${L.year} (par défaut : celle de la convention)`} path={[...path, "year"]} value={r.year} integer {...field} />
      ) : null}
      <p className="error-text">{issues.get(formatPath(path))}</p>
      <DefaultButton
        text="Retirer la ressource"
        ariaLabel={`Retirer la ressource ${r.label ?? index + 1}`}
        onClick={() => onChange(removeAt(scenario, path.slice(0, -1), index))}
      />
    </fieldset>
  );
}
