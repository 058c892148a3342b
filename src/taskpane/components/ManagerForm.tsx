import { DefaultButton } from "@fluentui/react/lib/Button";
import { append, setIn } from "../state/edit";
import { TextInput, type FormProps, type Path } from "./fields";
import { StructureForm } from "./StructureForm";

/** The manager's name and its structures, with a button to add one. */
export function ManagerForm({ scenario, issues, onChange, managerIndex }: FormProps & { managerIndex: number }) {
  const m = scenario.managers[managerIndex];
  const base: Path = ["managers", managerIndex];
  const structures = m.structures ?? [];
  return (
    <>
      <h3>Gestionnaire</h3>
      <TextInput
        label="Nom du gestionnaire"
        path={[...base, "name"]}
        value={m.name}
        issues={issues}
        onChange={(p, v) => onChange(setIn(scenario, p, v))}
      />
      {structures.map((_, si) => (
        <StructureForm
          key={si}
          path={[...base, "structures", si]}
          open={si === 0}
          scenario={scenario}
          issues={issues}
          onChange={onChange}
        />
      ))}
      <DefaultButton
        className="action"
        text="Ajouter une structure"
        onClick={() =>
          onChange(
            append(scenario, [...base, "structures"], {
              id: `${m.id}-s${structures.length + 1}`,
              name: `Nouvelle structure ${structures.length + 1}`,
              kind: "fixe",
              labelledSince: `${scenario.year}-01-01`,
              agents: [],
            }),
          )
        }
      />
    </>
  );
}
