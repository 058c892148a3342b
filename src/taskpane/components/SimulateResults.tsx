import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import { AMOUNT_TERMS, type ConventionResult } from "../../../calc";
import { percent } from "../format";
import { Figure } from "./Figure";
import { MoneyChart } from "./MoneyChart";

/** What one manager costs and receives: its amounts, where its money comes from, and its warnings. */
export function SimulateResults({ result, managerIndex }: { result: ConventionResult; managerIndex: number }) {
  const mr = result.managers[managerIndex];
  const prefix = `managers[${managerIndex}]`;
  const structures = result.structures.filter((s) => s.path.startsWith(`${prefix}.`));
  const warnings = result.warnings.filter((w) => w.path === prefix || w.path.startsWith(`${prefix}.`));
  const line = (label: string, a: (typeof structures)[number] | typeof mr) => ({
    label,
    forfait: a.forfait,
    otherResources: a.otherResources,
    allocated: a.allocated,
    remainingCost: a.remainingCost,
  });
  const T = AMOUNT_TERMS;
  return (
    <div className="results" aria-live="polite">
      <h3>Résultats {result.year}</h3>
      <dl className="figures">
        <Figure label={T.payroll.label} value={mr.payroll} id="fig-masse" />
        <Figure label={T.forfait.label} value={mr.forfait} />
        <Figure label={T.otherResources.label} value={mr.otherResources} />
        <Figure label={T.requested.label} value={mr.requested} />
        <Figure label={T.allocated.label} value={mr.allocated} id="fig-attribue" />
        <Figure label={`${T.advance.label} à la signature (${percent(result.rules.advanceRate)})`} value={mr.advance} />
        <Figure label={T.final.label} value={mr.final} />
        <Figure label={T.balance.label} value={mr.balance} />
        <Figure label={T.otherCosts.label} value={mr.otherCosts} />
        <Figure label={T.remainingCost.label} value={mr.remainingCost} id="fig-reste" />
      </dl>
      <MoneyChart title="D'où vient l'argent" lines={[...structures.map((s) => line(s.name, s)), line(`Total ${mr.name}`, mr)]} />
      {warnings.length ? (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          <ul className="issues">
            {warnings.map((w, i) => (
              <li key={i}>{w.message}</li>
            ))}
          </ul>
        </MessageBar>
      ) : null}
    </div>
  );
}
