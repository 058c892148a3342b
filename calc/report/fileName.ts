import { replaceUnsafe } from "./visible";

/**
 * Characters no file name may hold on Windows, macOS or Linux: the path separators (`/`, `\`),
 * Windows' reserved ones, and the controls and invisible characters of {@link replaceUnsafe}.
 */
const RESERVED = /[/\\<>:"|?*]/g;
/** Windows' device names: `CON.xlsx` opens the console, not a file. */
const DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
/** Long enough for a manager's name, short enough for any file system (255 bytes) with its folder. */
const MAX_LENGTH = 100;

/**
 * A part of a file name made from a person's text (a manager's name): every character that
 * could act (controls, bidi overrides, path separators, reserved characters) and every run of
 * blanks becomes one `-`, no leading or trailing dot or dash, at most 100 characters; letters,
 * accents and digits are kept. `fallback` when nothing is left (it must itself be safe).
 *
 * @example safeFileNamePart("../CC B\u202e/x", "gestionnaire") // "CC-B-x"
 */
export function safeFileNamePart(text: string, fallback: string): string {
  const cleaned = replaceUnsafe(text.normalize("NFC"), " ")
    .replace(RESERVED, " ")
    .replace(/\s+/g, "-")
    .replace(/\.{2,}/g, ".")
    .replace(/-{2,}/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "");
  const part = Array.from(cleaned)
    .slice(0, MAX_LENGTH)
    .join("")
    .replace(/[-.]+$/, "");
  return part && !DEVICE.test(part) ? part : fallback;
}

/**
 * The name of the .xlsx file of a convention (`convention-france-services-2022.xlsx`) or of one
 * of its managers (`france-services-2022-<name of the manager>.xlsx`, see {@link safeFileNamePart}).
 */
export function workbookFileName(year: number, manager?: { id: string; name?: string }): string {
  if (!manager) return `convention-france-services-${year}.xlsx`;
  const id = safeFileNamePart(manager.id, "gestionnaire");
  return `france-services-${year}-${safeFileNamePart(manager.name ?? "", id)}.xlsx`;
}
