import { useCallback, useEffect, useState } from "react";
import { saveState, type KeyValueStore, type Overrides } from "../state/persist";
import type { ScenarioInput } from "../../../calc";
import { message, type Notify } from "./useNotices";

/** How long after the last keystroke the state is saved. */
const DELAY_MS = 600;

/**
 * Every change is saved (in the workbook, or in this browser), a moment after the last keystroke.
 * Saving can be suspended (a saved state that cannot be read is not overwritten) and resumed.
 */
export function useAutosave(
  store: KeyValueStore | null,
  state: { scenario: ScenarioInput; overrides: Overrides; edits: number },
  notify: Notify,
) {
  const [blocked, setBlocked] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const { scenario, overrides, edits } = state;

  useEffect(() => {
    if (!store || blocked || edits === 0) return;
    const timer = setTimeout(() => {
      saveState(store, scenario, overrides)
        .then(() => setSavedAt(new Date()))
        .catch((e) =>
          notify({ type: "error", text: `Enregistrement impossible : ${message(e)}. Exportez le scénario (JSON) pour ne rien perdre.` }),
        );
    }, DELAY_MS);
    return () => clearTimeout(timer);
  }, [store, blocked, scenario, overrides, edits, notify]);

  const block = useCallback(() => setBlocked(true), []);
  const resume = useCallback(() => setBlocked(false), []);
  return { blocked, savedAt, block, resume };
}
