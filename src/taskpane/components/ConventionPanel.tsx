import { DefaultButton, PrimaryButton } from "@fluentui/react/lib/Button";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import { dec, type ComputeOutcome } from "../../../calc";
import { euros, percent } from "../format";
import type { LocatedIssue } from "../workbook/readInput";
import { IssueList } from "./IssueList";
import { KIND_LABELS } from "./SimulatePanel";

export interface ConventionProps {
  outcome: ComputeOutcome;
  /** Excel actions; absent in the standalone pane. */
  excel?: {
    onCreateTables: () => void;
    onCheck: () => void;
    onComputeWrite: () => void;
    onSelect: (address: string) => void;
    sheetIssues: readonly LocatedIssue[];
  };
  busy: boolean;
}

/** The finance team's view: the whole convention, and in Excel its input tables and result sheets. */
export function ConventionPanel({ outcome, excel, busy }: ConventionProps) {
  const r = outcome.ok ? outcome.result : undefined;
  return (
    <section aria-labelledby="convention-titre">
      <h2 id="convention-titre">Convention</h2>
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

      {r ? (
        <>
          <h3>
            {r.title ?? "Convention"} — {r.year}
          </h3>
          <p className="hint">
            Règle : {percent(r.rules.rate)} de la masse salariale après déduction du forfait de l'État ; acompte{" "}
            {percent(r.rules.advanceRate)} à la signature, solde après l'évaluation.
          </p>
          <dl className="figures">
            <div className="figure">
              <dt>Enveloppe</dt>
              <dd>{euros(r.totals.envelope)}</dd>
            </div>
            <div className="figure">
              <dt>Parts demandées</dt>
              <dd>{euros(r.totals.requested)}</dd>
            </div>
            <div className="figure">
              <dt>Total attribué</dt>
              <dd id="conv-attribue">{euros(r.totals.allocated)}</dd>
            </div>
            <div className="figure">
              <dt>Acomptes</dt>
              <dd>{euros(r.totals.advance)}</dd>
            </div>
            <div className="figure">
              <dt>Attributions finales</dt>
              <dd>{euros(r.totals.final)}</dd>
            </div>
            <div className="figure">
              <dt>Reversements</dt>
              <dd>{euros(r.totals.repayment)}</dd>
            </div>
          </dl>
          <div className="table-scroll" role="region" aria-label="Résultats par gestionnaire" tabIndex={0}>
            <table className="data">
              <caption>Par gestionnaire</caption>
              <thead>
                <tr>
                  <th scope="col">Gestionnaire</th>
                  <th scope="col">Attribué</th>
                  <th scope="col">Acompte</th>
                  <th scope="col">Final</th>
                  <th scope="col">Solde</th>
                </tr>
              </thead>
              <tbody>
                {r.managers.map((m) => (
                  <tr key={m.id}>
                    <th scope="row">{m.name}</th>
                    <td>{euros(m.allocated)}</td>
                    <td>{euros(m.advance)}</td>
                    <td>{euros(m.final)}</td>
                    <td className={dec(m.balance).isNegative() ? "negative" : undefined}>{euros(m.balance)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="table-scroll" role="region" aria-label="Structures" tabIndex={0}>
            <table className="data">
              <caption>Par structure</caption>
              <thead>
                <tr>
                  <th scope="col">Structure</th>
                  <th scope="col">Type</th>
                  <th scope="col">Masse salariale</th>
                  <th scope="col">Attribué</th>
                  <th scope="col">Reste à charge</th>
                </tr>
              </thead>
              <tbody>
                {r.structures.map((s) => (
                  <tr key={s.path}>
                    <th scope="row">{s.name}</th>
                    <td>{KIND_LABELS[s.kind] ?? s.kind}</td>
                    <td>{euros(s.payroll)}</td>
                    <td>{euros(s.allocated)}</td>
                    <td>{euros(s.remainingCost)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>Budget du Département</h3>
          <ul className="plain">
            {r.budget.lines.map((l, i) => (
              <li key={i}>
                {l.type === "depense" ? "Dépense" : "Recette"} — {l.label} : {euros(l.amount)}
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
        <IssueList title="Le scénario du volet ne peut pas être calculé" issues={outcome.ok ? [] : outcome.issues} />
      )}
    </section>
  );
}
