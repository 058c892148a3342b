import { dec, formatEurosFr, formatValue, type Parameter } from "../../calc";

/** How the pane shows numbers: French notation, through calc's formatting (no arithmetic here). */

/** `"409045.00"` → `409 045,00 €`. */
export function euros(value: string): string {
  return formatEurosFr(dec(value));
}

/** A fraction as a percentage: `"0.8"` → `80 %`. */
export function percent(value: string): string {
  return formatValue(value, "taux");
}

/** A number as typed in a French field: `0.5` → `0,5`; other text unchanged. */
export function frenchNumber(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "number" || (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value))) return String(value).replace(".", ",");
  return String(value);
}

/** A decimal written the French way, digits grouped by three: `"12345.5"` → `12 345,5`. */
export function groupedNumber(value: string): string {
  const [int, frac] = value.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f");
  return frac === undefined ? grouped : `${grouped},${frac}`;
}

/** A parameter's value with its unit: `5623.23` EUR/point/an → `5 623,23 €`, `0.8` taux → `80 %`. */
export function parameterValue(value: string, unit: Parameter["unit"]): string {
  switch (unit) {
    case "EUR":
    case "EUR/point/an":
      return euros(value);
    case "taux":
      return percent(value);
    case "agents":
      return `${groupedNumber(value)} agents`;
    default:
      return groupedNumber(value);
  }
}

/** An ISO date, short: `2022-12-15` → `15/12/2022`. */
export function shortDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/** A change in euros, always signed: `"12.5"` → `+12,50 €`, `"-3"` → `−3,00 €`, zero unsigned. */
export function signedEuros(value: string): string {
  const d = dec(value);
  if (d.isZero()) return euros("0");
  return d.isNegative() ? `−${euros(d.negated().toString())}` : `+${euros(value)}`;
}
