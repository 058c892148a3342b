import { DefaultButton, PrimaryButton } from "@fluentui/react/lib/Button";
import { Dropdown } from "@fluentui/react/lib/Dropdown";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import { Spinner } from "@fluentui/react/lib/Spinner";
import { type ComputeOutcome } from "../../../calc";
import type { XlsxExport } from "../hooks/useXlsxExport";
import { setIn } from "../state/edit";
import { NumberField, type FormProps } from "./fields";
import { ManagerForm } from "./ManagerForm";
import { ParameterNotice } from "./ParameterNotice";
import { SimulateResults } from "./SimulateResults";

export interface SimulateProps extends FormProps {
  outcome: ComputeOutcome;
  managerIndex: number;
  onManagerIndex: (i: number) => void;
  /** Present in Excel: writes the simulation sheet. */
  onWrite?: () => void;
  /** « Exporter en .xlsx »: the simulated manager's own workbook. */
  xlsx: XlsxExport;
  busy: boolean;
}

/** The manager's simulation: which manager, its results, then its structures and agents in a form. */
export function SimulatePanel({ scenario, outcome, issues, managerIndex, onManagerIndex, onChange, onWrite, xlsx, busy }: SimulateProps) {
  const n = outcome.ok ? 0 : outcome.issues.length;
  const manager = outcome.ok ? outcome.result.managers[managerIndex] : undefined;
  return (
    <section aria-labelledby="simuler-titre">
      <h2 id="simuler-titre">Simuler un gestionnaire</h2>
      {outcome.ok ? <ParameterNotice uses={outcome.result.parametersUsed} /> : null}
      <Dropdown
        label="Gestionnaire"
        selectedKey={managerIndex}
        options={scenario.managers.map((x, i) => ({ key: i, text: x.name || x.id || `Gestionnaire ${i + 1}` }))}
        onChange={(_, o) => o && onManagerIndex(Number(o.key))}
      />
      <NumberField
        label="Année de la convention"
        path={["year"]}
        value={scenario.year}
        integer
        issues={issues}
        onChange={(p, v) => onChange(setIn(scenario, p, v))}
      />

      {outcome.ok && outcome.result.managers[managerIndex] ? (
        <SimulateResults result={outcome.result} managerIndex={managerIndex} />
      ) : (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          Le calcul attend des corrections : voyez les champs signalés ci-dessous{n ? ` (${n} problème${n > 1 ? "s" : ""})` : ""}.
        </MessageBar>
      )}

      <div className="actions">
        {onWrite ? (
          <PrimaryButton
            className="action"
            text="Écrire dans le classeur"
            onClick={onWrite}
            disabled={busy || !outcome.ok}
            title="Crée une feuille dont les montants sont des formules FS.*, recalculées par Excel"
          />
        ) : null}
        <DefaultButton
          className="action"
          text="Exporter en .xlsx"
          onClick={() => xlsx.exportManager(managerIndex)}
          disabled={!manager || xlsx.preparing !== null}
          aria-describedby="simuler-xlsx"
        />
        {xlsx.preparing === "manager" ? <Spinner className="preparing" label="Préparation du classeur…" labelPosition="right" /> : null}
      </div>
      <p className="hint" id="simuler-xlsx">
        {manager
          ? `Le classeur de « ${manager.name} » seul (ses structures, ses agents, ses montants en formules), pour l'ouvrir sans le complément.`
          : (xlsx.unavailable ?? "Export .xlsx indisponible : aucun gestionnaire à simuler.")}
      </p>

      <ManagerForm scenario={scenario} issues={issues} onChange={onChange} managerIndex={managerIndex} />
    </section>
  );
}
