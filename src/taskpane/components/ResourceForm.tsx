import { DefaultButton } from "@fluentui/react/lib/Button";
import { formatPath, GRANT_TERMS, GRANTS, labelOf } from "../../../calc";
import { getIn, removeAt, setIn } from "../state/edit";
import { Choice, NumberField, TextInput, type FormProps, type Path } from "./fields";

type Resource = { label?: string; amount?: number | string; grant?: string };

const GRANT_OPTIONS = GRANTS.map((g) => ({ key: g, text: labelOf(GRANT_TERMS, g) }));

/** One resource of a structure: a label and an amount, or a grant whose amount is a dated parameter. */
export function ResourceForm({ scenario, issues, onChange, path }: FormProps & { path: Path }) {
  const r = getIn(scenario, path) as Resource;
  const index = Number(path[path.length - 1]);
  const field = { issues, onChange: (p: Path, v: unknown) => onChange(setIn(scenario, p, v)) };
  return (
    <fieldset className="item">
      <legend>{r.label || `Ressource ${index + 1}`}</legend>
      <TextInput label="Libellé" path={[...path, "label"]} value={r.label} {...field} />
      {r.grant ? (
        <Choice label="Subvention paramétrée" path={[...path, "grant"]} value={r.grant} options={GRANT_OPTIONS} {...field} />
      ) : (
        <NumberField label="Montant" suffix="€" path={[...path, "amount"]} value={r.amount} {...field} />
      )}
      <p className="error-text">{issues.get(formatPath(path))}</p>
      <DefaultButton
        text="Retirer la ressource"
        ariaLabel={`Retirer la ressource ${r.label ?? index + 1}`}
        onClick={() => onChange(removeAt(scenario, path.slice(0, -1), index))}
      />
    </fieldset>
  );
}
