import { DefaultButton } from "@fluentui/react/lib/Button";
import { Checkbox } from "@fluentui/react/lib/Checkbox";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import { useState } from "react";
import {
  CalcError,
  frenchDate,
  PARAMETER_STATUS_TERMS,
  PARAMETERS,
  ParameterSet,
  REFERENCE_PARAMETERS,
  type Parameter,
  type ParameterUse,
} from "../../../calc";
import { parameterValue } from "../format";
import type { Overrides } from "../state/persist";
import { NumberField, type IssueMap } from "./fields";
import { ParameterNotice } from "./ParameterNotice";

const UNIT_HINTS: Record<Parameter["unit"], string> = {
  EUR: "en euros",
  taux: "une fraction : 0,8 pour 80 %",
  "EUR/point/an": "euros par an pour l'indice 100",
  indice: "un indice",
  agents: "un nombre de personnes",
};

interface Shown {
  text: string;
  status?: Parameter["values"][number]["status"];
  source?: string;
  /** The value in force is the user's. */
  overridden?: boolean;
}

/** The value in force at `date`: the user's override when it is a readable value, else the reference. */
function valueAt(p: Parameter, override: Overrides[string] | undefined, date: string): Shown {
  try {
    if (override !== undefined) {
      try {
        const use = new ParameterSet(PARAMETERS, { [p.name]: override }).at(p.name, date);
        const dated = Array.isArray(override) ? ` (depuis le ${frenchDate(use.from)})` : "";
        return { text: `${parameterValue(use.value, p.unit)}${dated}`, overridden: true };
      } catch {
        // An override not (yet) readable (« abc », a date missing): its field says why; the card keeps the reference value.
      }
    }
    const use = REFERENCE_PARAMETERS.at(p.name, date);
    return { text: `${parameterValue(use.value, p.unit)} (depuis le ${frenchDate(use.from)})`, status: use.status, source: use.source };
  } catch (e) {
    if (e instanceof CalcError) return { text: e.issues[0].message };
    throw e;
  }
}

export interface ParametersProps {
  year: number;
  overrides: Overrides;
  issues: IssueMap;
  onChange: (o: Overrides) => void;
  /** The overrides are kept in the workbook (Excel), else in this browser. */
  inWorkbook: boolean;
  /** The parameters the scenario's figures use (the estimated and decided ones are named in a notice). */
  uses?: readonly ParameterUse[];
}

/** The dated parameters with value, source and status, and the user's overrides. */
export function ParametersPanel({ year, overrides, issues, onChange, inWorkbook, uses = [] }: ParametersProps) {
  const [onlyEstimates, setOnlyEstimates] = useState(false);
  const date = `${year}-01-01`;
  const shown = PARAMETERS.filter((p) => !onlyEstimates || p.values.some((v) => v.status === "estimate"));
  const count = Object.keys(overrides).length;
  const set = (name: string, value: string | undefined) => {
    const next = { ...overrides };
    if (value === undefined) delete next[name];
    else next[name] = value;
    onChange(next);
  };
  return (
    <section aria-labelledby="parametres-titre">
      <h2 id="parametres-titre">Paramètres datés</h2>
      <ParameterNotice uses={uses} />
      <p className="hint">
        Chaque chiffre est une donnée datée, avec sa source et son statut. Valeurs en vigueur au {frenchDate(date)}. Une valeur remplacée
        vaut pour toutes les dates et est enregistrée {inWorkbook ? "dans le classeur" : "dans ce navigateur"}.
      </p>
      {count ? (
        <MessageBar messageBarType={MessageBarType.info}>
          {count} paramètre{count > 1 ? "s" : ""} remplacé{count > 1 ? "s" : ""} : les calculs du volet les utilisent.
        </MessageBar>
      ) : null}
      <Checkbox label="Afficher seulement les paramètres estimés" checked={onlyEstimates} onChange={(_, v) => setOnlyEstimates(!!v)} />
      <ul className="params">
        {shown.map((p) => {
          const override = overrides[p.name];
          const now = valueAt(p, override, date);
          const estimated = p.values.some((v) => v.status === "estimate");
          return (
            <li key={p.name} className={now.status === "estimate" ? "param estimate" : "param"} data-parameter={p.name}>
              <h3>{p.label}</h3>
              <p className="code">{p.name}</p>
              <p>
                <strong className="param-value">{now.text}</strong>{" "}
                {now.overridden ? <span className="badge badge-override">Valeur remplacée</span> : null}
                {now.status ? (
                  <span className={`badge badge-${now.status}`}>
                    {now.status === "estimate" ? "⚠ " : ""}
                    {PARAMETER_STATUS_TERMS[now.status].label}
                  </span>
                ) : null}
              </p>
              {now.source ? <p className="source">Source : {now.source}</p> : null}
              {estimated && now.status !== "estimate" && !now.overridden ? (
                <p className="source">Certaines autres années de ce paramètre sont des estimations.</p>
              ) : null}
              <details>
                <summary>Toutes les valeurs de référence</summary>
                <ul>
                  {p.values.map((v) => (
                    <li key={v.from}>
                      {frenchDate(v.from)} : {v.value === null ? "non publié" : parameterValue(v.value, p.unit)} —{" "}
                      {PARAMETER_STATUS_TERMS[v.status].label}
                    </li>
                  ))}
                </ul>
              </details>
              {Array.isArray(override) ? (
                <p>Remplacé par des valeurs datées importées ({override.length}).</p>
              ) : (
                <NumberField
                  label={`${inWorkbook ? "Valeur du classeur" : "Remplacer par"} (${UNIT_HINTS[p.unit]})`}
                  path={["parameters", p.name]}
                  value={override}
                  issues={issues}
                  onChange={(_, v) => set(p.name, v as string | undefined)}
                />
              )}
              {override !== undefined ? (
                <DefaultButton text="Revenir à la valeur de référence" onClick={() => set(p.name, undefined)} />
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
