import { assert } from "./errors";
import { dec, Dec, type Decimal, type DecimalInput } from "./arithmetic/money";

/**
 * Preconditions of the public functions, with their French messages kept together.
 * `name` is the parameter as users see it (an Excel argument name or a scenario path).
 */

function finite(value: DecimalInput, name: string): Decimal {
  const ok =
    value instanceof Dec
      ? value.isFinite()
      : typeof value === "number"
        ? Number.isFinite(value)
        : /^-?\d+(\.\d+)?$/.test(String(value).trim());
  assert(ok, "type_invalide", name, `${name} : doit être un nombre`);
  return dec(typeof value === "string" ? value.trim() : value);
}

/** An amount in euros, zero or more. */
export function checkAmount(value: DecimalInput, name: string): Decimal {
  const d = finite(value, name);
  assert(!d.isNegative() || d.isZero(), "montant_negatif", name, `${name} : un montant ne peut pas être négatif`);
  return d.isZero() ? new Dec(0) : d;
}

/** A rate as a fraction in [0, 1]. */
export function checkRate(value: DecimalInput, name: string): Decimal {
  const d = finite(value, name);
  assert(d.gte(0) && d.lte(1), "taux_invalide", name, `${name} : doit être compris entre 0 et 1 (80 % s'écrit 0,8)`);
  return d;
}

/** A number of months in [0, 12]. */
export function checkMonths(value: DecimalInput, name: string): Decimal {
  const d = finite(value, name);
  assert(d.gte(0) && d.lte(12), "hors_bornes", name, `${name} : un nombre de mois doit être compris entre 0 et 12`);
  return d;
}

/** A full-time equivalent (quotité) in [0, 1]. */
export function checkFte(value: DecimalInput, name: string): Decimal {
  const d = finite(value, name);
  assert(d.gte(0) && d.lte(1), "hors_bornes", name, `${name} : une quotité doit être comprise entre 0 et 1 (un mi-temps s'écrit 0,5)`);
  return d;
}

/** A calendar year handled by the model (1900–2100). */
export function checkYear(value: number, name: string): number {
  assert(
    Number.isInteger(value) && value >= 1900 && value <= 2100,
    "hors_bornes",
    name,
    `${name} : une année doit être un entier entre 1900 et 2100`,
  );
  return value;
}

/** A positive whole number (an indice majoré). */
export function checkPositiveInteger(value: number, name: string): number {
  assert(Number.isInteger(value) && value > 0 && value <= 100000, "hors_bornes", name, `${name} : doit être un nombre entier positif`);
  return value;
}
