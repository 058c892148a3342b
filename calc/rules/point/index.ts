import { assert } from "../../errors";
import { checkIndiceMajore, checkYear } from "../../checks";
import type { Calculator } from "../../arithmetic/calculator";
import { DECIMAL, dec, type Decimal } from "../../arithmetic/money";
import { FIXED, fixed } from "../../arithmetic/fixed";
import { REFERENCE_PARAMETERS, type ParameterSet } from "../../parameters/lookup";
import type { ParameterUse } from "../../parameters/types";

/**
 * Monthly value of one point of indice majoré in force at `date` (annual value of IM 100 ÷ 1200), not rounded.
 *
 * @example pointMonthly("2022-07-01") // 4.850033333…
 * @throws {CalcError} `donnee_absente` before the first point value.
 */
export function pointMonthly(date: string, params: ParameterSet = REFERENCE_PARAMETERS): Decimal {
  assert(/^\d{4}-\d{2}-\d{2}$/.test(date), "format_date", "date", "date : doit être au format AAAA-MM-JJ");
  return params.at("point.annuel", date).decimal.dividedBy(1200);
}

/** The annual point value in force on the 1st of each month of `year` (twelve uses of `point.annuel`). */
export function monthlyPointValues(year: number, params: ParameterSet = REFERENCE_PARAMETERS): (ParameterUse & { decimal: Decimal })[] {
  return Array.from({ length: 12 }, (_, i) => params.at("point.annuel", `${year}-${String(i + 1).padStart(2, "0")}-01`));
}

/**
 * The minimum de traitement in force on the 1st of each month of `year` (`indice.minimum`), or
 * `undefined` for a month before its first value: an agent whose indice majoré is lower is paid on
 * the minimum (décret n° 85-1148, art. 8).
 */
export function monthlyMinimumIndices(
  year: number,
  params: ParameterSet = REFERENCE_PARAMETERS,
): ((ParameterUse & { decimal: Decimal; plain: ParameterUse }) | undefined)[] {
  const first = params.has("indice.minimum") ? params.firstDate("indice.minimum") : undefined;
  return Array.from({ length: 12 }, (_, i) => {
    const date = `${year}-${String(i + 1).padStart(2, "0")}-01`;
    return first !== undefined && first <= date ? params.at("indice.minimum", date) : undefined;
  });
}

/**
 * The uses of the minimum de traitement that raise `indiceMajore` in `year` (empty when the agent's
 * index is at or above the minimum all year): what a trace cites when the minimum applied.
 */
export function minimumIndicesApplied(
  indiceMajore: number,
  year: number,
  params: ParameterSet = REFERENCE_PARAMETERS,
): (ParameterUse & { plain: ParameterUse })[] {
  const applied = new Map<string, ParameterUse & { plain: ParameterUse }>();
  for (const use of monthlyMinimumIndices(year, params)) {
    if (use && use.decimal.gt(indiceMajore)) applied.set(use.from, use);
  }
  return [...applied.values()];
}

/**
 * Base salary in any representation: Σ over the months of round(IM × annual point value / 1200),
 * dividing last so that exact halves round up (× (annual / 1200) would not). In a month whose
 * minimum de traitement (`minimumIndices[month]`, when given) is above IM, the minimum is paid instead.
 */
export function baseSalaryIn<T>(
  calc: Calculator<T>,
  indiceMajore: T,
  annualPointValues: readonly T[],
  minimumIndices: readonly (T | undefined)[] = [],
): T {
  const twelveHundred = calc.integer(1200); // 12 months × the value of IM 100
  let total = calc.zero;
  annualPointValues.forEach((value, month) => {
    const minimum = minimumIndices[month];
    const paid = minimum !== undefined && calc.compare(minimum, indiceMajore) > 0 ? minimum : indiceMajore;
    total = calc.add(total, calc.roundCent([paid, value], twelveHundred));
  });
  return total;
}

/**
 * Annual gross base salary (traitement indiciaire) of an indice majoré over a calendar year:
 * the sum over the 12 months of round(IM × monthly point value in force on the 1st of the month),
 * IM being raised to the minimum de traitement of the month when it is below it (unless
 * `options.minimum` is false: the Excel function `BASE_SALARY` computes, as its contract says,
 * on the IM as given).
 *
 * @example baseSalary(352, 2022) // 6 × 1649.48 + 6 × 1707.21 = 20140.14 (352 is the minimum from May 2022)
 * @throws {CalcError} `hors_bornes` (IM, year), `donnee_absente` before the first point value.
 */
export function baseSalary(
  indiceMajore: number,
  year: number,
  params: ParameterSet = REFERENCE_PARAMETERS,
  options: { minimum?: boolean } = {},
): Decimal {
  checkIndiceMajore(indiceMajore, "indice majoré");
  checkYear(year, "année");
  return baseSalaryIn(
    DECIMAL,
    dec(indiceMajore),
    monthlyPointValues(year, params).map((p) => p.decimal),
    options.minimum === false ? [] : monthlyMinimumIndices(year, params).map((p) => p?.decimal),
  );
}

/** The engine's base salary, in cents. */
export function baseSalaryCents(indiceMajore: number, year: number, params: ParameterSet): bigint {
  return baseSalaryIn(
    FIXED,
    fixed(indiceMajore),
    monthlyPointValues(year, params).map((p) => fixed(p.value)),
    monthlyMinimumIndices(year, params).map((p) => (p ? fixed(p.value) : undefined)),
  ).m;
}
