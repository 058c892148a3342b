import { AMOUNT_KEYS } from "../engine/types";
import type { ConventionResult } from "../engine/types";
import { AMOUNT_TERMS, OTHER_TERMS } from "../glossary";

/**
 * A text cell: always between double quotes (so that neither `;` nor `,` splits it, whatever
 * separator the spreadsheet picks), and, when it starts with `= + - @`, a tab or a carriage return
 * (what a spreadsheet reads as the start of a formula), preceded by an apostrophe inside the
 * quotes, so that it is shown as text and never run.
 */
export function csvText(value: string): string {
  const s = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${s.replace(/"/g, '""')}"`;
}

/** A number cell: an exact decimal string (`-12483.92`) written with a decimal comma, unquoted, so it stays a number. */
export function csvNumber(value: string | number): string {
  const s = String(value);
  if (!/^-?\d+(\.\d+)?$/.test(s)) throw new Error(`csvNumber : « ${s} » n'est pas un nombre décimal`);
  return s.replace(".", ",");
}

/**
 * The lines of the CSV of a result, one at a time (each ends with CRLF; the first starts with the
 * BOM): one row per structure, French Excel conventions (`;` separator, decimal comma).
 */
export function* csvLines(r: ConventionResult): Generator<string> {
  // The amounts in the library's order (AMOUNT_KEYS), the repayment aside: the balance shows it.
  const keys = AMOUNT_KEYS.filter((k): k is Exclude<typeof k, "repayment"> => k !== "repayment");
  const header = [
    OTHER_TERMS.year.label,
    OTHER_TERMS.manager.label,
    OTHER_TERMS.structure.label,
    "Identifiant",
    "Type",
    OTHER_TERMS.fte.short,
    OTHER_TERMS.achievement.short,
    ...keys.map((k) => AMOUNT_TERMS[k].label),
  ];
  yield "\ufeff" + header.map(csvText).join(";") + "\r\n";
  const names = new Map(r.managers.map((m) => [m.id, m.name]));
  const year = csvNumber(r.year);
  for (const s of r.structures) {
    const row = [
      year,
      csvText(names.get(s.managerId) ?? s.managerId),
      csvText(s.name),
      csvText(s.id),
      csvText(s.kind),
      csvNumber(s.fte),
      csvNumber(s.achievement),
      ...keys.map((k) => csvNumber(s[k])),
    ];
    yield row.join(";") + "\r\n";
  }
}

/** The whole CSV of a result as one string (see {@link csvLines}). */
export function formatCsv(r: ConventionResult): string {
  let out = "";
  for (const line of csvLines(r)) out += line;
  return out;
}
