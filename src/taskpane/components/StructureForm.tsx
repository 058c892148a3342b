import { DefaultButton } from "@fluentui/react/lib/Button";
import { AMOUNT_TERMS, KIND_TERMS, type ScenarioInput } from "../../../calc";
import { append, getIn, removeAt, setIn } from "../state/edit";
import { AgentForm } from "./AgentForm";
import { Choice, NumberField, TextInput, type FormProps, type Path } from "./fields";
import { ResourceForm } from "./ResourceForm";

type Structure = ScenarioInput["managers"][number]["structures"][number];

const KINDS = Object.entries(KIND_TERMS).map(([key, t]) => ({ key, text: t.label }));

/** One structure of a manager, folded: its fields, its other resources and its agents. */
export function StructureForm({ scenario, issues, onChange, path, open }: FormProps & { path: Path; open: boolean }) {
  const st = getIn(scenario, path) as Structure;
  const index = Number(path[path.length - 1]);
  const field = { issues, onChange: (p: Path, v: unknown) => onChange(setIn(scenario, p, v)) };
  const form = { scenario, issues, onChange };
  const agents = st.agents ?? [];
  return (
    <details className="structure" open={open}>
      <summary>
        <h3>{st.name || `Structure ${index + 1}`}</h3>
      </summary>
      <TextInput label="Nom de la structure" path={[...path, "name"]} value={st.name} {...field} />
      <Choice label="Type" path={[...path, "kind"]} value={st.kind ?? "fixe"} options={KINDS} {...field} />
      <TextInput
        label="Labellisée depuis"
        type="date"
        path={[...path, "labelledSince"]}
        value={st.labelledSince ?? undefined}
        description="Vide : structure non labellisée (pas de forfait)."
        {...field}
      />
      <NumberField
        label="Mois d'ouverture dans l'année"
        path={[...path, "monthsOpen"]}
        value={st.monthsOpen}
        placeholder="12"
        description="De 0 à 12 ; vide : 12."
        {...field}
      />
      <NumberField
        label={`${AMOUNT_TERMS.otherCosts.label} (locaux, informatique, déplacements)`}
        suffix="€"
        path={[...path, "otherCosts"]}
        value={st.otherCosts}
        {...field}
      />
      <NumberField
        label={`${AMOUNT_TERMS.actualPayroll.label} (évaluation)`}
        suffix="€"
        path={[...path, "actualPayroll"]}
        value={st.actualPayroll}
        description="Vide : la masse salariale prévue."
        {...field}
      />

      <h4>{AMOUNT_TERMS.otherResources.label}</h4>
      {(st.resources ?? []).map((_, ri) => (
        <ResourceForm key={ri} path={[...path, "resources", ri]} {...form} />
      ))}
      <DefaultButton
        text="Ajouter une ressource"
        onClick={() => onChange(append(scenario, [...path, "resources"], { label: "Contribution", amount: "0" }))}
      />

      <h4>Agents</h4>
      {agents.map((_, ai) => (
        <AgentForm key={ai} path={[...path, "agents", ai]} {...form} />
      ))}
      <DefaultButton
        text="Ajouter un agent"
        onClick={() =>
          onChange(append(scenario, [...path, "agents"], { name: `Agent ${agents.length + 1}`, loadedCost: "40000", fte: "1" }))
        }
      />
      <div className="spacer" />
      <DefaultButton
        text="Retirer la structure"
        ariaLabel={`Retirer la structure ${st.name}`}
        onClick={() => onChange(removeAt(scenario, path.slice(0, -1), index))}
      />
    </details>
  );
}
