import { DefaultButton } from "@fluentui/react/lib/Button";
import { paymentDates, type ScenarioInput } from "../../../calc";
import { shortDate } from "../format";
import { append, setIn } from "../state/edit";
import { TextInput, type FormProps, type Path } from "./fields";
import { StructureForm } from "./StructureForm";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The convention's acompte and solde dates (its own, else the defaults of its year): what an empty
 * date of a manager means. None while the year or the convention's date is not readable.
 */
function conventionDates(scenario: ScenarioInput): { advanceDate?: string; balanceDate?: string } {
  if (!Number.isInteger(scenario.year)) return {};
  const rules = (scenario.rules ?? {}) as Record<string, unknown>;
  const given = (v: unknown) => (v === undefined ? undefined : typeof v === "string" && ISO_DATE.test(v) ? v : null);
  const advance = given(rules.advanceDate);
  const balance = given(rules.balanceDate);
  const year = scenario.year as number;
  const d = paymentDates(year, year, { advanceDate: advance ?? undefined, balanceDate: balance ?? undefined });
  return { advanceDate: advance === null ? undefined : d.advanceDate, balanceDate: balance === null ? undefined : d.balanceDate };
}

const hint = (own: unknown, convention: string | undefined) =>
  own ? undefined : `Vide : la date de la convention${convention ? `, le ${shortDate(convention)}` : ""}`;

/** The manager's name, its own payment dates (empty: the convention's), its structures, with a button to add one. */
export function ManagerForm({ scenario, issues, onChange, managerIndex }: FormProps & { managerIndex: number }) {
  const m = scenario.managers[managerIndex];
  const base: Path = ["managers", managerIndex];
  const structures = m.structures ?? [];
  const convention = conventionDates(scenario);
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
      <TextInput
        label="Date de l'acompte de ce gestionnaire"
        type="date"
        path={[...base, "advanceDate"]}
        value={m.advanceDate}
        description={hint(m.advanceDate, convention.advanceDate)}
        issues={issues}
        onChange={(p, v) => onChange(setIn(scenario, p, v))}
      />
      <TextInput
        label="Date du solde de ce gestionnaire"
        type="date"
        path={[...base, "balanceDate"]}
        value={m.balanceDate}
        description={hint(m.balanceDate, convention.balanceDate)}
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
