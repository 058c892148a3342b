import {
  AMOUNT_TERMS,
  BUDGET_YEAR_TERMS,
  COMPARED_KEYS,
  DEDUCTION_TERMS,
  FINAL_RULE_TERMS,
  labelOf,
  OTHER_TERMS,
  PARAMETERS,
  SHARE_READING_TERMS,
  type AmountChanges,
  type Change,
  type Comparison,
  type Difference,
  type Presence,
} from "../../../calc";
import { euros, parameterValue, percent, shortDate } from "../format";
import { BUDGET_YEAR_KEYS } from "../budgetYears";
import { ReflowTable, type Column } from "./ReflowTable";

const NONE = "—";

/** A rule's value as the pane writes it elsewhere (labels from the glossary, French numbers and dates). */
function ruleValue(name: string, value: string | null): string {
  if (value === null) return NONE;
  switch (name) {
    case "finalPayment":
      return labelOf(FINAL_RULE_TERMS, value);
    case "shareBase":
      return labelOf(SHARE_READING_TERMS, value);
    case "deduction":
      return labelOf(DEDUCTION_TERMS, value);
    case "rate":
    case "advanceRate":
      return percent(value);
    case "envelope":
    case "capPerStructure":
      return euros(value);
    case "advanceDate":
    case "balanceDate":
      return shortDate(value);
    case "pooling":
      return value === "true" ? "oui" : "non";
    default:
      return value;
  }
}

const UNITS = new Map(PARAMETERS.map((p) => [p.name, p.unit]));

/** A parameter's values as compare() gives them (`0.8 (2022-01-01) ; …`), with their unit, the French way. */
function parameterValues(name: string, value: string | null): string {
  const unit = UNITS.get(name);
  if (value === null) return NONE;
  if (!unit) return value;
  return value.replace(
    /(-?\d+(?:\.\d+)?) \((\d{4}-\d{2}-\d{2})\)/g,
    (_, v: string, d: string) => `${parameterValue(v, unit)} (depuis le ${shortDate(d)})`,
  );
}

const PRESENCE: Record<Presence, string> = { les_deux: "", avant: " (seulement avant)", apres: " (seulement après)" };

/** One signed change per compared amount (Masse salariale, Forfait…), for a manager or a structure. */
const changeColumns = <R extends { amounts: AmountChanges }>(): Column<R>[] =>
  COMPARED_KEYS.map((k) => ({ label: AMOUNT_TERMS[k].label, amount: (r: R) => r.amounts[k].change, signed: true }));

function Differences({ title, list, rules }: { title: string; list: readonly Difference[]; rules?: boolean }) {
  if (!list.length) return null;
  const value = (d: Difference, v: string | null) => (rules ? ruleValue(d.name, v) : parameterValues(d.name, v));
  return (
    <>
      <h4>{title}</h4>
      <ul className="plain differences">
        {list.map((d) => (
          <li key={d.name}>
            <strong>{d.label}</strong> : {value(d, d.before)} → {value(d, d.after)}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * A comparison as finance teams read it before a vote: what differs in the rules and parameters
 * first, then the convention's changes, each manager's, each structure's and each budget year's.
 * Every name is shown as text (an imported file's names included).
 */
export function CompareResults({ comparison: c }: { comparison: Comparison }) {
  const totals: { key: string; label: string; change: Change }[] = [
    ...COMPARED_KEYS.map((k) => ({ key: k, label: AMOUNT_TERMS[k].label, change: c.convention[k] })),
    { key: "finalUnused", label: OTHER_TERMS.finalUnused.label, change: c.convention.finalUnused },
  ];
  const same = !c.rules.length && !c.parameters.length;
  return (
    <div className="results comparison" aria-live="polite">
      <h3>Ce qui diffère</h3>
      {same ? <p>Aucune règle ni aucun paramètre ne diffère.</p> : null}
      <Differences title="Règles" list={c.rules} rules />
      <Differences title="Paramètres" list={c.parameters} />
      <ReflowTable
        caption="Convention : avant, après, écart"
        first="Montant"
        rows={totals}
        rowKey={(t) => t.key}
        rowName={(t) => t.label}
        columns={[
          { label: "Avant", amount: (t) => t.change.before },
          { label: "Après", amount: (t) => t.change.after },
          { label: "Écart", amount: (t) => t.change.change, signed: true },
        ]}
      />
      <p id="cmp-taux-equilibre">
        {OTHER_TERMS.balanceRate.label} : {percent(c.convention.balanceRate.before)} → {percent(c.convention.balanceRate.after)}
      </p>
      <div className="scroll-x">
        <ReflowTable
          caption="Écarts par gestionnaire"
          first={OTHER_TERMS.manager.label}
          rows={c.managers}
          rowKey={(m) => m.id}
          rowName={(m) => `${m.name}${PRESENCE[m.presence]}`}
          columns={changeColumns<Comparison["managers"][number]>()}
        />
      </div>
      <details className="structure">
        <summary>
          <h4>Écarts par structure ({c.structures.length})</h4>
        </summary>
        <div className="scroll-x">
          <ReflowTable
            caption="Écarts par structure"
            hideCaption
            first={OTHER_TERMS.structure.label}
            rows={c.structures}
            rowKey={(s) => `${s.managerId}\u0000${s.id}`}
            rowName={(s) => `${s.name}${PRESENCE[s.presence]}`}
            columns={changeColumns<Comparison["structures"][number]>()}
          />
        </div>
      </details>
      <div className="scroll-x">
        <ReflowTable
          caption={`Écarts par ${OTHER_TERMS.exercice.label.toLowerCase()}`}
          first={OTHER_TERMS.exercice.label}
          rows={c.budgetYears}
          rowKey={(y) => String(y.exercice)}
          rowName={(y) => String(y.exercice)}
          columns={BUDGET_YEAR_KEYS.map((k) => ({
            label: BUDGET_YEAR_TERMS[k].label,
            amount: (y: Comparison["budgetYears"][number]) => y[k].change,
            signed: true,
          }))}
        />
      </div>
    </div>
  );
}
