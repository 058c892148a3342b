/**
 * A stand-in for Excel's `CustomFunctions` global: what the custom functions use of it
 * (Error, ErrorCode, associate). Importing this module installs it.
 */

/** An Excel error value as a custom function returns it: `#VALUE!`, `#N/A`… with a message. */
export class ExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** The functions registered through `associate`, by id. */
export const registered = new Map<string, (...args: unknown[]) => unknown>();

export function customFunctionsStub() {
  return {
    Error: ExcelError,
    ErrorCode,
    associate(id: string, fn: (...args: unknown[]) => unknown) {
      registered.set(id, fn);
    },
  };
}

Object.assign(globalThis, { CustomFunctions: customFunctionsStub() });

/** What a cell shows: the value, or the error as "#CODE message". Anything else thrown fails the test. */
export function cell(compute: () => unknown): unknown {
  try {
    return compute();
  } catch (error) {
    if (error instanceof ExcelError) return `${error.code} ${error.message}`;
    throw error;
  }
}
