import {
  BUDGET_YEAR_TERMS,
  labelOf,
  OTHER_TERMS,
  PAYMENT_KIND_TERMS,
  type BudgetYear,
  type ConventionResult,
  type Payment,
} from "../../../calc";
import { shortDate } from "../format";
import { BUDGET_YEAR_KEYS } from "../budgetYears";
import { ReflowTable } from "./ReflowTable";

/**
 * The Département's budget by budget year (exercice), and the payments' schedule: each acompte,
 * solde or reversement with its date and budget year, in a folded table (24 lines on the example).
 */
export function ConventionSchedule({ result }: { result: ConventionResult }) {
  const years = Object.entries(result.budget.byExercice).sort(([a], [b]) => Number(a) - Number(b));
  const names = new Map(result.structures.map((s) => [`${s.managerId}\u0000${s.id}`, s.name]));
  const rows = result.payments.map((p, i) => ({ ...p, key: String(i) }));
  return (
    <>
      <ReflowTable
        caption={`Budget du Département par ${OTHER_TERMS.exercice.label.toLowerCase()}`}
        first={OTHER_TERMS.exercice.label}
        rows={years}
        rowKey={([y]) => y}
        rowName={([y]) => y}
        columns={BUDGET_YEAR_KEYS.map((k) => ({ label: BUDGET_YEAR_TERMS[k].label, amount: ([, y]: [string, BudgetYear]) => y[k] }))}
      />
      <details className="structure schedule">
        <summary>
          <h3>Échéancier des paiements ({rows.length})</h3>
        </summary>
        <ReflowTable
          caption="Échéancier des paiements"
          hideCaption
          first={OTHER_TERMS.structure.label}
          rows={rows}
          rowKey={(p) => p.key}
          rowName={(p: Payment) => names.get(`${p.managerId}\u0000${p.structureId}`) ?? p.structureId}
          columns={[
            { label: OTHER_TERMS.kind.label, text: (p) => labelOf(PAYMENT_KIND_TERMS, p.kind, true) },
            { label: OTHER_TERMS.date.label, text: (p) => shortDate(p.date) },
            { label: OTHER_TERMS.exercice.short, text: (p) => String(p.exercice) },
            { label: "Montant", amount: (p) => (p.kind === "reversement" ? `-${p.amount}` : p.amount) },
          ]}
        />
      </details>
    </>
  );
}
