import { AMOUNT_KEYS } from "../engine/types";
import type { ConventionResult } from "../engine/types";
import { AMOUNT_TERMS, OTHER_TERMS } from "../glossary";

/** A CSV cell for French Excel: `;`-separated, quoted when needed, never read as a formula. */
function cell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s) && typeof value === "string" && !/^-?\d+(,\d+)?$/.test(s)) s = `'${s}`;
  return /[;"\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per structure, French Excel conventions (`;` separator, decimal comma). */
export function formatCsv(r: ConventionResult): string {
  // The amounts in the library's order (AMOUNT_KEYS), the repayment aside: the balance shows it.
  const keys = AMOUNT_KEYS.filter((k): k is Exclude<typeof k, "repayment"> => k !== "repayment");
  const labels = keys.map((k) => AMOUNT_TERMS[k].label);
  const header = [
    OTHER_TERMS.year.label,
    OTHER_TERMS.manager.label,
    OTHER_TERMS.structure.label,
    "Identifiant",
    "Type",
    OTHER_TERMS.fte.short,
    OTHER_TERMS.achievement.short,
    ...labels,
  ];
  const names = new Map(r.managers.map((m) => [m.id, m.name]));
  const rows = r.structures.map((s) => [
    String(r.year),
    names.get(s.managerId) ?? s.managerId,
    s.name,
    s.id,
    s.kind,
    s.fte.replace(".", ","),
    s.achievement.replace(".", ","),
    ...keys.map((k) => s[k].replace(".", ",")),
  ]);
  return "\ufeff" + [header, ...rows].map((row) => row.map(cell).join(";")).join("\r\n") + "\r\n";
}
