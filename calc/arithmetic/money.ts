import DecimalBase from "decimal.js";
import type { Calculator, Integers, WithCents } from "./calculator";

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

/** Zero, shared: the one zero of the library (never -0). */
export const ZERO: Decimal = new Dec(0);
/** One, shared. */
export const ONE: Decimal = new Dec(1);

/** Reads an amount exactly; a number is taken at its shortest decimal form (0.1 is 1/10). */
export function dec(value: DecimalInput): Decimal {
  return value instanceof Dec ? value : new Dec(value);
}

/** Rounds to the cent, half away from zero (Excel's ROUND(x; 2)); a zero is always +0. */
export function roundCent(value: Decimal): Decimal {
  const rounded = value.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
  return rounded.isZero() ? ZERO : rounded;
}

/** Sum of amounts, exact. */
export function sum(values: readonly Decimal[]): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/** Amount as a euro string with two decimals, e.g. `"1234.50"`; never `"-0.00"`. */
export function toEuroString(value: Decimal): string {
  const s = roundCent(value).toFixed(2);
  return s === "-0.00" ? "0.00" : s;
}

/**
 * Amount as a euro string with two decimals.
 * @deprecated Use {@link toEuroString} (the same function; several helpers were called `euros`).
 */
export const euros = toEuroString;

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
  const [int, frac] = toEuroString(value).split(".");
  const negative = int.startsWith("-");
  const digits = negative ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f");
  return `${negative ? "-" : ""}${grouped},${frac} €`;
}

const SMALL: Decimal[] = Array.from({ length: 1201 }, (_, i) => new Dec(i));

/** The rules' arithmetic on decimal.js: the public API's representation. */
export const DECIMAL: Calculator<Decimal> = {
  zero: ZERO,
  one: ONE,
  integer: (n) => (n >= 0 && n < SMALL.length && n % 1 === 0 ? SMALL[n] : new Dec(n)),
  add: (a, b) => a.plus(b),
  subtract: (a, b) => a.minus(b),
  compare: (a, b) => a.comparedTo(b),
  roundCent(factors, divisor) {
    let product = factors[0];
    for (let i = 1; i < factors.length; i++) product = product.times(factors[i]);
    return roundCent(divisor === undefined ? product : product.dividedBy(divisor));
  },
  floorCent(a) {
    const floored = a.toDecimalPlaces(2, Dec.ROUND_DOWN);
    return floored.isZero() ? ZERO : floored;
  },
};

/**
 * Whole numbers on decimal.js: the public allocation's cents. Exact while a quota's numerator,
 * cents × cents, has at most 40 digits: amounts up to 10^18 €, far above the bound every amount
 * is checked against (checkAmount). Not BigInt: Excel's JavaScript-only runtime for custom
 * functions implements ECMAScript 2016, which has no BigInt.
 */
export const DECIMAL_WHOLE: Integers<Decimal> = {
  zero: ZERO,
  one: ONE,
  add: (a, b) => a.plus(b),
  subtract: (a, b) => a.minus(b),
  multiply: (a, b) => a.times(b),
  divide: (a, b) => a.dividedToIntegerBy(b),
  compare: (a, b) => a.comparedTo(b),
};

/** Decimal amounts with their cents on {@link DECIMAL_WHOLE}: the public allocation. */
export const DECIMAL_CENTS: WithCents<Decimal, Decimal> = {
  calc: DECIMAL,
  ints: DECIMAL_WHOLE,
  toCents: (amount) => amount.times(100),
  fromCents: (cents) => cents.dividedBy(100),
};
