import { DefaultButton, PrimaryButton } from "@fluentui/react/lib/Button";
import { Dialog, DialogFooter, DialogType } from "@fluentui/react/lib/Dialog";
import { useCallback, useRef, useState, type ReactNode } from "react";
import type { Conflict } from "../workbook/safeWrite";

export interface Question {
  title: string;
  text: string;
  details?: ReactNode;
  confirmText: string;
}

/** Asks a question; true only when the user confirms. */
export type Ask = (q: Question) => Promise<boolean>;

/**
 * A question to the user as a Fluent dialog (Office add-ins cannot use `window.confirm`).
 * `ask` resolves true only on the confirm button; « Annuler », Échap or closing keep everything.
 */
export function useAsk(): [JSX.Element, Ask] {
  const [question, setQuestion] = useState<Question | null>(null);
  const resolver = useRef<(ok: boolean) => void>();
  const ask = useCallback(
    (q: Question) =>
      new Promise<boolean>((resolve) => {
        resolver.current?.(false);
        resolver.current = resolve;
        setQuestion(q);
      }),
    [],
  );
  const close = (ok: boolean) => {
    resolver.current?.(ok);
    resolver.current = undefined;
    setQuestion(null);
  };
  const dialog = (
    <Dialog
      hidden={question === null}
      onDismiss={() => close(false)}
      dialogContentProps={{ type: DialogType.normal, title: question?.title, subText: question?.text }}
      modalProps={{ isBlocking: true }}
    >
      {question?.details}
      <DialogFooter>
        <DefaultButton onClick={() => close(false)} text="Annuler" />
        <PrimaryButton onClick={() => close(true)} text={question?.confirmText ?? "Confirmer"} />
      </DialogFooter>
    </Dialog>
  );
  return [dialog, ask];
}

const REASONS: Record<Conflict["reason"], string> = {
  "not-ours": "feuille qui n'a pas été créée par le complément",
  "user-data": "contient vos saisies",
  edited: "écrite par le complément, modifiée depuis",
  leftover: "laissée par une écriture interrompue",
};

/** The question asked before sheets are replaced. */
export function replaceQuestion(conflicts: readonly Conflict[]): Question {
  return {
    title: "Remplacer des feuilles ?",
    text: "Ces feuilles existent déjà. Les remplacer efface leur contenu ; « Annuler » ne modifie rien.",
    confirmText: "Remplacer",
    details: (
      <ul>
        {conflicts.map((c) => (
          <li key={c.name}>
            <strong>{c.name}</strong> : {REASONS[c.reason]}
            {c.changes?.length ? ` (cellules modifiées : ${c.changes.join(", ")})` : ""}
          </li>
        ))}
      </ul>
    ),
  };
}
