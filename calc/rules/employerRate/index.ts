import { assert } from "../../errors";
import { checkYear } from "../../checks";
import { ZERO, type Decimal } from "../../arithmetic/money";
import { EMPLOYER_RATE_PRESETS } from "../../parameters/data";
import { REFERENCE_PARAMETERS, type ParameterSet } from "../../parameters/lookup";
import type { ParameterUse } from "../../parameters/types";

/** Employment status of an agent: tenured (CNRACL) or contract agent (IRCANTEC). */
export type AgentStatus = keyof typeof EMPLOYER_RATE_PRESETS;

/** Reads a status as users type it (case and accents ignored). */
export function parseStatus(text: string, name = "statut"): AgentStatus {
  if (text === "titulaire" || text === "contractuel") return text; // as validated scenarios give it: nothing to normalise
  const key = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .trim()
    .toLowerCase();
  assert(
    key === "titulaire" || key === "contractuel",
    "valeur_inconnue",
    name,
    `${name} : « ${text} » n'est pas un statut (titulaire ou contractuel)`,
  );
  return key;
}

/**
 * Preset employer contribution rate of a status for a year: the sum of its itemised lines,
 * each a dated parameter (several are estimates, and the lines say so).
 *
 * @example employerRate("titulaire", 2022).rate // 0.4828
 */
export function employerRate(
  status: AgentStatus,
  year: number,
  params: ParameterSet = REFERENCE_PARAMETERS,
): { rate: Decimal; lines: ParameterUse[] } {
  checkYear(year, "année");
  const lines = EMPLOYER_RATE_PRESETS[status].map((name) => params.at(name, `${year}-01-01`));
  let rate = ZERO;
  for (const line of lines) rate = rate.plus(line.decimal);
  return { rate, lines };
}
