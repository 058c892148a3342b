import { assert } from "../../errors";
import { checkAmount, checkRate } from "../../checks";
import { maxOf, minOf, type Calculator } from "../../arithmetic/calculator";
import { DECIMAL, type Decimal, type DecimalInput } from "../../arithmetic/money";
import { FIXED, type Fixed } from "../../arithmetic/fixed";
import { REFERENCE_PARAMETERS } from "../../parameters/lookup";

/**
 * The two readings of the rule « 80 % de la masse salariale après déduction du forfait »:
 * the rate applied to the payroll less the deduction (the default), or the deduction taken from
 * the rate applied to the payroll. They differ whenever the rate is not 1.
 */
export const SHARE_READINGS = ["masse_moins_forfait", "part_moins_forfait"] as const;

/** A reading of the share rule: see {@link SHARE_READINGS}. */
export type ShareReading = (typeof SHARE_READINGS)[number];

/**
 * The Département's share in any representation, at most the cap taken down to the cent:
 * - `"masse_moins_forfait"`: round(rate × max(0, payroll − deduction));
 * - `"part_moins_forfait"`: max(0, round(rate × payroll) − deduction).
 */
export function departmentShareIn<T>(
  calc: Calculator<T>,
  payroll: T,
  deduction: T,
  rate: T,
  cap?: T,
  reading: ShareReading = "masse_moins_forfait",
): T {
  let share: T;
  if (reading === "part_moins_forfait") {
    share = maxOf(calc, calc.zero, calc.subtract(calc.roundCent([rate, payroll]), deduction));
  } else {
    const base = calc.subtract(payroll, deduction);
    share = calc.compare(base, calc.zero) > 0 ? calc.roundCent([rate, base]) : calc.zero;
  }
  return cap === undefined ? share : minOf(calc, share, calc.floorCent(cap));
}

/** Reads a reading as users type it (case and spaces ignored). */
export function parseShareReading(text: string, name = "lecture"): ShareReading {
  const key = text.trim().toLowerCase();
  const reading = SHARE_READINGS.find((r) => r === key);
  assert(
    reading,
    "valeur_inconnue",
    name,
    `${name} : « ${text} » n'est pas une lecture de la règle (masse_moins_forfait ou part_moins_forfait)`,
  );
  return reading;
}

let latestShareRate: Decimal | undefined;

/** The latest value of `departement.taux` in the reference parameters (built in: read once). */
function defaultShareRate(): Decimal {
  return (latestShareRate ??= REFERENCE_PARAMETERS.latest("departement.taux").decimal);
}

/**
 * The Département's share of a structure: round(rate × max(0, payroll − deduction)), then at
 * most `cap` (taken down to the cent). The rate defaults to the latest value of the dated
 * parameter `departement.taux`.
 *
 * « Le Département participe à la masse salariale des agents France Services à hauteur de 80 %
 * après déduction du forfait de l'État. »
 *
 * @example departmentShare(72000, 30000) // 33600.00
 * @example departmentShare(20000, 30000) // 0
 * @example departmentShare(72000, 30000, 0.8, null, "part_moins_forfait") // 27600.00
 * @throws {CalcError} `montant_negatif`, `taux_invalide`, `valeur_inconnue` (reading).
 */
export function departmentShare(
  payroll: DecimalInput,
  deduction: DecimalInput,
  rate?: DecimalInput | null,
  cap?: DecimalInput | null,
  reading: ShareReading = "masse_moins_forfait",
): Decimal {
  const p = checkAmount(payroll, "masse salariale");
  const d = checkAmount(deduction, "forfait");
  const r = checkRate(rate ?? defaultShareRate(), "taux");
  const c = cap === undefined || cap === null ? undefined : checkAmount(cap, "plafond");
  return departmentShareIn(DECIMAL, p, d, r, c, parseShareReading(reading));
}

/** The engine's share: {@link departmentShareIn} on Fixed (the share in cents, or the cap taken down to the cent). */
export function shareFixed(
  payroll: Fixed,
  deduction: Fixed,
  rate: Fixed,
  cap?: Fixed,
  reading: ShareReading = "masse_moins_forfait",
): Fixed {
  return departmentShareIn(FIXED, payroll, deduction, rate, cap, reading);
}
