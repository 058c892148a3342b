import type { Decimal, DecimalInput } from "./money";
import type { Calculator, Integers, WithCents } from "./calculator";
import { divRoundHalfUp, MAX_SAFE, POW10 as POW10_NUMBER, shortDecimal } from "./safeInteger";

/**
 * An exact decimal `m × 10^-s`: a bigint mantissa and a power-of-ten scale (s ≥ 0).
 *
 * The representation of the computation's inner loops: as exact as decimal.js (nothing is ever
 * rounded but at the named points), and much cheaper, since a product is one bigint
 * multiplication and a rounding to the cent one division. Amounts leave the library as
 * {@link Decimal}s or euro strings.
 */
export interface Fixed {
  readonly m: bigint;
  readonly s: number;
}

const POW10: bigint[] = Array.from({ length: 64 }, (_, i) => 10n ** BigInt(i));

/** 10^s as a bigint. */
export function pow10(s: number): bigint {
  return s < POW10.length ? POW10[s] : 10n ** BigInt(s);
}

const NUMBER = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;
const parsed = new Map<string, Fixed>();
const numbers = new Map<number, Fixed>();

/**
 * Reads a value exactly: a number at its shortest decimal form (0.1 is 1/10), a decimal string,
 * or a Decimal. Throws a plain Error for what is not a finite decimal: callers validate first.
 */
export function fixed(value: DecimalInput): Fixed {
  if (typeof value === "number") {
    // The same amounts, rates and FTEs (12, 1, 0.8…) come back for every agent: read each once.
    const hit = numbers.get(value);
    if (hit) return hit;
    const short = shortDecimal(value, SHORT_DECIMALS); // without parsing its text (proof there)
    if (short) {
      const read = { m: BigInt(short.m), s: short.s };
      if (numbers.size < 10_000) numbers.set(value, read);
      return read;
    }
  }
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : (value as Decimal).toFixed();
  const hit = parsed.get(text);
  if (hit) return hit;
  const match = NUMBER.exec(text);
  if (!match || (match[2] === "" && (match[3] ?? "") === "")) throw new Error(`nombre décimal attendu : « ${text} »`);
  const [, sign, int, frac = "", exp = "0"] = match;
  let m = BigInt(`${sign === "-" ? "-" : ""}${int || "0"}${frac}`);
  let s = frac.length - Number(exp);
  if (s < 0) {
    m *= pow10(-s);
    s = 0;
  }
  const result = { m, s };
  if (parsed.size < 10_000) parsed.set(text, result);
  if (typeof value === "number" && numbers.size < 10_000) numbers.set(value, result);
  return result;
}

/** Most decimals a number read without its text may have: FTEs, rates, months and amounts have far fewer. */
const SHORT_DECIMALS = 9;

/** A whole number of cents as a Fixed. */
export function cents(c: bigint): Fixed {
  return { m: c, s: 2 };
}

/** n / d rounded half away from zero (d > 0): Excel's ROUND on an exact quotient. */
export function divRound(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r = n - q * d;
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice >= d) return n < 0n ? q - 1n : q + 1n;
  return q;
}

/** The product of `factors` divided by `divisor`, rounded to the cent (half away from zero), in cents. */
export function productToCents(factors: readonly Fixed[], divisor: bigint = 1n): bigint {
  // The common case on numbers: every partial product a whole number below 2^53 (exact in a
  // double), a power of ten times the divisor too; one bigint at the end instead of a dozen.
  let n = 100;
  let scale = 0;
  for (let i = 0; i < factors.length && n <= MAX_SAFE; i++) {
    n *= Number(factors[i].m); // inexact only when |m| > 2^53, and then n is refused below (or 0, which is exact)
    scale += factors[i].s;
    if (!(n >= 0)) n = Infinity; // a negative factor: the exact path rounds half away from zero
  }
  if (n <= MAX_SAFE && scale < POW10_NUMBER.length && divisor <= 1_000_000n) {
    const d = POW10_NUMBER[scale] * Number(divisor);
    if (d <= MAX_SAFE) return BigInt(divRoundHalfUp(n, d));
  }
  let m = 100n;
  let s = 0;
  for (const f of factors) {
    m *= f.m;
    s += f.s;
  }
  return divRound(m, pow10(s) * divisor);
}

/** A Fixed rounded to the cent, in cents. */
export function toCentsFixed(x: Fixed): bigint {
  if (x.s === 2) return x.m;
  return x.s < 2 ? x.m * pow10(2 - x.s) : divRound(x.m, pow10(x.s - 2));
}

/** a + b, exact. */
export function add(a: Fixed, b: Fixed): Fixed {
  if (a.s === b.s) return { m: a.m + b.m, s: a.s };
  return a.s > b.s ? { m: a.m + b.m * pow10(a.s - b.s), s: a.s } : { m: a.m * pow10(b.s - a.s) + b.m, s: b.s };
}

/** a − b, exact. */
export function sub(a: Fixed, b: Fixed): Fixed {
  if (a.s === b.s) return { m: a.m - b.m, s: a.s };
  return a.s > b.s ? { m: a.m - b.m * pow10(a.s - b.s), s: a.s } : { m: a.m * pow10(b.s - a.s) - b.m, s: b.s };
}

/** Compares a and b: −1, 0 or 1. */
export function cmp(a: Fixed, b: Fixed): number {
  const x = a.s >= b.s ? a.m : a.m * pow10(b.s - a.s);
  const y = b.s >= a.s ? b.m : b.m * pow10(a.s - b.s);
  return x < y ? -1 : x > y ? 1 : 0;
}

const SAFE = 9007199254740991n;

/** Cents as a euro string with two decimals, e.g. `"1234.50"`; never `"-0.00"`. */
export function centsToEuros(c: bigint): string {
  // The common case on numbers: no bigint to text, no padding (an engine result formats millions of amounts).
  if (c < SAFE && c > -SAFE) return wholeCentsToEuros(Number(c));
  const negative = c < 0n;
  const digits = (negative ? -c : c).toString().padStart(3, "0");
  return `${negative ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** A whole number of cents below 2^53, held in a number, as a euro string with two decimals; never `"-0.00"`. */
export function wholeCentsToEuros(n: number): string {
  if (n === 0) return "0.00"; // one string for every zero amount of a result
  const a = n < 0 ? -n : n;
  const cents = a % 100;
  return `${n < 0 ? "-" : ""}${(a - cents) / 100}${cents < 10 ? ".0" : "."}${cents}`;
}

/** "0" to "99": months, FTEs and counts, read by every result line, share these strings. */
const SMALL = Array.from({ length: 100 }, (_, i) => String(i));

/** An exact amount as a euro string rounded to the cent (`"409045.00"`). */
export function fixedToEuros(x: Fixed): string {
  return centsToEuros(toCentsFixed(x));
}

/** A Fixed as a plain decimal string without exponent, trailing zeros removed (`"0.75"`, `"12"`). */
export function fixedToString(x: Fixed): string {
  if (x.s === 0) return x.m >= 0n && x.m < 100n ? SMALL[Number(x.m)] : x.m.toString();
  const negative = x.m < 0n;
  const digits = (negative ? -x.m : x.m).toString().padStart(x.s + 1, "0");
  const int = digits.slice(0, -x.s);
  const frac = digits.slice(-x.s).replace(/0+$/, "");
  return `${negative ? "-" : ""}${int}${frac ? `.${frac}` : ""}`;
}

const SMALL_FIXED: Fixed[] = Array.from({ length: 1201 }, (_, i) => ({ m: BigInt(i), s: 0 }));

/** Π factors ÷ divisor rounded to the cent, in cents: {@link productToCents} with a decimal divisor. */
function quotientToCents(factors: readonly Fixed[], divisor: Fixed): bigint {
  if (divisor.s === 0) return productToCents(factors, divisor.m);
  return productToCents([...factors, { m: pow10(divisor.s), s: 0 }], divisor.m);
}

/** The rules' arithmetic on bigint fixed point: the engine's representation (Node and the pane's webview). */
export const FIXED: Calculator<Fixed> = {
  zero: SMALL_FIXED[0],
  one: SMALL_FIXED[1],
  integer: (n) => (n >= 0 && n < SMALL_FIXED.length && n % 1 === 0 ? SMALL_FIXED[n] : { m: BigInt(n), s: 0 }),
  add,
  subtract: sub,
  compare: cmp,
  roundCent: (factors, divisor) => ({ m: divisor === undefined ? productToCents(factors) : quotientToCents(factors, divisor), s: 2 }),
  floorCent: (a) => (a.s <= 2 ? a : { m: a.m / pow10(a.s - 2), s: 2 }),
};

/** Whole numbers on bigint: the engine's cents. */
export const BIGINT: Integers<bigint> = {
  zero: 0n,
  one: 1n,
  add: (a, b) => a + b,
  subtract: (a, b) => a - b,
  multiply: (a, b) => a * b,
  divide: (a, b) => a / b,
  compare: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
};

/** Fixed amounts with their cents on bigint. */
export const FIXED_CENTS: WithCents<Fixed, bigint> = {
  calc: FIXED,
  ints: BIGINT,
  toCents: toCentsFixed,
  fromCents: cents,
};
