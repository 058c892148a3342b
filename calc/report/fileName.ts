import { fnv1a } from "../arithmetic/hash";
/**
 * The names of the .xlsx files of a convention and of its managers: one rule for the command
 * line (`--xlsx-par-gestionnaire`) and the task pane (« Exporter en .xlsx »).
 */

/**
 * A name made of lowercase ASCII letters, digits and « - » (accents dropped, « œ » → « oe »,
 * anything else a « - »), at most `max` characters; written here rather than taken from a
 * package because it is these few lines and their result must never change. Nothing of a
 * person's text survives that could act in a file name: no control or bidi character, no path
 * separator, no dot.
 */
export function slug(text: string, max: number): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/œ/gi, "oe")
    .replace(/æ/gi, "ae")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, max)
    .replace(/^-+|-+$/g, "");
}

/** An 8-digit hexadecimal fingerprint of a text (see {@link fnv1a}). */
function fingerprint(text: string): string {
  return fnv1a(text).toString(16).padStart(8, "0");
}

/**
 * The file name of a manager's workbook: its name as a slug, then its identifier
 * (`communaute-de-communes-b-illustratif_cc-b.xlsx`). Identifiers are unique in a scenario but
 * « G1 » and « g1 » are one file on a case-insensitive disk (Windows, macOS): an identifier with
 * capitals is written in lowercase followed by a short fingerprint of its exact spelling. The
 * name depends on the manager alone, never on its position: the same manager gets the same file
 * from one run to the next.
 */
export function managerFileName(manager: { id: string; name: string }): string {
  const name = slug(manager.name, 60) || "gestionnaire";
  // A validated identifier is [A-Za-z0-9][A-Za-z0-9_.-]*: no separator, no control character; its slug keeps « _ » and « . » apart.
  const lower = manager.id.toLowerCase();
  const safe = lower.replace(/[^a-z0-9_.-]/g, "-");
  const id = safe === manager.id ? safe : `${safe}_${fingerprint(manager.id)}`;
  return `${name}_${id}.xlsx`;
}

/** The name of the .xlsx file of a convention (`convention-france-services-2022.xlsx`). */
export function conventionFileName(year: number): string {
  return `convention-france-services-${year}.xlsx`;
}
