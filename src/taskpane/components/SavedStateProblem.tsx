import { DefaultButton, PrimaryButton } from "@fluentui/react/lib/Button";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import { useState } from "react";
import { setAside, type KeyValueStore, type SavedStateError } from "../state/persist";
import { download } from "./FileBar";

/** What the user chose to do about a saved state the pane cannot use. */
export type SavedStateChoice = "example" | "continue";

export interface SavedStateProblemProps {
  problem: SavedStateError;
  store: KeyValueStore | null;
  onResolved: (choice: SavedStateChoice) => void;
}

/**
 * A saved state that cannot be used: what is wrong, the stored text to export as a file, and a
 * way forward. Nothing is saved over it until the user chooses; the text is then kept aside
 * (`fs-ctec.scenario.ecarte`) before the pane saves again.
 */
export function SavedStateProblem({ problem, store, onResolved }: SavedStateProblemProps) {
  const [error, setError] = useState<string | null>(null);
  const choose = async (choice: SavedStateChoice) => {
    try {
      if (store) await setAside(store, problem);
      onResolved(choice);
    } catch (e) {
      setError(`Le texte enregistré n'a pas pu être mis de côté (${(e as Error).message}) : exportez-le avant de continuer.`);
    }
  };
  const raw = problem.raw;
  return (
    <section aria-label="État enregistré inutilisable">
      <MessageBar messageBarType={MessageBarType.error} isMultiline>
        <p>{problem.message}</p>
        <p>Le volet affiche l&apos;exemple et n&apos;enregistre rien tant que vous n&apos;avez pas choisi.</p>
        {error ? <p>{error}</p> : null}
        <div className="actions">
          {raw ? (
            <DefaultButton
              text="Exporter le texte enregistré"
              onClick={() => download(`etat-enregistre-illisible.${problem.code === "json" ? "txt" : "json"}`, "text/plain", raw)}
            />
          ) : null}
          <PrimaryButton text="Repartir de l'exemple" onClick={() => void choose("example")} />
          <DefaultButton text="Enregistrer quand même" onClick={() => void choose("continue")} />
        </div>
      </MessageBar>
    </section>
  );
}
