import { assert, CalcError } from "../../errors";
import { checkMonths, checkYear } from "../../checks";
import type { Calculator } from "../../arithmetic/calculator";
import { DECIMAL, dec, type Decimal, type DecimalInput } from "../../arithmetic/money";
import { FIXED, type Fixed } from "../../arithmetic/fixed";
import { REFERENCE_PARAMETERS, type ParameterSet } from "../../parameters/lookup";

/** The structure kinds, in the order users see them: a fixed counter, a bus (itinérante), hosted by La Poste. */
export const STRUCTURE_KINDS = ["fixe", "itinerante", "laposte"] as const;

/** How a structure is run. */
export type StructureKind = (typeof STRUCTURE_KINDS)[number];

/** First year with a State forfait in a parameter set: the year of the first value of `forfait.total`. */
export function firstForfaitYear(params: ParameterSet = REFERENCE_PARAMETERS): number {
  return Number(params.firstDate("forfait.total").slice(0, 4));
}

/**
 * First year with a State forfait in the reference parameters (before it, MSAP: no forfait in this model).
 * @deprecated Use {@link firstForfaitYear}, which reads the parameter set in use.
 */
export const FIRST_FORFAIT_YEAR = firstForfaitYear();

/**
 * Reads a kind as users type it: case and accents ignored (`Itinérante` → `itinerante`).
 *
 * @throws {CalcError} `valeur_inconnue` for anything else.
 */
export function parseKind(text: string, name = "type"): StructureKind {
  const key = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
  const kind = (STRUCTURE_KINDS as readonly string[]).find((k) => k === key);
  assert(kind, "valeur_inconnue", name, `${name} : « ${text} » n'est pas un type de structure (fixe, itinérante ou laposte)`);
  return kind as StructureKind;
}

function checkForfaitYear(year: number, name: string, params: ParameterSet): void {
  checkYear(year, name);
  const first = firstForfaitYear(params);
  if (year < first) {
    throw new CalcError([{ code: "donnee_absente", path: name, message: `aucun forfait France Services avant ${first}` }]);
  }
}

/** The forfait pro rata of the months in any representation: round(total × months / 12), dividing last. */
export function proRataForfaitIn<T>(calc: Calculator<T>, total: T, months: T): T {
  return calc.roundCent([total, months], calc.integer(12));
}

/** The engine's forfait pro rata, in cents. */
export function forfaitCents(total: Fixed, months: Fixed): bigint {
  return proRataForfaitIn(FIXED, total, months).m;
}

/**
 * State forfait of one labelled structure for a year, pro rata of the months: round(total × months / 12).
 *
 * The total does not depend on the kind (a La Poste-hosted structure gets the same total, split differently).
 *
 * @example stateForfait(2023, "fixe", 6) // 17500.00
 * @throws {CalcError} `donnee_absente` before the first forfait year; `hors_bornes` for months outside 0–12.
 */
export function stateForfait(year: number, months: DecimalInput = 12, params: ParameterSet = REFERENCE_PARAMETERS): Decimal {
  checkForfaitYear(year, "année", params);
  const m = checkMonths(months, "mois");
  return proRataForfaitIn(DECIMAL, params.at("forfait.total", `${year}-01-01`).decimal, m);
}

/** Names of the two parameters that split the forfait of a kind: [State or postal fund, FNFS]. */
export function forfaitSplitParameters(kind: StructureKind): readonly [string, string] {
  return kind === "laposte" ? ["forfait.laposte.fonds_postal", "forfait.laposte.fnfs"] : ["forfait.fnadt", "forfait.fnfs"];
}

/**
 * The two parts of a full-year forfait: [State (FNADT) or postal fund part, FNFS part].
 *
 * @throws {CalcError} `non_publie` for a year whose split is not published (2024 on).
 */
export function forfaitSplit(year: number, kind: StructureKind = "fixe", params: ParameterSet = REFERENCE_PARAMETERS): [Decimal, Decimal] {
  checkForfaitYear(year, "année", params);
  const [first, second] = forfaitSplitParameters(kind);
  const date = `${year}-01-01`;
  return [dec(params.at(first, date).decimal), dec(params.at(second, date).decimal)];
}
