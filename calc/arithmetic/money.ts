import DecimalBase from "decimal.js";

/**
 * The library's private decimal constructor.
 *
 * A clone, so that nothing the host application does to the global `Decimal` configuration
 * changes a result here. 40 significant digits leave every euro amount of a national scenario
 * exact through sums and products; `ROUND_HALF_UP` in decimal.js rounds half away from zero,
 * like Excel's ROUND.
 */
export const Dec = DecimalBase.clone({
  precision: 40,
  rounding: DecimalBase.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});

/** An exact decimal value (an amount in euros, a rate, a ratio). */
export type Decimal = InstanceType<typeof Dec>;

/** What the library accepts as an amount: a number (read at its shortest decimal form), a decimal string, or a Decimal. */
export type DecimalInput = number | string | Decimal;

/** Zero, shared. */
export const ZERO: Decimal = new Dec(0);
/** One, shared. */
export const ONE: Decimal = new Dec(1);

/** Reads an amount exactly; a number is taken at its shortest decimal form (0.1 is 1/10). */
export function dec(value: DecimalInput): Decimal {
  return value instanceof Dec ? value : new Dec(value);
}

/** Rounds to the cent, half away from zero (Excel's ROUND(x; 2)). */
export function roundCent(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
}

/** Sum of amounts, exact. */
export function sum(values: readonly Decimal[]): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/** Amount as a euro string with two decimals, e.g. `"409045.00"`; never `"-0.00"`. */
export function euros(value: Decimal): string {
  const s = roundCent(value).toFixed(2);
  return s === "-0.00" ? "0.00" : s;
}

/** Amount as a number for Excel or JSON consumers, rounded to the cent; never `-0`. */
export function toNumber(value: Decimal): number {
  const n = roundCent(value).toNumber();
  return n === 0 ? 0 : n;
}

/** Amount to whole cents, as a bigint (the unit of the largest-remainder allocation). */
export function toCents(value: Decimal): bigint {
  return BigInt(roundCent(value).times(100).toFixed(0));
}

/** Whole cents back to an amount in euros. */
export function fromCents(cents: bigint): Decimal {
  return new Dec(cents.toString()).dividedBy(100);
}

/** Amount in French notation for people, e.g. `409 045,00 €`. */
export function formatEurosFr(value: Decimal): string {
  const [int, frac] = euros(value).split(".");
  const negative = int.startsWith("-");
  const digits = negative ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f");
  return `${negative ? "-" : ""}${grouped},${frac} €`;
}
