import { assert } from "./errors";
import { cmp, fixed, type Fixed } from "./fixed";
import { Dec, type DecimalInput } from "./money";

/**
 * Preconditions of the public functions, with their French messages kept together.
 * `name` is the parameter as users see it (an Excel argument name or a scenario path).
 * Each returns the value read exactly, as a {@link Fixed}.
 */

/** A decimal as people write it in a file: digits, an optional point and decimals; no exponent, no comma. */
const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;
const ZERO: Fixed = { m: 0n, s: 0 };
const ONE: Fixed = { m: 1n, s: 0 };
const TWELVE: Fixed = { m: 12n, s: 0 };

function finite(value: DecimalInput, name: string): Fixed {
  const ok =
    value instanceof Dec ? value.isFinite() : typeof value === "number" ? Number.isFinite(value) : typeof value === "string" && DECIMAL_TEXT.test(value.trim()) && value.trim().length <= 40;
  assert(ok, "type_invalide", name, `${name} : doit être un nombre`);
  const f = fixed(value);
  return f.m === 0n ? ZERO : f; // -0 is 0
}

/** An amount in euros, zero or more. */
export function checkAmount(value: DecimalInput, name: string): Fixed {
  const f = finite(value, name);
  assert(f.m >= 0n, "montant_negatif", name, `${name} : un montant ne peut pas être négatif`);
  return f;
}

/** A rate as a fraction in [0, 1]. */
export function checkRate(value: DecimalInput, name: string): Fixed {
  const f = finite(value, name);
  assert(f.m >= 0n && cmp(f, ONE) <= 0, "taux_invalide", name, `${name} : doit être compris entre 0 et 1 (80 % s'écrit 0,8)`);
  return f;
}

/** A number of months in [0, 12]. */
export function checkMonths(value: DecimalInput, name: string): Fixed {
  const f = finite(value, name);
  assert(f.m >= 0n && cmp(f, TWELVE) <= 0, "hors_bornes", name, `${name} : un nombre de mois doit être compris entre 0 et 12`);
  return f;
}

/** A full-time equivalent (quotité) in [0, 1]. */
export function checkFte(value: DecimalInput, name: string): Fixed {
  const f = finite(value, name);
  assert(f.m >= 0n && cmp(f, ONE) <= 0, "hors_bornes", name, `${name} : une quotité doit être comprise entre 0 et 1 (un mi-temps s'écrit 0,5)`);
  return f;
}

/** A calendar year handled by the model (1900–2100). */
export function checkYear(value: number, name: string): number {
  assert(Number.isInteger(value) && value >= 1900 && value <= 2100, "hors_bornes", name, `${name} : une année doit être un entier entre 1900 et 2100`);
  return value;
}

/** A positive whole number (an indice majoré). */
export function checkPositiveInteger(value: number, name: string): number {
  assert(Number.isInteger(value) && value > 0 && value <= 100000, "hors_bornes", name, `${name} : doit être un nombre entier positif`);
  return value;
}
