import { visible } from "./report/visible";
/**
 * Errors as data: a fixed set of codes, a path and a French message.
 *
 * `invalid` errors are the caller's input breaking a rule (Excel: `#VALUE!`); `missing` errors
 * are data the reference does not have for that date or name (Excel: `#N/A`).
 */

/** Every code the library can raise, with the kind of problem it is. */
export const ERROR_KINDS = {
  type_invalide: "invalid",
  requis: "invalid",
  champ_inconnu: "invalid",
  montant_negatif: "invalid",
  hors_bornes: "invalid",
  taux_invalide: "invalid",
  valeur_inconnue: "invalid",
  format_date: "invalid",
  doublon: "invalid",
  formes_differentes: "invalid",
  trop_grand: "invalid",
  centimes: "invalid",
  texte_invalide: "invalid",
  donnee_absente: "missing",
  parametre_inconnu: "missing",
  non_publie: "missing",
} as const;

/** A code of {@link ERROR_KINDS}. */
export type ErrorCode = keyof typeof ERROR_KINDS;

/** One problem: what rule, where, and the French message shown to users. */
export interface Issue {
  code: ErrorCode;
  /** Where the problem is, e.g. `managers[0].structures[2].agents[1].fte`; empty for a whole value. */
  path: string;
  message: string;
}

/** Thrown by the library for bad input or missing data; carries one or more {@link Issue}s. */
export class CalcError extends Error {
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[]) {
    // Messages of the preconditions already start with the parameter's name: do not say it twice.
    super(issues.map((i) => (i.path && !i.message.startsWith(`${i.path} :`) ? `${i.path} : ${i.message}` : i.message)).join("\n"));
    this.name = "CalcError";
    this.issues = issues;
  }
  /** The code of the first issue. */
  get code(): ErrorCode {
    return this.issues[0].code;
  }
  /** `missing` when every issue is missing data, `invalid` otherwise. */
  get kind(): "invalid" | "missing" {
    return this.issues.every((i) => ERROR_KINDS[i.code] === "missing") ? "missing" : "invalid";
  }
}

/** Throws a {@link CalcError} with one issue unless `condition` holds. */
export function assert(condition: unknown, code: ErrorCode, path: string, message: string): asserts condition {
  if (!condition) throw new CalcError([{ code, path, message }]);
}

/** Joins path segments the way users read them: `a.b[2].c`. */
export function formatPath(segments: readonly (string | number)[]): string {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else out += out ? `.${s}` : s;
  }
  return out;
}

export function quoted(text: string): string {
  const cut = text.length > 80 ? `${text.slice(0, 80)}…` : text;
  return `« ${visible(cut)} »`;
}
