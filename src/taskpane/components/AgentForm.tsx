import { DefaultButton } from "@fluentui/react/lib/Button";
import { Dropdown } from "@fluentui/react/lib/Dropdown";
import { useState } from "react";
import { AGENT_STATUS_TERMS, formatPath, type ScenarioInput } from "../../../calc";
import { getIn, removeAt, setIn } from "../state/edit";
import { Choice, NumberField, TextInput, type FormProps, type Path } from "./fields";

type Agent = NonNullable<ScenarioInput["managers"][number]["structures"][number]["agents"]>[number];

const STATUSES = Object.entries(AGENT_STATUS_TERMS).map(([key, t]) => ({ key, text: t.label }));

/** The three ways of giving an agent's cost; an agent uses exactly one. */
const COST_WAYS = [
  { key: "indiceMajore", text: "Indice majoré" },
  { key: "loadedCost", text: "Coût chargé annuel" },
  { key: "grossSalary", text: "Brut annuel" },
] as const;
type CostWay = (typeof COST_WAYS)[number]["key"];

/** The way the agent's cost is given, when it is given. */
function costWay(a: Agent): CostWay | undefined {
  if (a.loadedCost !== undefined) return "loadedCost";
  if (a.grossSalary !== undefined) return "grossSalary";
  if (a.indiceMajore !== undefined) return "indiceMajore";
  return undefined;
}

/** One agent of a structure: status, cost (one way of three), time worked. */
export function AgentForm({ scenario, issues, onChange, path }: FormProps & { path: Path }) {
  const a = getIn(scenario, path) as Agent;
  const index = Number(path[path.length - 1]);
  // Until a cost is typed, the way chosen in the list says which field to show.
  const [chosen, setChosen] = useState<CostWay>("indiceMajore");
  const way = costWay(a) ?? chosen;
  const field = { issues, onChange: (p: Path, v: unknown) => onChange(setIn(scenario, p, v)) };
  const changeWay = (next: CostWay) => {
    setChosen(next);
    if (next === way) return;
    // Changing the way empties the cost: the user gives it anew, in the new way.
    const { indiceMajore: _i, loadedCost: _l, grossSalary: _g, employerRate: _e, ...rest } = a;
    void [_i, _l, _g, _e];
    onChange(setIn(scenario, path, rest));
  };
  return (
    <fieldset className="item">
      <legend>{a.name || `Agent ${index + 1}`}</legend>
      <TextInput label="Nom" path={[...path, "name"]} value={a.name} {...field} />
      <Choice label="Statut" path={[...path, "status"]} value={a.status} options={STATUSES} allowEmpty="Non précisé" {...field} />
      <Dropdown
        label="Coût donné par"
        selectedKey={way}
        options={COST_WAYS.map((w) => ({ key: w.key, text: w.text }))}
        onChange={(_, o) => o && changeWay(o.key as CostWay)}
      />
      {way === "indiceMajore" ? (
        <NumberField label="Indice majoré" integer path={[...path, "indiceMajore"]} value={a.indiceMajore} {...field} />
      ) : null}
      {way === "loadedCost" ? (
        <NumberField label="Coût chargé annuel (temps plein)" suffix="€" path={[...path, "loadedCost"]} value={a.loadedCost} {...field} />
      ) : null}
      {way === "grossSalary" ? (
        <>
          <NumberField label="Brut annuel (temps plein)" suffix="€" path={[...path, "grossSalary"]} value={a.grossSalary} {...field} />
          <NumberField
            label="Taux de charges (vide : selon le statut)"
            path={[...path, "employerRate"]}
            value={a.employerRate}
            description="Une fraction : 0,45 pour 45 %."
            {...field}
          />
        </>
      ) : null}
      <NumberField
        label="Quotité (ETP)"
        path={[...path, "fte"]}
        value={a.fte}
        placeholder="1"
        description="De 0 à 1 ; un mi-temps s'écrit 0,5."
        {...field}
      />
      <NumberField
        label="Mois de présence"
        path={[...path, "months"]}
        value={a.months}
        placeholder="12"
        description="De 0 à 12 ; vide : 12."
        {...field}
      />
      <NumberField
        label="Affectation à France Services"
        path={[...path, "assignment"]}
        value={a.assignment}
        placeholder="1"
        description="Part du temps : 1 = tout le temps (vide : 1)."
        {...field}
      />
      <p className="error-text">{issues.get(formatPath(path))}</p>
      <DefaultButton
        text="Retirer l'agent"
        ariaLabel={`Retirer l'agent ${a.name ?? index + 1}`}
        onClick={() => onChange(removeAt(scenario, path.slice(0, -1), index))}
      />
    </fieldset>
  );
}
