import type { ParameterUse } from "../parameters/types";

/**
 * How an amount was obtained: the formula in French, the values put into it, and the dated
 * parameters it used with their sources, so that every figure can be explained to a user.
 */
export interface Trace {
  /** E.g. `arrondi(taux × max(0 ; masse salariale − déduction))`. */
  formula: string;
  /** The values of the formula's terms, as exact decimal strings. */
  values: Record<string, string>;
  /** The parameters used, with value, start date, source and status. */
  parameters: ParameterUse[];
}

/** How to build the traces of one result, kept until they are first read. */
const recipes = new WeakMap<object, () => unknown>();

function settle(target: object, value: unknown): void {
  recipes.delete(target);
  Object.defineProperty(target, "traces", { value, writable: true, enumerable: true, configurable: true });
}

function readTraces(this: object): unknown {
  const build = recipes.get(this);
  const value = build ? build() : undefined;
  settle(this, value);
  return value;
}

function writeTraces(this: object, value: unknown): void {
  settle(this, value);
}

/** One descriptor for every lazy `traces`: the same accessors everywhere keep results cheap to create. */
const LAZY: PropertyDescriptor = { get: readTraces, set: writeTraces, enumerable: true, configurable: true };

/**
 * Gives `target` a `traces` property that is built by `build` when first read, then kept as a
 * plain value. A national projection creates hundreds of thousands of traces that are seldom all
 * read; building them on demand saves most of the time and memory they cost. The property is
 * own and enumerable: JSON.stringify, a spread or a deep comparison read it like any other.
 * `build` must only read values already computed (it runs after the computation).
 */
export function lazyTraces<T extends object>(target: T, build: () => unknown): T {
  recipes.set(target, build);
  Object.defineProperty(target, "traces", LAZY);
  return target;
}
