/**
 * The built functions.js loaded as Excel's JavaScript-only runtime runs it: a bare JavaScript
 * context where only the CustomFunctions global exists (the stub of ./customFunctions), limited
 * to ECMAScript 2016 (no BigInt, no ES2017+ built-in, not even globalThis). Shared by the bundle tests and the fuzzing
 * of the functions through the bundle.
 */
import fs from "fs";
import path from "path";
import vm from "vm";
import { customFunctionsStub, registered } from "./customFunctions";
import { builtDist } from "./build";

/** Built-ins of ECMAScript 2017 and later, removed from the context before the bundle runs. */
const LATER_BUILT_INS = `
  delete globalThis.BigInt; delete globalThis.BigInt64Array; delete globalThis.BigUint64Array;
  delete globalThis.WeakRef; delete globalThis.FinalizationRegistry; delete globalThis.AggregateError;
  delete globalThis.structuredClone; delete globalThis.SharedArrayBuffer; delete globalThis.Atomics;
  for (const k of ["entries", "values", "getOwnPropertyDescriptors", "fromEntries", "hasOwn", "groupBy"]) delete Object[k];
  for (const k of ["padStart", "padEnd", "trimStart", "trimEnd", "trimLeft", "trimRight", "matchAll", "replaceAll", "at", "isWellFormed", "toWellFormed"]) delete String.prototype[k];
  for (const k of ["flat", "flatMap", "at", "findLast", "findLastIndex", "toSorted", "toReversed", "toSpliced", "with"]) delete Array.prototype[k];
  for (const k of ["allSettled", "any", "withResolvers"]) delete Promise[k];
  delete Promise.prototype.finally;
  delete Symbol.asyncIterator;
  delete globalThis.globalThis;
`;

/** Copies arrays, at any depth, into the context's realm (its Array.prototype has no ES2017+ method). */
const TO_REALM = `(function toRealm(value) {
  if (!Array.isArray(value)) return value;
  var copy = []; // a literal: an array of the context (value.map would make one of the caller's realm)
  for (var i = 0; i < value.length; i++) copy.push(toRealm(value[i]));
  return copy;
})`;

export interface Bundle {
  /** The production build's directory. */
  dist: string;
  /** The source of functions.js. */
  code: string;
  /** The context the bundle ran in. */
  context: vm.Context;
  /** The function the bundle registered under `id` (fails when there is none). */
  fn(id: string): (...args: unknown[]) => unknown;
  /**
   * An argument as Excel would pass it to the bundle: arrays rebuilt in the context's realm, so
   * that a call on a range cannot use a method the runtime lacks. Other values are unchanged.
   */
  toRealm<T>(value: T): T;
}

/**
 * Builds (or reuses) the production bundle and runs functions.js in a fresh bare context. The
 * functions it registers through `CustomFunctions.associate` land in `registered`; the errors
 * they throw are the stub's `ExcelError` (the stub object is shared with the context).
 */
export async function loadBundle(): Promise<Bundle> {
  const dist = await builtDist();
  const code = fs.readFileSync(path.join(dist, "functions.js"), "utf8");
  const context = vm.createContext({ CustomFunctions: customFunctionsStub() });
  vm.runInContext(LATER_BUILT_INS, context);
  const missing = vm.runInContext(
    "typeof BigInt + typeof Object.entries + typeof ''.padStart + typeof [].flat + typeof globalThis",
    context,
  );
  if (missing !== "undefined".repeat(5)) throw new Error(`the context still has ES2017+ built-ins: ${missing}`);
  registered.clear();
  vm.runInContext(code, context, { filename: "functions.js" });
  // core-js found the global object without globalThis (and without Function("return this")).
  const polyfilled = vm.runInContext("typeof Object.entries + typeof ''.padStart", context);
  if (polyfilled !== "functionfunction") throw new Error(`functions.js did not install its polyfills: ${polyfilled}`);
  const toRealm = vm.runInContext(TO_REALM, context) as (value: unknown) => unknown;
  return {
    dist,
    code,
    context,
    fn(id) {
      const f = registered.get(id);
      if (!f) throw new Error(`functions.js does not register ${id}`);
      return f;
    },
    toRealm: <T>(value: T) => toRealm(value) as T,
  };
}
