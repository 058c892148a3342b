import { assert } from "../../errors";
import { checkPositiveInteger, checkYear } from "../../checks";
import { roundCent, ZERO, type Decimal } from "../../arithmetic/money";
import { REFERENCE_PARAMETERS, type ParameterSet } from "../../parameters/lookup";

/**
 * Monthly value of one point of indice majoré in force at `date` (annual value of IM 100 ÷ 1200), not rounded.
 *
 * @example pointMonthly("2022-07-01") // 4.850033333…
 * @throws {CalcError} `donnee_absente` before 2017-02-01.
 */
export function pointMonthly(date: string, params: ParameterSet = REFERENCE_PARAMETERS): Decimal {
  assert(/^\d{4}-\d{2}-\d{2}$/.test(date), "format_date", "date", "date : doit être au format AAAA-MM-JJ");
  return params.at("point.annuel", date).decimal.dividedBy(1200);
}

/**
 * Annual gross base salary (traitement indiciaire) of an indice majoré over a calendar year:
 * the sum over the 12 months of round(IM × monthly point value in force on the 1st of the month).
 *
 * @example baseSalary(352, 2022) // 6 × 1649.48 + 6 × 1707.21 = 20140.14
 */
export function baseSalary(indiceMajore: number, year: number, params: ParameterSet = REFERENCE_PARAMETERS): Decimal {
  checkPositiveInteger(indiceMajore, "indice majoré");
  checkYear(year, "année");
  let total = ZERO;
  for (let month = 1; month <= 12; month++) {
    const date = `${year}-${String(month).padStart(2, "0")}-01`;
    // IM × annual value / 1200, dividing last: exact halves round up (× (annual / 1200) would not).
    total = total.plus(roundCent(params.at("point.annuel", date).decimal.times(indiceMajore).dividedBy(1200)));
  }
  return total;
}
