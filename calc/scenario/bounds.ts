import { type Decimal } from "../arithmetic/money";
import type { ErrorCode } from "../errors";
import { REFERENCE_PARAMETERS } from "../parameters/lookup";
import type { Parameter } from "../parameters/types";
import { LIMITS } from "./limits";

/**
 * The bounds of every number a user gives, each rule stated once with its one French message.
 * The scenario's fields (fields.ts), the arguments of the public and Excel functions (checks.ts)
 * and the parameter overrides of a scenario (overrides.ts, bounded by their unit) all read them
 * here, so that a value refused in one place is refused everywhere with the same words.
 *
 * These are limits of the data, not figures of the domain: a figure of the domain (the first
 * forfait year) is read from calc/parameters.
 */
export interface Bound {
  readonly code: ErrorCode;
  /** The message, without the name of the field or argument (the caller adds it). */
  readonly message: string;
  readonly min?: number;
  readonly max?: number;
  /** Exclusive upper bound. */
  readonly below?: number;
  /** A whole number. */
  readonly whole?: boolean;
  /** Whole cents: at most two decimals. */
  readonly cents?: boolean;
}

/** Largest amount, exclusive: a thousand billion euros, far beyond a national budget; exact to the cent as a number. */
const AMOUNT_LIMIT = 1e12;
/** Largest weight of an objective: weights are relative, this only keeps their sum exact. */
const WEIGHT_MAX = 1e6;
/** Largest indice majoré: the salary grids stop below 2 000 (hors échelle included); beyond 10 000 it is a typing error. */
const INDICE_MAX = 10000;
/** Calendar years handled by the functions: Excel's dates start in 1900; 2100 leaves room for any projection. */
const YEARS = { min: 1900, max: 2100 };

/** The first year of the model: the year of the first State forfait. */
export const FIRST_YEAR = Number(REFERENCE_PARAMETERS.firstDate("forfait.total").slice(0, 4));

/** 10000 → « 10 000 », 999999999999.99 → « 999 999 999 999,99 »: a bound as a French message writes it. */
function fr(n: number): string {
  const [whole, decimals] = String(n).split(".");
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, " ") + (decimals ? `,${decimals}` : "");
}

const between = (what: string, min: number, max: number) => `${what} entre ${fr(min)} et ${fr(max)}`;

export const BOUNDS = {
  amountNotNegative: { code: "montant_negatif", message: "un montant ne peut pas être négatif", min: 0 },
  amountMax: { code: "trop_grand", message: `montant trop grand (au plus ${fr(AMOUNT_LIMIT - 0.01)} €)`, below: AMOUNT_LIMIT },
  cents: { code: "centimes", message: "un montant se donne au centime : deux décimales au plus", cents: true },
  rate: { code: "taux_invalide", message: "doit être compris entre 0 et 1 (80 % s'écrit 0,8)", min: 0, max: 1 },
  fte: { code: "hors_bornes", message: "une quotité doit être comprise entre 0 et 1 (un mi-temps s'écrit 0,5)", min: 0, max: 1 },
  months: { code: "hors_bornes", message: between("un nombre de mois doit être compris", 0, 12), min: 0, max: 12 },
  weight: { code: "hors_bornes", message: between("un poids doit être compris", 0, WEIGHT_MAX), min: 0, max: WEIGHT_MAX },
  /** Any calendar year the functions accept. */
  year: {
    code: "hors_bornes",
    message: `une année doit être un entier entre ${YEARS.min} et ${YEARS.max}`,
    whole: true,
    ...YEARS,
  },
  /** The year of a convention: one with a State forfait. */
  conventionYear: {
    code: "hors_bornes",
    message: `le modèle commence en ${FIRST_YEAR} (premier forfait France Services)`,
    min: FIRST_YEAR,
  },
  indiceMajore: {
    code: "hors_bornes",
    message: between("un indice majoré est un nombre entier", 1, INDICE_MAX),
    whole: true,
    min: 1,
    max: INDICE_MAX,
  },
  agents: {
    code: "hors_bornes",
    message: between("un nombre d'agents est un nombre entier", 0, LIMITS.agentsPerStructure),
    whole: true,
    min: 0,
    max: LIMITS.agentsPerStructure,
  },
} as const satisfies Record<string, Bound>;

/** An amount in euros given by a function's caller: zero or more, below the limit (any decimals: results are rounded). */
export const AMOUNT: readonly Bound[] = [BOUNDS.amountNotNegative, BOUNDS.amountMax];
/** An amount where the domain says « au centime » (a scenario's amounts, the EUR parameters). */
export const AMOUNT_IN_CENTS: readonly Bound[] = [...AMOUNT, BOUNDS.cents];

/** The bounds of a parameter's values by its unit: an override is bounded like every other figure of its unit. */
export const UNIT_BOUNDS: Readonly<Record<Parameter["unit"], readonly Bound[]>> = {
  EUR: AMOUNT_IN_CENTS,
  "EUR/point/an": AMOUNT_IN_CENTS,
  taux: [BOUNDS.rate],
  indice: [BOUNDS.indiceMajore],
  agents: [BOUNDS.agents],
};

/**
 * Whether a number keeps a bound. For a number, whole cents means that it is the double nearest
 * to a number of cents (the decimal it was written as had at most two decimals): below 10^12 €
 * two numbers of cents are 0.01 apart, far more than the spacing of doubles there, so rounding
 * x × 100 finds the only candidate and dividing it back gives x exactly when x is that one.
 */
export function holds(bound: Bound, value: number | Decimal): boolean {
  if (typeof value === "number") {
    return (
      (bound.min === undefined || value >= bound.min) &&
      (bound.max === undefined || value <= bound.max) &&
      (bound.below === undefined || value < bound.below) &&
      (!bound.whole || Number.isInteger(value)) &&
      (!bound.cents || Math.round(value * 100) / 100 === value)
    );
  }
  return (
    (bound.min === undefined || value.gte(bound.min)) &&
    (bound.max === undefined || value.lte(bound.max)) &&
    (bound.below === undefined || value.lt(bound.below)) &&
    (!bound.whole || value.isInteger()) &&
    (!bound.cents || value.decimalPlaces() <= 2)
  );
}

/** The first bound a value breaks, or undefined. */
export function broken(bounds: readonly Bound[], value: number | Decimal): Bound | undefined {
  return bounds.find((b) => !holds(b, value));
}
