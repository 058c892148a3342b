import { useCallback, useState } from "react";

/**
 * What a notice is about, when the pane offers something beside it or must take it back: the
 * pane decides from this code, never from the wording of the message.
 */
export type NoticeCode =
  /** The saved state could not be read: saving is suspended until the user says otherwise. */
  | "save-blocked"
  /** A file could not be imported. */
  | "import"
  /** An .xlsx file was or could not be prepared: the latest attempt replaces what was said of the previous one. */
  | "xlsx"
  /** The figures of a tab use estimated or decided parameters: the notice names them. */
  | "parametres-estimes";

/** A message shown above the tabs. */
export interface Notice {
  type: "success" | "info" | "error";
  text: string;
  code?: NoticeCode;
}

/** The pane's messages: the same text is shown once, and a new notice replaces an older one with its code. */
export function useNotices() {
  const [notices, setNotices] = useState<Notice[]>([]);
  const notify = useCallback(
    (n: Notice) => setNotices((list) => [...list.filter((x) => x.text !== n.text && (n.code === undefined || x.code !== n.code)), n]),
    [],
  );
  const dismiss = useCallback((n: Notice) => setNotices((list) => list.filter((x) => x !== n)), []);
  /** Takes back every notice with this code (e.g. an import error once an import succeeded). */
  const clear = useCallback((code: NoticeCode) => setNotices((list) => list.filter((x) => x.code !== code)), []);
  return { notices, notify, dismiss, clear };
}

export type Notify = (n: Notice) => void;

/** The message of anything thrown. */
export function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
