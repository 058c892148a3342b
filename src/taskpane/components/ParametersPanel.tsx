import { DefaultButton } from "@fluentui/react/lib/Button";
import { Checkbox } from "@fluentui/react/lib/Checkbox";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import { useState } from "react";
import { CalcError, formatValue, frenchDate, PARAMETERS, REFERENCE_PARAMETERS, type Parameter } from "../../../calc";
import type { Overrides } from "../state/persist";
import { STATUS_LABELS } from "../workbook/resultSheets";
import { NumberField, type IssueMap } from "./fields";

const UNIT_HINTS: Record<Parameter["unit"], string> = {
  EUR: "en euros",
  taux: "une fraction : 0,8 pour 80 %",
  "EUR/point/an": "euros par an pour l'indice 100",
  indice: "un indice",
  agents: "un nombre de personnes",
};

function valueAt(name: string, unit: string, date: string): { text: string; status?: keyof typeof STATUS_LABELS; source?: string } {
  try {
    const use = REFERENCE_PARAMETERS.at(name, date);
    return { text: `${formatValue(use.value, unit)} (depuis le ${frenchDate(use.from)})`, status: use.status, source: use.source };
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
  /** Where the overrides are kept, in words. */
  storage: string;
}

/** The dated parameters with value, source and status, and the workbook's overrides. */
export function ParametersPanel({ year, overrides, issues, onChange, storage }: ParametersProps) {
  const [onlyEstimates, setOnlyEstimates] = useState(false);
  const date = `${year}-01-01`;
  const shown = PARAMETERS.filter((p) => !onlyEstimates || p.values.some((v) => v.status === "estimate"));
  const count = Object.keys(overrides).length;
  return (
    <section aria-labelledby="parametres-titre">
      <h2 id="parametres-titre">Paramètres datés</h2>
      <p className="hint">
        Chaque chiffre est une donnée datée, avec sa source et son statut. Valeurs en vigueur au {frenchDate(date)}. Un remplacement vaut
        pour toutes les dates et est enregistré {storage}.
      </p>
      {count ? (
        <MessageBar messageBarType={MessageBarType.info}>
          {count} paramètre{count > 1 ? "s" : ""} remplacé{count > 1 ? "s" : ""} : les calculs du volet les utilisent.
        </MessageBar>
      ) : null}
      <Checkbox label="Afficher seulement les paramètres estimés" checked={onlyEstimates} onChange={(_, v) => setOnlyEstimates(!!v)} />
      <ul className="params">
        {shown.map((p) => {
          const now = valueAt(p.name, p.unit, date);
          const override = overrides[p.name];
          const estimated = p.values.some((v) => v.status === "estimate");
          return (
            <li key={p.name} className={now.status === "estimate" ? "param estimate" : "param"}>
              <h3>{p.label}</h3>
              <p className="code">{p.name}</p>
              <p>
                <strong>{now.text}</strong>{" "}
                {now.status ? (
                  <span className={`badge badge-${now.status}`}>
                    {now.status === "estimate" ? "⚠ " : ""}
                    {STATUS_LABELS[now.status]}
                  </span>
                ) : null}
              </p>
              {now.source ? <p className="source">Source : {now.source}</p> : null}
              {estimated && now.status !== "estimate" ? (
                <p className="source">Certaines autres années de ce paramètre sont des estimations.</p>
              ) : null}
              <details>
                <summary>Toutes les valeurs datées</summary>
                <ul>
                  {p.values.map((v) => (
                    <li key={v.from}>
                      {frenchDate(v.from)} : {v.value === null ? "non publié" : formatValue(v.value, p.unit)} — {STATUS_LABELS[v.status]}
                    </li>
                  ))}
                </ul>
              </details>
              {Array.isArray(override) ? (
                <p>Remplacé par des valeurs datées importées ({override.length}).</p>
              ) : (
                <NumberField
                  label={`Valeur du classeur (${UNIT_HINTS[p.unit]})`}
                  path={["parameters", p.name]}
                  value={override}
                  issues={issues}
                  onChange={(_, v) => {
                    const next = { ...overrides };
                    if (v === undefined) delete next[p.name];
                    else next[p.name] = v as string;
                    onChange(next);
                  }}
                />
              )}
              {override !== undefined ? (
                <DefaultButton
                  text="Revenir à la valeur de référence"
                  onClick={() => {
                    const next = { ...overrides };
                    delete next[p.name];
                    onChange(next);
                  }}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
