/**
 * The representations a rule of calc/rules is instantiated for, side by side: a differential
 * test runs the rule's one body in each on the same decimal inputs and expects the same result.
 */
import fc from "fast-check";
import type { Calculator, WithCents } from "../../calc/arithmetic/calculator";
import { dec, DECIMAL, DECIMAL_CENTS, type Decimal } from "../../calc/arithmetic/money";
import { fixed, fixedToString, FIXED, FIXED_CENTS } from "../../calc/arithmetic/fixed";
import { OFF_PATH, onSafePath, readScaled, SAFE, SAFE_CENTS, type Scaled } from "../../calc/arithmetic/safeInteger";

/** One representation: its calculator, its amounts with cents, how to read a decimal text and show a value. */
export interface Representation<T> {
  name: string;
  calc: Calculator<T>;
  money: WithCents<T, unknown>;
  read(text: string): T;
  show(value: T): string;
}

const showScaled = (x: Scaled) => fixedToString({ m: BigInt(x.m), s: x.s });

/** A decimal text on the safe path, or off it (the representation then does not answer). */
function readSafe(text: string): Scaled {
  const read = readScaled(Number(text), -Infinity, Infinity);
  if (read === undefined) throw OFF_PATH;
  return read;
}

export const REPRESENTATIONS: Representation<unknown>[] = [
  { name: "decimal.js", calc: DECIMAL, money: DECIMAL_CENTS, read: (t) => dec(t), show: (x) => dec(x as Decimal).toFixed() },
  { name: "Fixed (bigint)", calc: FIXED, money: FIXED_CENTS, read: fixed, show: fixedToString },
  { name: "safe numbers", calc: SAFE, money: SAFE_CENTS, read: readSafe, show: showScaled },
] as Representation<unknown>[];

/** A rule written once, over any representation. */
export type Rule = <T>(rep: Representation<T>, ...values: T[]) => T | T[];

/** What `rule` gives in each representation, as plain decimal texts (`undefined` where the safe path steps aside). */
export function inEvery(rule: Rule, inputs: readonly string[]): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const rep of REPRESENTATIONS) {
    out[rep.name] = onSafePath(() => {
      const result = rule(rep, ...inputs.map((t) => rep.read(t)));
      return Array.isArray(result) ? result.map((r) => rep.show(r)).join(" ") : rep.show(result);
    });
  }
  return out;
}

/** True when every representation that answers gives decimal.js's result. */
export function agree(rule: Rule, inputs: readonly string[]): boolean {
  const results = inEvery(rule, inputs);
  const reference = results["decimal.js"];
  return Object.values(results).every((r) => r === undefined || r === reference);
}

/** Amounts as decimal texts: whole euros, cents, up to 4 decimals, up to 20 million euros. */
export const amountText = fc
  .tuple(fc.integer({ min: 0, max: 2_000_000_000 }), fc.constantFrom(0, 2, 2, 4))
  .map(([m, s]) => fixedToString({ m: BigInt(m), s }));

/** Large amounts, where the safe path must step aside rather than lose a cent. */
export const hugeAmountText = fc.bigInt({ min: 0n, max: 10n ** 22n }).map((m) => fixedToString({ m, s: 2 }));

/** Rates (fractions in [0, 1]) with up to 4 decimals. */
export const rateText = fc.integer({ min: 0, max: 10000 }).map((m) => fixedToString({ m: BigInt(m), s: 4 }));

/** Months in [0, 12] with up to 2 decimals. */
export const monthsText = fc.integer({ min: 0, max: 1200 }).map((m) => fixedToString({ m: BigInt(m), s: 2 }));
