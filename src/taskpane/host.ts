/**
 * Where the pane runs. Inside Excel, office.js resolves `Office.onReady` with the host; in a
 * plain browser it resolves with a null host; when office.js could not be loaded there is no
 * `Office` at all, and when it loaded but cannot reach a host `onReady` may never resolve — so
 * the pane never waits more than `timeoutMs` before running standalone.
 */

export type Host = { kind: "excel" } | { kind: "standalone"; reason: "navigateur" | "office-absent" | "delai" | "autre-application" };

interface OfficeLike {
  onReady(): Promise<{ host: unknown }>;
  HostType?: { Excel?: unknown };
}

export async function detectHost(
  timeoutMs = 3000,
  office: OfficeLike | undefined = (globalThis as { Office?: OfficeLike }).Office,
): Promise<Host> {
  if (!office || typeof office.onReady !== "function") return { kind: "standalone", reason: "office-absent" };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), timeoutMs)));
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    if (info === "timeout") return { kind: "standalone", reason: "delai" };
    if (!info || info.host === null || info.host === undefined) return { kind: "standalone", reason: "navigateur" };
    return info.host === (office.HostType?.Excel ?? "Excel") ? { kind: "excel" } : { kind: "standalone", reason: "autre-application" };
  } finally {
    clearTimeout(timer);
  }
}

/** Why the pane runs standalone, in words. */
export const STANDALONE_REASONS: Record<Extract<Host, { kind: "standalone" }>["reason"], string> = {
  navigateur: "Le volet est ouvert dans un navigateur, hors d'Excel.",
  "office-absent": "La bibliothèque Office (office.js) n'a pas pu être chargée.",
  delai: "Office n'a pas répondu dans les 3 secondes.",
  "autre-application": "Le volet est ouvert dans une application Office autre qu'Excel.",
};
