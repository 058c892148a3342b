import { DefaultButton, PrimaryButton } from "@fluentui/react/lib/Button";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import type { ReactNode } from "react";
import {
  AMOUNT_TERMS,
  BUDGET_LINE_TERMS,
  FINAL_RULE_TERMS,
  KIND_TERMS,
  labelOf,
  OTHER_TERMS,
  SCENARIO_FIELD_LABELS,
  SHARE_READING_TERMS,
  type ComputeOutcome,
  type ScenarioInput,
  type ManagerResult,
  type StructureResult,
} from "../../../calc";
import { euros, percent } from "../format";
import type { LocatedIssue } from "../workbook/readInput";
import { Figure } from "./Figure";
import { IssueList } from "./IssueList";
import { ConventionSchedule } from "./ConventionSchedule";
import { ParameterNotice } from "./ParameterNotice";
import { ReflowTable } from "./ReflowTable";

export interface ConventionProps {
  outcome: ComputeOutcome;
  /** The scenario computed (its names tell where an issue is). */
  scenario: ScenarioInput;
  /** Excel actions; absent in the standalone pane. */
  excel?: {
    onCreateTables: () => void;
    onCheck: () => void;
    onComputeWrite: () => void;
    onSelect: (address: string) => void;
    sheetIssues: readonly LocatedIssue[];
  };
  busy: boolean;
  /** The payment rules' form, shown above the results. */
  rules?: ReactNode;
}

/** The finance team's view: the whole convention, and in Excel its input tables and result sheets. */
export function ConventionPanel({ outcome, scenario, excel, busy, rules }: ConventionProps) {
  const r = outcome.ok ? outcome.result : undefined;
  const T = AMOUNT_TERMS;
  return (
    <section aria-labelledby="convention-titre">
      <h2 id="convention-titre">Convention</h2>
      {r ? <ParameterNotice uses={r.parametersUsed} /> : null}
      {excel ? (
        <div className="steps">
          <p>Dans le classeur : saisissez la convention dans des tableaux Excel, vérifiez-les, puis calculez.</p>
          <ol>
            <li>
              <PrimaryButton text="Créer les tableaux de saisie" onClick={excel.onCreateTables} disabled={busy} />
              <p className="hint">
                Feuilles Convention, Gestionnaires, Structures, Agents, Ressources, Objectifs et Budget, remplies avec le scénario du volet.
                Une feuille existante n'est remplacée qu'après confirmation.
              </p>
            </li>
            <li>
              <DefaultButton text="Vérifier les tableaux" onClick={excel.onCheck} disabled={busy} />
              <p className="hint">Chaque erreur est donnée avec sa feuille et sa cellule.</p>
            </li>
            <li>
              <PrimaryButton text="Calculer et écrire les résultats" onClick={excel.onComputeWrite} disabled={busy} />
              <p className="hint">
                Feuilles Résultats structures, Résultats gestionnaires, Échéancier, Budget Département et Avertissements, remplacées à
                chaque calcul.
              </p>
            </li>
          </ol>
          <IssueList title="Erreurs dans les tableaux de saisie" issues={excel.sheetIssues} onSelect={excel.onSelect} />
        </div>
      ) : null}

      {rules}
      {r ? (
        <>
          <h3>
            {r.title ?? "Convention"} — {r.year}
          </h3>
          <p className="hint">
            Règle : {percent(r.rules.rate)} de la masse salariale après déduction du forfait de l'État, lue «{" "}
            {labelOf(SHARE_READING_TERMS, r.rules.shareBase)} » ; acompte {percent(r.rules.advanceRate)} à la signature, solde après
            l'évaluation ; {SCENARIO_FIELD_LABELS.finalPayment.toLowerCase()} : « {labelOf(FINAL_RULE_TERMS, r.rules.finalPayment)} ».
          </p>
          <dl className="figures">
            <Figure label={OTHER_TERMS.envelope.label} value={r.totals.envelope} />
            <Figure label={T.requested.label} value={r.totals.requested} />
            <Figure label={T.allocated.label} value={r.totals.allocated} id="conv-attribue" />
            <Figure label={T.advance.label} value={r.totals.advance} />
            <Figure label={T.final.label} value={r.totals.final} />
            <Figure label={T.repayment.label} value={r.totals.repayment} />
            <Figure label={OTHER_TERMS.finalUnused.label} value={r.totals.finalUnused} id="conv-non-consomme" />
            <div className="figure">
              <dt>{OTHER_TERMS.balanceRate.label}</dt>
              <dd id="conv-taux-equilibre">{percent(r.budget.balanceRate)}</dd>
            </div>
          </dl>
          <ReflowTable
            caption="Par gestionnaire"
            first={OTHER_TERMS.manager.label}
            rows={r.managers}
            rowKey={(m) => m.id}
            rowName={(m) => m.name}
            columns={(["allocated", "advance", "final", "balance"] as const).map((k) => ({
              label: T[k].label,
              amount: (m: ManagerResult) => m[k],
            }))}
          />
          <ReflowTable
            caption="Par structure"
            first={OTHER_TERMS.structure.label}
            rows={r.structures}
            rowKey={(s) => s.path}
            rowName={(s) => s.name}
            columns={[
              { label: SCENARIO_FIELD_LABELS.kind, text: (s) => labelOf(KIND_TERMS, s.kind) },
              ...(["payroll", "allocated", "remainingCost"] as const).map((k) => ({
                label: T[k].label,
                amount: (s: StructureResult) => s[k],
              })),
            ]}
          />
          <ConventionSchedule result={r} />
          <h3>Budget du Département</h3>
          <ul className="plain">
            {r.budget.lines.map((l, i) => (
              <li key={i}>
                {labelOf(BUDGET_LINE_TERMS, l.type)} — {l.label} : {euros(l.amount)}
              </li>
            ))}
            <li>
              <strong>Dépenses : {euros(r.budget.expenses)}</strong>
              {r.budget.statedTotal !== undefined && r.budget.gap !== undefined
                ? ` ; coût total déclaré : ${euros(r.budget.statedTotal)} (écart ${euros(r.budget.gap)}, montré tel quel)`
                : " ; pas de coût total déclaré pour cette année"}
            </li>
          </ul>
          {r.warnings.length ? (
            <MessageBar messageBarType={MessageBarType.warning} isMultiline>
              <strong>Avertissements</strong>
              <ul className="issues">
                {r.warnings.map((w, i) => (
                  <li key={i}>{w.message}</li>
                ))}
              </ul>
            </MessageBar>
          ) : null}
        </>
      ) : (
        <IssueList title="Le scénario du volet ne peut pas être calculé" issues={outcome.ok ? [] : outcome.issues} scenario={scenario} />
      )}
    </section>
  );
}
