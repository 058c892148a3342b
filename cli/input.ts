import { open } from "node:fs/promises";
import { formatJsonReadError, LIMITS, readJson, type Issue } from "../calc";
import { formatIssues } from "./format";
import { named, usageError, type Io, type UsageError } from "./io";

/**
 * The bytes of a file, counted as they are read (a pipe, a device or /proc file has no size
 * `stat` can tell): at most LIMITS.fileBytes, then the reading stops and the file is refused.
 */
async function readBounded(file: string, io: Io): Promise<Buffer> {
  const limit = LIMITS.fileBytes;
  const tooBig = () =>
    usageError(`fs-ctec : ${named(file)} est trop volumineux (plus de ${limit} octets lus, ${limit / 1024 / 1024} Mo au plus)`);
  const chunks: Buffer[] = [];
  let total = 0;
  // « - » and /dev/stdin: the standard input as a stream (opening /dev/stdin fails when it is a socket, as under spawn).
  if (file === "-" || file === "/dev/stdin") {
    for await (const chunk of io.stdin()) {
      total += chunk.byteLength;
      if (total > limit) throw tooBig();
      chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks, total);
  }
  let handle;
  try {
    handle = await open(file, "r");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw usageError(`fs-ctec : fichier introuvable : ${named(file)}`);
    if (code === "EACCES" || code === "EPERM") throw usageError(`fs-ctec : lecture de ${named(file)} refusée (droits d'accès)`);
    throw usageError(
      `fs-ctec : ${named(file)} ne peut pas être ouvert (${code === "ENXIO" ? "ni fichier ni tube lisible" : (code ?? "erreur")})`,
    );
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw usageError(`fs-ctec : ${named(file)} est un dossier, pas un fichier de scénario`);
    if (stat.isFile() && stat.size > limit) throw tooBig(); // early answer; the count below is what bounds
    for (;;) {
      const buffer = Buffer.allocUnsafe(1 << 20);
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(buffer, 0, buffer.length, null));
      } catch (e) {
        throw usageError(`fs-ctec : lecture de ${named(file)} impossible (${(e as NodeJS.ErrnoException).code ?? "erreur"})`);
      }
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limit) throw tooBig();
      chunks.push(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
  return Buffer.concat(chunks, total);
}

/** The scenario's JSON value: UTF-8 (a BOM accepted), strict JSON (duplicate keys refused), French errors with line and column. */
export async function readScenario(file: string, io: Io): Promise<unknown> {
  const bytes = await readBounded(file, io);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw usageError(`fs-ctec : ${named(file)} n'est pas un texte UTF-8 valide (enregistrez-le en UTF-8)`);
  }
  const read = readJson(text);
  if (!read.ok) throw usageError(`fs-ctec : ${named(file)} n'est pas un JSON valide : ${formatJsonReadError(read.error)}`);
  return read.value;
}

/** A scenario refused with every error and its path; `variant` names the options that changed it (already escaped), e.g. « (avec --taux 1.5) ». */
export function invalid(file: string, issues: readonly Issue[], variant = ""): UsageError {
  return usageError(`fs-ctec : ${named(file)}${variant} contient ${issues.length} erreur(s) :\n${formatIssues(issues)}`);
}
