import { COMPARED_KEYS, PRESENCE_LABELS, type AmountChanges, type Comparison } from "../compare";
import { AMOUNT_KEYS } from "../engine/types";
import type { ConventionResult } from "../engine/types";
import { AMOUNT_TERMS, OTHER_TERMS } from "../glossary";

/**
 * Where a spreadsheet may start a field inside a text: its start, and after each character one
 * of the usual separators or line ends could split on (`,` `;` tab, CR, LF), past any quotes and
 * spaces. A file written with `;` and opened with `,` splits `x,=cmd|' /C calc'!A0,y` at its
 * commas, whatever the quotes around it: each piece must be neutralised, not only the cell's start.
 */
const FIELD_START = /(?<=^|[,;\t\r\n])([" ]*)(?=[=+\-@\t\r])/g;

/**
 * A text cell: always between double quotes, and every place a spreadsheet could read as the
 * start of a formula (`= + - @`, a tab or a carriage return, at the start or after a separator,
 * see `FIELD_START`) preceded by an apostrophe, so that it is shown as text and never run,
 * whatever separator the reader picks.
 */
export function csvText(value: string): string {
  return `"${value.replace(FIELD_START, "$1'").replace(/"/g, '""')}"`;
}

/** A number cell: an exact decimal string (`-12483.92`) written with a decimal comma, unquoted, so it stays a number. */
export function csvNumber(value: string | number): string {
  const s = String(value);
  if (!/^-?\d+(\.\d+)?$/.test(s)) throw new Error(`csvNumber : « ${s} » n'est pas un nombre décimal`);
  return s.replace(".", ",");
}

// The amounts in the library's order (AMOUNT_KEYS), the repayment aside: the balance shows it.
const CSV_AMOUNTS = AMOUNT_KEYS.filter((k): k is Exclude<typeof k, "repayment"> => k !== "repayment");

/** The header of the CSV: the year, names, kind, FTE, achievement, then the amounts in the library's order. */
export function csvHeader(): string[] {
  return [
    OTHER_TERMS.year.label,
    OTHER_TERMS.manager.label,
    OTHER_TERMS.structure.label,
    "Identifiant",
    "Type",
    OTHER_TERMS.fte.short,
    OTHER_TERMS.achievement.short,
    ...CSV_AMOUNTS.map((k) => AMOUNT_TERMS[k].label),
  ];
}

/**
 * The lines of the CSV of a result, one at a time (each ends with CRLF; the first starts with the
 * BOM): one row per structure, French Excel conventions (`;` separator, decimal comma).
 */
export function* csvLines(r: ConventionResult): Generator<string> {
  const header = csvHeader();
  // The header's labels are the glossary's constants, written bare as before (no user text; a
  // test checks that none holds a separator, a quote or a formula start).
  yield "\ufeff" + header.join(";") + "\r\n";
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
      ...CSV_AMOUNTS.map((k) => csvNumber(s[k])),
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

/** The header of a comparison's CSV: where the row stands, then each compared amount before, after and its change. */
export function compareCsvHeader(): string[] {
  return [
    "Niveau",
    OTHER_TERMS.manager.label,
    OTHER_TERMS.structure.label,
    "Identifiant",
    "Présence",
    ...COMPARED_KEYS.flatMap((k) => [
      `${AMOUNT_TERMS[k].label} (avant)`,
      `${AMOUNT_TERMS[k].label} (après)`,
      `${AMOUNT_TERMS[k].label} (écart)`,
    ]),
  ];
}

/**
 * The lines of the CSV of a comparison (see `compare`), French Excel conventions as
 * {@link csvLines}: one row for the convention, one per manager, one per structure, each with the
 * amounts of `COMPARED_KEYS` before, after and their change (after − before).
 */
export function* compareCsvLines(c: Comparison): Generator<string> {
  yield "\ufeff" + compareCsvHeader().join(";") + "\r\n";
  const amounts = (a: AmountChanges) =>
    COMPARED_KEYS.flatMap((k) => [csvNumber(a[k].before), csvNumber(a[k].after), csvNumber(a[k].change)]);
  yield [csvText("Convention"), csvText(""), csvText(""), csvText(""), csvText(""), ...amounts(c.convention)].join(";") + "\r\n";
  const names = new Map(c.managers.map((m) => [m.id, m.name]));
  for (const m of c.managers)
    yield (
      [
        csvText(OTHER_TERMS.manager.label),
        csvText(m.name),
        csvText(""),
        csvText(m.id),
        csvText(PRESENCE_LABELS[m.presence]),
        ...amounts(m.amounts),
      ].join(";") + "\r\n"
    );
  for (const s of c.structures)
    yield (
      [
        csvText(OTHER_TERMS.structure.label),
        csvText(names.get(s.managerId) ?? s.managerId),
        csvText(s.name),
        csvText(s.id),
        csvText(PRESENCE_LABELS[s.presence]),
        ...amounts(s.amounts),
      ].join(";") + "\r\n"
    );
}
