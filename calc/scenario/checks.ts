import { CalcError, assert } from "../errors";
import { dec, Dec, type Decimal, type DecimalInput } from "../arithmetic/money";
import { AMOUNT, BOUNDS, broken, holds, type Bound } from "./bounds";

/**
 * Preconditions of the public functions (the library's and the Excel functions'). Their bounds
 * and messages are the scenario's (bounds.ts): a value refused in a scenario is refused as an
 * argument, with the same words. `name` is the parameter as users see it (an Excel argument
 * name or a scenario path); every message starts with it.
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

function refuse(bound: Bound, name: string): never {
  throw new CalcError([{ code: bound.code, path: name, message: `${name} : ${bound.message}` }]);
}

function within(bounds: readonly Bound[], value: DecimalInput, name: string): Decimal {
  const d = finite(value, name);
  const bound = broken(bounds, d);
  return bound ? refuse(bound, name) : d;
}

/** An amount in euros, zero or more, below a thousand billion; −0 is read as 0. */
export function checkAmount(value: DecimalInput, name: string): Decimal {
  const d = within(AMOUNT, value, name);
  return d.isZero() ? new Dec(0) : d;
}

/** A rate as a fraction in [0, 1]. */
export function checkRate(value: DecimalInput, name: string): Decimal {
  return within([BOUNDS.rate], value, name);
}

/** A number of months in [0, 12]. */
export function checkMonths(value: DecimalInput, name: string): Decimal {
  return within([BOUNDS.months], value, name);
}

/** A full-time equivalent (quotité) in [0, 1]. */
export function checkFte(value: DecimalInput, name: string): Decimal {
  return within([BOUNDS.fte], value, name);
}

/** The weight of an objective, in [0, 1 000 000]. */
export function checkWeight(value: DecimalInput, name: string): Decimal {
  return within([BOUNDS.weight], value, name);
}

/** A calendar year handled by the model (1900–2100). */
export function checkYear(value: number, name: string): number {
  return holds(BOUNDS.year, value) ? value : refuse(BOUNDS.year, name);
}

/** An indice majoré: a whole number from 1 to 10 000. */
export function checkIndiceMajore(value: number, name: string): number {
  return holds(BOUNDS.indiceMajore, value) ? value : refuse(BOUNDS.indiceMajore, name);
}

/**
 * An indice majoré.
 * @deprecated Use {@link checkIndiceMajore}: the rule is the indice majoré's, not any positive whole number's.
 */
export const checkPositiveInteger = checkIndiceMajore;
