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

/**
 * How a result's traces are built when first read: `traces(target)` returns the traces of
 * `target`. One recipe may serve several results (a structure and its agent lines share one), so
 * that a national result holds one small object per structure rather than a closure per line.
 */
export interface Recipe {
  traces(target: object): unknown;
}

/**
 * Where a result keeps its recipe until its traces are first read: a non-enumerable symbol
 * property, which JSON, Object.keys, deep comparisons and structuredClone leave out. Not a
 * WeakMap: with a national scenario's hundreds of thousands of results, a WeakMap makes every
 * young-generation garbage collection slower (its entries are processed at each one), and the
 * cost grew faster than the number of structures.
 */
const RECIPE = Symbol("recette des traces");

type Lazy = { [RECIPE]?: Recipe | undefined };

/** Replaces a lazy `traces` by its value, and lets the recipe go. */
export function settleTraces(target: object, value: unknown): void {
  Object.defineProperty(target, "traces", { value, writable: true, enumerable: true, configurable: true });
  (target as Lazy)[RECIPE] = undefined;
}

/** Whether `target`'s traces are still to be built. */
export function tracesPending(target: object): boolean {
  return (target as Lazy)[RECIPE] !== undefined;
}

function readTraces(this: Lazy): unknown {
  const recipe = this[RECIPE];
  const value = recipe ? recipe.traces(this) : undefined;
  settleTraces(this, value);
  return value;
}

function writeTraces(this: Lazy, value: unknown): void {
  settleTraces(this, value);
}

/** One descriptor for every lazy `traces`: the same accessors everywhere keep results cheap to create. */
const LAZY: PropertyDescriptor = { get: readTraces, set: writeTraces, enumerable: true, configurable: true };

/**
 * Gives `target` a `traces` property that is built by `recipe` when first read, then kept as a
 * plain value. A national projection creates hundreds of thousands of traces that are seldom all
 * read; building them on demand saves most of the time and memory they cost. The property is
 * own and enumerable: JSON.stringify, a spread or a deep comparison read it like any other.
 * The recipe must only read values already computed (it runs after the computation).
 */
export function lazyTraces<T extends object>(target: T, recipe: Recipe): T {
  Object.defineProperty(target, RECIPE, { value: recipe, writable: true, enumerable: false, configurable: true });
  Object.defineProperty(target, "traces", LAZY);
  return target;
}
