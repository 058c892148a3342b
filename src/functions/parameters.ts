/**
 * The adapters of the functions that read the parameter set: PARAM (a value), PARAM_STATUS (how
 * far that value can be trusted, and where it comes from) and VERSION. A cell shows a number
 * only, so a value carried forward past its last known date looks like a published one: its
 * status is read beside it with PARAM_STATUS.
 */
import { PARAMETER_STATUS_TERMS } from "../../calc/glossary";
import { PARAMETERS_DATE } from "../../calc/parameters/data";
import { frenchDate, REFERENCE_PARAMETERS } from "../../calc/parameters/lookup";
import pkg from "../../package.json";
import { exact, isoDate, text } from "./excel";

/** The reference value of `name` in force at the Excel date `date`, with its status and source. */
function parameterAt(name: unknown, date: unknown) {
  return REFERENCE_PARAMETERS.at(text(name, "nom").trim(), isoDate(date, "date"));
}

/** PARAM: the value in force at the date (a rate, an amount, a point value: not rounded). */
export function parameterValue(name: unknown, date: unknown): number {
  return exact(parameterAt(name, date).decimal);
}

/**
 * PARAM_STATUS: one row [status, date the value applies from, source]. The status is the
 * glossary's short label (« source », « estimation », « décision »); a value used past its last
 * known date is an « estimation », and its source says so.
 */
export function parameterStatus(name: unknown, date: unknown): (string | number)[][] {
  const use = parameterAt(name, date);
  return [[PARAMETER_STATUS_TERMS[use.status].short, excelSerial(use.from), use.source]];
}

/** VERSION: the package version and the date the parameters were last checked. */
export function versionText(): string {
  return `${pkg.name} ${pkg.version} — paramètres au ${frenchDate(PARAMETERS_DATE)}`;
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
