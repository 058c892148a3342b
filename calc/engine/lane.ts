import { add, cents, centsToEuros, sub, toCentsFixed, wholeCentsToEuros, type Fixed } from "../arithmetic/fixed";
import { structureAmounts, type AmountCalculator, type AmountKey, type AmountValues } from "./amounts";
import type { Payments } from "./payees";
import type { StructureBase } from "./structure";
import { AMOUNT_KEYS, type Amounts } from "./types";

/**
 * The amounts of every structure, manager and the convention, summed in one of two
 * representations: whole cents held in numbers (the number lane: the common case, with no
 * bigint or object per amount), or exact values when an amount of the convention has a fraction
 * of a cent or is beyond {@link LANE_MAX}. Both give the same figures (convention.test.ts).
 * Positions in the lane follow {@link AMOUNT_KEYS}; nothing outside this module sees them.
 */
export interface AmountSums {
  /** Structure `i`'s amounts, valid until the next call (one object is reused: read them at once). */
  structure(i: number): Readonly<Amounts>;
  managers: Amounts[];
  totals: Amounts;
  /** Σ final allocations, exact (the budget's subsidies). */
  final: Fixed;
}

const COUNT = AMOUNT_KEYS.length;
const FINAL = AMOUNT_KEYS.indexOf("final");

/**
 * Largest amount of one structure, in cents, that the number lane takes: 100 million euros. Five
 * such amounts make a derived one, and 50 000 structures (the limit) of them stay below 2^53,
 * where sums of whole numbers held in numbers are exact.
 */
const LANE_MAX = 1e10;
const TO_CENTS = [100, 10, 1];

const inLane = (n: number): number => (n <= LANE_MAX && n >= -LANE_MAX ? n : NaN);

/** Whole cents in numbers; NaN for what the lane does not take, which then spreads through every sum. */
const LANE: AmountCalculator<number> = {
  cents: (c) => inLane(Number(c)), // approximate only far beyond LANE_MAX, which is then refused
  exact: (x) => (x.s > 2 ? NaN : inLane(Number(x.m) * TO_CENTS[x.s])),
  add: (a, b) => a + b,
  subtract: (a, b) => a - b,
  negativePart: (a) => Math.max(0, -a),
};

const EXACT: AmountCalculator<Fixed> = {
  cents,
  exact: (x) => x,
  add,
  subtract: sub,
  negativePart: (a) => (a.m < 0n ? { m: -a.m, s: a.s } : cents(0n)),
};

/** Every structure's, manager's and the convention's amounts, by the number lane when it takes them all. */
export function sumAmounts(bases: readonly StructureBase[], payments: readonly Payments[], managerCount: number): AmountSums {
  return laneSums(bases, payments, managerCount) ?? exactSums(bases, payments, managerCount);
}

function laneSums(bases: readonly StructureBase[], payments: readonly Payments[], managerCount: number): AmountSums | undefined {
  // Whole cents below 2^53 are exact in a Float64Array, which the garbage collector never scans:
  // a structure's amounts are turned into strings only when its result is built.
  const all = new Float64Array(bases.length * COUNT);
  const managers = Array.from({ length: managerCount }, () => new Float64Array(COUNT));
  for (let i = 0; i < bases.length; i++) {
    const values = structureAmounts(bases[i], payments[i], LANE);
    const sums = managers[bases[i].managerIndex];
    const at = i * COUNT;
    for (let k = 0; k < COUNT; k++) {
      const v = values[AMOUNT_KEYS[k]];
      if (Number.isNaN(v)) return undefined;
      all[at + k] = v;
      sums[k] += v;
    }
  }
  const totals = new Float64Array(COUNT);
  const scratch = blankAmounts();
  for (const m of managers) for (let k = 0; k < COUNT; k++) totals[k] += m[k];
  return {
    structure: (i) => writeLane(all, i * COUNT, scratch),
    managers: managers.map((m) => writeLane(m, 0, {})),
    totals: writeLane(totals, 0, {}),
    final: cents(BigInt(totals[FINAL])),
  };
}

/**
 * Writes the amounts as euro strings. Equal amounts of one result share one string (the
 * deduction is usually the forfait, the actual payroll the forecast one, the allocation the
 * request): a national result holds hundreds of thousands of them.
 */
function writeLane<T extends object>(lane: Float64Array, at: number, into: T): T & Amounts {
  const out = into as Record<string, unknown>;
  for (let k = 0; k < COUNT; k++) {
    const v = lane[at + k];
    let j = 0;
    while (j < k && lane[at + j] !== v) j++;
    out[AMOUNT_KEYS[k]] = j < k ? out[AMOUNT_KEYS[j]] : wholeCentsToEuros(v);
  }
  return into as T & Amounts;
}

/** The exact path, for amounts with fractions of a cent or beyond the number lane. */
function exactSums(bases: readonly StructureBase[], payments: readonly Payments[], managerCount: number): AmountSums {
  const structures = bases.map((b, i) => structureAmounts(b, payments[i], EXACT));
  const managers = Array.from({ length: managerCount }, () => zeros());
  structures.forEach((values, i) => addInto(managers[bases[i].managerIndex], values));
  const totals = zeros();
  for (const m of managers) addInto(totals, m);
  return {
    structure: (i) => writeExact(structures[i], {}),
    managers: managers.map((m) => writeExact(m, {})),
    totals: writeExact(totals, {}),
    final: totals.final,
  };
}

/** Amounts with every key in place, in order: written later without adding a property. */
function blankAmounts(): Amounts {
  const amounts = {} as Amounts;
  for (const key of AMOUNT_KEYS) amounts[key] = "";
  return amounts;
}

function zeros(): AmountValues<Fixed> {
  return Object.fromEntries(AMOUNT_KEYS.map((k) => [k, cents(0n)])) as AmountValues<Fixed>;
}

function addInto(sums: AmountValues<Fixed>, values: AmountValues<Fixed>): void {
  for (const k of AMOUNT_KEYS) sums[k] = add(sums[k], values[k]);
}

/** Each exact amount rounded to the cent once, at the end. */
function writeExact<T extends object>(values: AmountValues<Fixed>, into: T): T & Amounts {
  const out = into as Record<AmountKey, string>;
  for (const k of AMOUNT_KEYS) out[k] = centsToEuros(toCentsFixed(values[k]));
  return into as T & Amounts;
}
