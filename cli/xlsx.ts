import { randomBytes } from "node:crypto";
import { link, lstat, mkdir, open, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { managerFileName, managerWorkbooks, toWorkbook, visible, type ConventionResult, type ScenarioInput } from "../calc";

/**
 * The workbooks of `fs-ctec compute --xlsx FICHIER` and `--xlsx-par-gestionnaire DOSSIER`:
 * where they go, their names, and how they are written (a temporary file in the destination's
 * folder, then moved in place: a failure never leaves half a file; an existing file is never
 * replaced unless asked).
 */

/** A file that cannot be written, or would be overwritten: exit code 2 with this French message (already escaped). */
export class OutputFileError extends Error {}

/** A file to write: where, and how its bytes are made. */
export interface XlsxTarget {
  file: string;
  bytes: () => Promise<Uint8Array>;
}

/** The files of `--xlsx-par-gestionnaire`: one per manager, names unique even on a case-insensitive disk. */
export function managerFiles(folder: string, result: ConventionResult): { id: string; file: string }[] {
  const seen = new Set<string>();
  return result.managers.map((m, i) => {
    let name = managerFileName(m);
    // Two fingerprints alike (never seen): the position tells them apart rather than one file replacing the other.
    if (seen.has(name.toLowerCase())) name = name.replace(/\.xlsx$/, `_${i + 1}.xlsx`);
    seen.add(name.toLowerCase());
    return { id: m.id, file: path.join(folder, name) };
  });
}

/** The targets of a computation: the convention's workbook and/or one per manager. */
export function xlsxTargets(
  result: ConventionResult,
  scenario: ScenarioInput,
  options: { xlsx?: string; perManager?: string },
): XlsxTarget[] {
  const targets: XlsxTarget[] = [];
  if (options.xlsx !== undefined) targets.push({ file: options.xlsx, bytes: () => toWorkbook(result, scenario) });
  if (options.perManager !== undefined) {
    // The scenario validated once for all the managers' files (validating it again for each was most of their cost).
    let workbook: ReturnType<typeof managerWorkbooks> | undefined;
    for (const { id, file } of managerFiles(options.perManager, result))
      targets.push({ file, bytes: () => (workbook ??= managerWorkbooks(result, scenario))(id) });
  }
  return targets;
}

/** A file's name in a message: escaped, between French quotes. */
function q(file: string): string {
  return `« ${visible(file)} »`;
}

/** What an operating system error means to the user, in French. */
function explain(e: unknown, file: string): OutputFileError {
  const code = (e as NodeJS.ErrnoException)?.code;
  const folder = q(path.dirname(file));
  switch (code) {
    case "ENOENT":
      return new OutputFileError(`fs-ctec : le dossier ${folder} n'existe pas ; ${q(file)} n'a pas été écrit`);
    case "ENOTDIR":
      return new OutputFileError(`fs-ctec : ${folder} n'est pas un dossier ; ${q(file)} n'a pas été écrit`);
    case "EACCES":
    case "EPERM":
      return new OutputFileError(`fs-ctec : écriture refusée dans ${folder} (droits d'accès) ; ${q(file)} n'a pas été écrit`);
    case "EROFS":
      return new OutputFileError(`fs-ctec : ${folder} est en lecture seule ; ${q(file)} n'a pas été écrit`);
    case "ENOSPC":
    case "EDQUOT":
      return new OutputFileError(`fs-ctec : plus de place sur le disque (ou quota atteint) ; ${q(file)} n'a pas été écrit`);
    case "EISDIR":
      return new OutputFileError(`fs-ctec : ${q(file)} est un dossier ; indiquez un nom de fichier .xlsx`);
    case "ENAMETOOLONG":
      return new OutputFileError(`fs-ctec : le nom ${q(file)} est trop long ; il n'a pas été écrit`);
    default:
      if (code) return new OutputFileError(`fs-ctec : écriture de ${q(file)} impossible (${code}) ; il n'a pas été écrit`);
      throw e; // not a file error: an unexpected one (exit 1), reported as such
  }
}

/** Whether something is at that path (a file, a folder, a link, even a broken one). */
async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return false;
    throw explain(e, file);
  }
}

/**
 * Checks, before anything is made, that no two targets are the same file and that none exists
 * (unless `replace`): the refusal lists every file that would be replaced.
 */
export async function checkTargets(targets: readonly XlsxTarget[], replace: boolean): Promise<void> {
  const seen = new Map<string, string>();
  for (const t of targets) {
    const key = path.resolve(t.file).toLowerCase();
    const other = seen.get(key);
    if (other !== undefined)
      throw new OutputFileError(`fs-ctec : ${q(other)} et ${q(t.file)} seraient le même fichier ; choisissez un autre nom pour --xlsx`);
    seen.set(key, t.file);
  }
  const taken: string[] = [];
  for (const t of targets) {
    if (!(await exists(t.file))) continue;
    if ((await stat(t.file).catch(() => undefined))?.isDirectory())
      throw new OutputFileError(`fs-ctec : ${q(t.file)} est un dossier ; indiquez un nom de fichier .xlsx`);
    taken.push(t.file);
  }
  if (taken.length && !replace)
    throw new OutputFileError(
      `fs-ctec : ${taken.length > 1 ? "ces fichiers existent déjà" : "ce fichier existe déjà"}, rien n'a été écrit :\n${taken.map((f) => `  ${q(f)}`).join("\n")}\nAjoutez --remplacer pour ${taken.length > 1 ? "les" : "le"} remplacer, ou choisissez un autre nom.`,
    );
}

/** Creates the folder of `--xlsx-par-gestionnaire` (and its parents) when it is missing. */
export async function makeFolder(folder: string): Promise<void> {
  try {
    await mkdir(folder, { recursive: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST" || (e as NodeJS.ErrnoException).code === "ENOTDIR")
      throw new OutputFileError(`fs-ctec : ${q(folder)} existe et n'est pas un dossier ; indiquez un dossier pour --xlsx-par-gestionnaire`);
    throw explain(e, path.join(folder, "."));
  }
}

/** Writes bytes to a new temporary file beside `file` (same folder, so the move is a rename), flushed to disk. */
async function writeTemporary(file: string, bytes: Uint8Array): Promise<string> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  let handle;
  try {
    handle = await open(temporary, "wx", 0o644);
  } catch (e) {
    throw explain(e, file);
  }
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (e) {
    await handle.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw explain(e, file);
  }
  await handle.close();
  return temporary;
}

/**
 * Moves a written temporary file to its name. Without `replace`, a hard link is made (it fails
 * if the name was taken meanwhile, so nothing is ever replaced), then the temporary name removed;
 * where links are not supported (some shared or FAT disks), the name is checked then renamed.
 */
async function moveInPlace(temporary: string, file: string, replace: boolean): Promise<void> {
  try {
    if (replace) return await rename(temporary, file);
    try {
      await link(temporary, file);
      await unlink(temporary).catch(() => undefined);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EEXIST") throw e;
      if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw e;
    }
    if (await exists(file)) throw Object.assign(new Error("exists"), { code: "EEXIST" });
    await rename(temporary, file);
  } catch (e) {
    await unlink(temporary).catch(() => undefined);
    if ((e as NodeJS.ErrnoException).code === "EEXIST")
      throw new OutputFileError(`fs-ctec : ${q(file)} est apparu pendant l'écriture ; il n'a pas été remplacé (--remplacer pour le faire)`);
    throw explain(e, file);
  }
}

/**
 * Writes every target: each workbook is made and written to its temporary file first; only
 * when all are written are they moved to their names. A failure removes the temporary files
 * and leaves every destination as it was (files already moved, in the rare failure of a later
 * move, stay whole).
 */
export async function writeTargets(targets: readonly XlsxTarget[], replace: boolean): Promise<void> {
  const written: { temporary: string; file: string }[] = [];
  try {
    for (const t of targets) written.push({ temporary: await writeTemporary(t.file, await t.bytes()), file: t.file });
  } catch (e) {
    await Promise.all(written.map((w) => unlink(w.temporary).catch(() => undefined)));
    throw e;
  }
  for (let i = 0; i < written.length; i++) {
    try {
      await moveInPlace(written[i].temporary, written[i].file, replace);
    } catch (e) {
      await Promise.all(written.slice(i + 1).map((w) => unlink(w.temporary).catch(() => undefined)));
      throw e;
    }
  }
}
