import { describePath, LIMITS, validateScenario, type Issue, type ScenarioInput } from "../../../calc";

/** Why a file is not a scenario: its first problems, each where it is in the file (names, not indices). */
function invalidFile(name: string, data: unknown, issues: readonly Issue[], kept: string): string {
  const list = issues
    .slice(0, 10)
    .map((i) => `${describePath(i.path, data)} : ${i.message}`)
    .join(" ; ");
  const n = issues.length;
  return `« ${name} » n'est pas un scénario valide (${n} erreur${n > 1 ? "s" : ""}) : ${list}${n > 10 ? " ; …" : ""}. ${kept}`;
}

/**
 * A scenario file (JSON) read and validated, or why it cannot be used, in French. `kept` ends
 * the message: what stays as it was (« Le scénario actuel est conservé. »).
 */
export async function readScenarioFile(
  file: File,
  kept = "Le scénario actuel est conservé.",
): Promise<{ ok: true; data: ScenarioInput } | { ok: false; text: string }> {
  if (file.size > LIMITS.fileBytes)
    return { ok: false, text: `Fichier trop volumineux (${file.size} octets ; ${LIMITS.fileBytes} au plus).` };
  let data: unknown;
  try {
    data = JSON.parse(await file.text());
  } catch (e) {
    return { ok: false, text: `« ${file.name} » n'est pas un fichier JSON valide : ${(e as Error).message}. ${kept}` };
  }
  const v = validateScenario(data);
  if (!v.ok) return { ok: false, text: invalidFile(file.name, data, v.issues, kept) };
  return { ok: true, data: data as ScenarioInput };
}
