/**
 * The adapter of PARAM_STATUS, beside PARAM (which reads the value): a cell shows a number only,
 * so a value carried forward past its last known date looks like a published one; its status,
 * the date it applies from and its source are read beside it with PARAM_STATUS.
 */
import { PARAMETER_STATUS_TERMS } from "../../calc/glossary";
import { REFERENCE_PARAMETERS } from "../../calc/parameters/lookup";
import { isoDate, text } from "./excel";

/**
 * PARAM_STATUS: one row [status, date the value applies from, source]. The status is the
 * glossary's short label (« source », « estimation », « décision »); a value used past its last
 * known date is an « estimation », and its source says so.
 */
export function parameterStatus(name: unknown, date: unknown): (string | number)[][] {
  const use = REFERENCE_PARAMETERS.at(text(name, "nom").trim(), isoDate(date, "date"));
  return [[PARAMETER_STATUS_TERMS[use.status].short, excelSerial(use.from), use.source]];
}

const DAY_MS = 86400000;

/**
 * An ISO date as an Excel date serial (1900 date system): the inverse of {@link isoDate}.
 * Serial 1 is 1900-01-01; from 1 March 1900 on, serials count Excel's fictitious 29 February 1900.
 */
export function excelSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  const days = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 31)) / DAY_MS;
  return days < 60 ? days : days + 1;
}
