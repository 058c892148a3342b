import { z } from "zod";
import { Dec } from "../arithmetic/money";
import { AMOUNT_IN_CENTS, BOUNDS, holds, type Bound } from "./bounds";
import { LIMITS } from "./limits";
import { textProblem } from "./text";

/** The regular expression of a decimal string accepted as an amount. */
export { DECIMAL };

/**
 * The field types of a scenario. Their bounds and messages are bounds.ts's, shared with the
 * functions' checks; codes travel in `params.code` so that validation can report them as data
 * (see validate.ts).
 */

const DECIMAL = /^-?\d{1,15}(\.\d{1,10})?$/;

function issue(code: string, message: string) {
  return { error: message, params: { code } };
}

/** A number, or a decimal string for exact input such as `"1234.56"`. */
export const numeric = z.union([
  z.number(), // finite: zod 4 refuses NaN and ±Infinity
  z.string().regex(DECIMAL, "doit être un nombre écrit avec un point décimal, par exemple 1234.56"),
]);

/**
 * Whether a value keeps a bound; a decimal string is read exactly. zod still runs refinements on
 * a text that failed the decimal format (« 12,5 »: the format check does not abort): it passes
 * here, so that it is reported once, as a format error, and not also as « négatif » or « trop grand ».
 */
export function keeps(bound: Bound, value: number | string): boolean {
  if (typeof value === "number") return holds(bound, value);
  return !DECIMAL.test(value) || holds(bound, new Dec(value));
}

/** The bounds in JSON Schema terms, for the fields whose rules zod cannot express (see jsonSchema.ts). */
export const JSON_BOUNDS = new WeakMap<z.core.$ZodType, Record<string, number | string>>();

/** A number field held by `bounds`, each reported with its code and message. */
function bounded<T extends z.ZodType<number | string>>(schema: T, bounds: readonly Bound[]): T {
  let out = schema;
  for (const b of bounds) out = out.refine((v) => keeps(b, v), issue(b.code, b.message)) as T;
  const json: Record<string, number | string> = {};
  for (const b of bounds) {
    if (b.min !== undefined) json.minimum = b.min;
    if (b.max !== undefined) json.maximum = b.max;
    if (b.below !== undefined) json.exclusiveMaximum = b.below;
    if (b.whole) json.type = "integer";
  }
  JSON_BOUNDS.set(out, json);
  return out;
}

/** An amount in euros, to the cent, zero or more, below a thousand billion. */
export const money = bounded(numeric, AMOUNT_IN_CENTS);

/** A rate as a fraction in [0, 1]. */
export const rate = bounded(numeric, [BOUNDS.rate]);

/** A full-time equivalent in [0, 1]. */
export const fte = bounded(numeric, [BOUNDS.fte]);

/** A number of months in [0, 12]. */
export const months = bounded(numeric, [BOUNDS.months]);

/** A weight, zero or more. */
export const weight = bounded(numeric, [BOUNDS.weight]);

/**
 * A calendar year of the model, from the first forfait year. Not zod's `.int()`: its issue stops
 * the checks that follow and it adds a bound of its own at 2^53. Before the first forfait year
 * but a calendar year: one message, the one that says why.
 */
export const year = bounded(
  z
    .number()
    .refine(
      (n) => !holds(BOUNDS.year, n) || holds(BOUNDS.conventionYear, n),
      issue(BOUNDS.conventionYear.code, BOUNDS.conventionYear.message),
    ),
  [BOUNDS.year],
);
JSON_BOUNDS.set(year, { type: "integer", minimum: BOUNDS.conventionYear.min, maximum: BOUNDS.year.max });

/** An indice majoré: a whole number from 1 to 10 000. */
export const indiceMajore = bounded(z.number(), [BOUNDS.indiceMajore]);

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

/** The text rules (text.ts) as a zod check: one issue, with the message naming the character. */
function readable(lines: boolean) {
  return (s: string, ctx: z.core.$RefinementCtx<string>) => {
    const problem = textProblem(s, lines);
    if (problem) ctx.addIssue({ code: "custom", message: problem, params: { code: "texte_invalide" }, input: s });
  };
}

/** A short text typed by a person (a name, a label): trimmed, neither empty nor invisible, no control character. */
export const text = z
  .string()
  .trim()
  .min(1, "ne doit pas être vide")
  .max(LIMITS.textLength, `texte trop long (${LIMITS.textLength} caractères au plus)`)
  .superRefine(readable(false));
// For editors that read the JSON Schema: no control or bidi character (the other text rules are the validator's).
JSON_BOUNDS.set(text, { pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069]*$" });

/** A longer free text (a description): tabs and line breaks allowed, no other control character. */
export const longText = z
  .string()
  .max(LIMITS.descriptionLength, `texte trop long (${LIMITS.descriptionLength} caractères au plus)`)
  .superRefine(readable(true));

/** An identifier: letters, digits, dash, underscore, dot. */
export const id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, "identifiant : lettres, chiffres, « - », « _ » ou « . », 64 caractères au plus");
