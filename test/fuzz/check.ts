import { compute, dec, ERROR_KINDS, type ComputeOutcome } from "../../calc";

/** Every leaf string of an output, with its path. */
function* leaves(value: unknown, path = ""): Generator<[string, unknown]> {
  if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) yield* leaves(v, `${path}.${k}`);
  } else yield [path, value];
}

const AMOUNT = /^-?\d+\.\d{2}$/;

/**
 * Computes `input` and checks the outcome: typed errors with a path and a French message, or a
 * result whose numbers are all finite and whose invariants hold. Returns a description of the
 * first violation, or null.
 */
export function checkOutcome(input: unknown): string | null {
  let outcome: ComputeOutcome;
  try {
    outcome = compute(input, { traces: false });
  } catch (e) {
    return `exception non typée : ${(e as Error).stack}`;
  }
  if (!outcome.ok) {
    if (outcome.issues.length === 0) return "échec sans erreur";
    for (const i of outcome.issues) {
      if (!(i.code in ERROR_KINDS)) return `code inconnu ${i.code}`;
      if (typeof i.path !== "string" || typeof i.message !== "string" || i.message.length < 3)
        return `erreur mal formée ${JSON.stringify(i)}`;
      if (/[A-Z][a-z]+ (expected|required|must)|Expected|Required|Invalid/.test(i.message)) return `message non traduit : ${i.message}`;
    }
    return null;
  }
  const r = outcome.result;
  const text = /\.(title|description|name|label|id|managerId|message|source|formula|path|kind)$/;
  for (const [path, v] of leaves(r)) {
    if (text.test(path)) continue;
    if (typeof v === "number" && (!Number.isFinite(v) || Object.is(v, -0))) return `nombre invalide en ${path} : ${v}`;
    if (typeof v === "string" && /NaN|Infinity|^-0(\.0+)?$/.test(v)) return `valeur invalide en ${path} : ${v}`;
  }
  const t = r.totals;
  for (const k of ["requested", "allocated", "advance", "final", "balance", "payroll"] as const)
    if (!AMOUNT.test(t[k])) return `total ${k} mal formé : ${t[k]}`;
  const sum = (k: "allocated" | "final" | "advance" | "balance") => r.structures.reduce((a, s) => a.plus(s[k]), dec(0));
  if (!sum("allocated").eq(t.allocated)) return "Σ attribué des structures ≠ total";
  if (!dec(t.advance).plus(t.balance).eq(t.final)) return "acompte + solde ≠ finale";
  if (dec(t.allocated).gt(t.envelope)) return "attribué > enveloppe";
  if (dec(t.requested).gt(t.envelope) && !dec(t.allocated).eq(t.envelope)) return "l'enveloppe contraignante n'est pas exactement répartie";
  if (dec(t.requested).lte(t.envelope) && !dec(t.allocated).eq(t.requested))
    return "des demandes qui tiennent ne sont pas payées en entier";
  for (const s of r.structures) {
    if (!dec(s.advance).plus(s.balance).eq(s.final)) return `acompte + solde ≠ finale pour ${s.id}`;
    if (dec(s.allocated).isNegative()) return `attribution négative pour ${s.id}`;
  }
  return null;
}
