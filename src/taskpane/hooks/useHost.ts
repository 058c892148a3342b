import { useEffect, useRef, useState } from "react";
import type { ExcelServices } from "../excel/services";
import type { Host } from "../host";
import { browserStore, loadState, SavedStateError, SCENARIO_KEY, type KeyValueStore, type SavedState } from "../state/persist";
import { message, type Notify } from "./useNotices";

/** A store in memory, when the browser refuses local storage (private mode, blocked cookies). */
function memoryStore(): KeyValueStore {
  const m = new Map<string, string>();
  return { load: async (k) => m.get(k) ?? null, save: async (k, v) => void m.set(k, v) };
}

/** Where the pane keeps its state, once opened. */
export interface Opened {
  /** The workbook's services, in Excel when they could be loaded. */
  excel: ExcelServices | null;
  store: KeyValueStore;
}

export interface HostEvents {
  notify: Notify;
  /** What was kept from a previous session. */
  onRestored: (saved: SavedState) => void;
  /** What was kept cannot be used (it is left as it is): the problem says why, in French, and holds the stored text. */
  onUnreadable: (problem: SavedStateError) => void;
}

/**
 * The pane's start: the Excel services (inside Excel) or the browser's storage, then what was
 * saved there. Null until done; the events are read when they happen (they may change between renders).
 */
export function useHost(host: Host, loadExcel: (() => Promise<ExcelServices>) | undefined, events: HostEvents): Opened | null {
  const [opened, setOpened] = useState<Opened | null>(null);
  const on = useRef(events);
  on.current = events;

  useEffect(() => {
    let cancelled = false;
    (async () => {
      let excel: ExcelServices | null = null;
      let store: KeyValueStore;
      if (host.kind === "excel" && loadExcel) {
        try {
          excel = await loadExcel();
          if (cancelled) return;
          store = excel.store;
        } catch (e) {
          on.current.notify({
            type: "error",
            text: `Les fonctions Excel du volet n'ont pas pu être chargées : ${message(e)}. Le volet fonctionne sans le classeur.`,
          });
          store = memoryStore();
        }
      } else {
        try {
          window.localStorage.getItem("fs-ctec.test");
          store = browserStore();
        } catch {
          store = memoryStore();
        }
      }
      try {
        const saved = await loadState(store);
        if (cancelled) return;
        if (saved) on.current.onRestored(saved);
      } catch (e) {
        if (cancelled) return;
        on.current.onUnreadable(e instanceof SavedStateError ? e : new SavedStateError("lecture", SCENARIO_KEY, null, message(e)));
      }
      if (!cancelled) setOpened({ excel, store });
    })();
    return () => {
      cancelled = true;
    };
  }, [host, loadExcel]);

  useEffect(() => {
    if (!opened) return;
    // Time from navigation to a usable pane, for the end-to-end test and anyone curious.
    (window as { fsReadyMs?: number }).fsReadyMs = Math.round(performance.now());
    document.documentElement.dataset.ready = "true";
  }, [opened]);

  return opened;
}
