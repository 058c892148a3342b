import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import type { ComputeOutcome } from "../../../calc";
import { euros } from "../format";
import { STANDALONE_REASONS, type Host } from "../host";

export interface PaneHeaderProps {
  host: Host;
  outcome: ComputeOutcome;
  /** Saving is suspended (a saved state could not be read). */
  saveBlocked: boolean;
  savedAt: Date | null;
}

/** Where the pane runs, the convention's total, and whether the work is saved. */
export function PaneHeader({ host, outcome, saveBlocked, savedAt }: PaneHeaderProps) {
  const result = outcome.ok ? outcome.result : undefined;
  const where = host.kind === "excel" ? "dans le classeur" : "dans ce navigateur";
  return (
    <header>
      <h1>France Services — convention départementale</h1>
      {host.kind === "standalone" ? (
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          <strong>Mode autonome.</strong> {STANDALONE_REASONS[host.reason]} Le volet calcule sur le scénario ci-dessous ; importez ou
          exportez-le en JSON, exportez les résultats en CSV.
        </MessageBar>
      ) : null}
      {result?.illustrative ? (
        <p className="illustrative">
          Exemple illustratif : gestionnaires, structures et montants fictifs ; seuls les totaux publiés sont reproduits.
        </p>
      ) : null}
      {result ? (
        <p className="total">
          Total attribué : <strong id="total-attribue">{euros(result.totals.allocated)}</strong> sur une enveloppe de{" "}
          {euros(result.totals.envelope)}
        </p>
      ) : null}
      <p className="saved" aria-live="polite">
        {saveBlocked ? "Enregistrement suspendu." : savedAt ? `Enregistré ${where} à ${savedAt.toLocaleTimeString("fr-FR")}.` : ""}
      </p>
    </header>
  );
}
