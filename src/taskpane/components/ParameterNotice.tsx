import { useState } from "react";
import { PARAMETER_STATUS_TERMS, type ParameterUse } from "../../../calc";
import { parameterValue } from "../format";
import type { Notice } from "../hooks/useNotices";
import { Notices } from "./Notices";

/**
 * The notice of a tab whose figures use parameters that are not published figures (status
 * « estimate » or « decision »): each is named with its value and, once per source, its source.
 */
export function parameterNotice(uses: readonly ParameterUse[]): Notice | null {
  const seen = new Set<string>();
  const groups = new Map<string, string[]>();
  for (const u of uses) {
    if (u.status === "source" || seen.has(`${u.name}@${u.from}`)) continue;
    seen.add(`${u.name}@${u.from}`);
    const key = `${u.status}\u0000${u.source}`;
    groups.set(key, [...(groups.get(key) ?? []), `${u.label} : ${parameterValue(u.value, u.unit)}`]);
  }
  if (!groups.size) return null;
  const parts = [...groups].map(([key, items]) => {
    const [status, source] = key.split("\u0000") as [ParameterUse["status"], string];
    return `${PARAMETER_STATUS_TERMS[status].label} — ${items.join(", ")} (source : ${source})`;
  });
  return {
    type: "info",
    code: "parametres-estimes",
    text: `Ces chiffres utilisent des paramètres qui ne sont pas des sources publiées : ${parts.join(" ; ")}.`,
  };
}

/** The notice of {@link parameterNotice} at the top of a tab, closable until its text changes. */
export function ParameterNotice({ uses }: { uses: readonly ParameterUse[] }) {
  const notice = parameterNotice(uses);
  const [closed, setClosed] = useState<string | null>(null);
  if (!notice || closed === notice.text) return null;
  return <Notices notices={[notice]} onDismiss={(n) => setClosed(n.text)} truncate />;
}
