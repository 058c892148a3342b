import { z } from "zod";

/** The regular expression of a decimal string accepted as an amount. */
export { DECIMAL };

/**
 * The field types of a scenario, each with its French message. Codes travel in `params.code`
 * so that validation can report them as data (see validate.ts).
 */

const DECIMAL = /^-?\d{1,15}(\.\d{1,10})?$/;

function issue(code: string, message: string) {
  return { error: message, params: { code } };
}

/** A number, or a decimal string for exact input such as `"1234.56"`. */
const numeric = z.union([
  z.number(), // finite: zod 4 refuses NaN and ±Infinity
  z.string().regex(DECIMAL, "doit être un nombre écrit avec un point décimal, par exemple 1234.56"),
]);

function numberOf(value: number | string): number {
  return typeof value === "number" ? value : Number(value);
}

/**
 * A bound of a numeric field. zod still runs refinements on a text that failed the decimal
 * format (« 12,5 »: the format check does not abort): it passes here, so that it is reported
 * once, as a format error, and not also as « négatif » or « trop grand ».
 */
function bound(holds: (n: number) => boolean) {
  return (value: number | string) => {
    const n = numberOf(value);
    return Number.isNaN(n) || holds(n);
  };
}

/** An amount in euros, zero or more, below a thousand billion. */
export const money = numeric
  .refine(
    bound((n) => n >= 0),
    issue("montant_negatif", "un montant ne peut pas être négatif"),
  )
  .refine(
    bound((n) => n < 1e12),
    issue("trop_grand", "montant trop grand (au plus 999 999 999 999,99 €)"),
  );

/** A rate as a fraction in [0, 1]. */
export const rate = numeric.refine(
  bound((n) => n >= 0 && n <= 1),
  issue("taux_invalide", "doit être compris entre 0 et 1 (80 % s'écrit 0,8)"),
);

/** A full-time equivalent in [0, 1]. */
export const fte = numeric.refine(
  bound((n) => n >= 0 && n <= 1),
  issue("hors_bornes", "une quotité doit être comprise entre 0 et 1 (un mi-temps s'écrit 0,5)"),
);

/** A number of months in [0, 12]. */
export const months = numeric.refine(
  bound((n) => n >= 0 && n <= 12),
  issue("hors_bornes", "un nombre de mois doit être compris entre 0 et 12"),
);

/** A weight, zero or more. */
export const weight = numeric.refine(
  bound((n) => n >= 0 && n <= 1e6),
  issue("hors_bornes", "un poids doit être compris entre 0 et 1 000 000"),
);

/** The whole-number fields, written `"type": "integer"` in the JSON Schema (see jsonSchema.ts). */
export const INTEGERS = new WeakSet<z.core.$ZodType>();

/**
 * A whole number within bounds. Not zod's `.int()`: its issue stops the checks that follow (a
 * year of 2019.5 would not also be « before 2020 ») and it adds a bound of its own at 2^53 (a
 * year of 1e20 would be « not a whole number » instead of « too large »).
 */
function wholeNumber(message: string, bounds: (n: z.ZodNumber) => z.ZodNumber) {
  const schema = bounds(z.number().refine(Number.isInteger, issue("type_invalide", message)));
  INTEGERS.add(schema);
  return schema;
}

/** A calendar year of the model. */
export const year = wholeNumber("une année est un nombre entier", (n) =>
  n.min(2020, "le modèle commence en 2020 (premier forfait France Services)").max(2100, "une année doit être au plus 2100"),
);

/** An ISO date `YYYY-MM-DD` that exists in the calendar. */
export const isoDate = z.string().refine(
  (s) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m) return false;
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
  },
  issue("format_date", "doit être une date existante au format AAAA-MM-JJ, par exemple 2022-01-01"),
);

/** A short text typed by a person (a name, a label). */
export const text = z.string().trim().min(1, "ne doit pas être vide").max(200, "texte trop long (200 caractères au plus)");

/** An identifier: letters, digits, dash, underscore, dot. */
export const id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, "identifiant : lettres, chiffres, « - », « _ » ou « . », 64 caractères au plus");

/** An indice majoré: a positive whole number. */
export const indiceMajore = wholeNumber("un indice majoré est un nombre entier", (n) =>
  n.positive("un indice majoré est positif").max(10000, "indice majoré trop grand"),
);
