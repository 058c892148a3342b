import { dec, formatEurosFr, formatValue } from "../../calc";

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
