import { CalcError, type Issue } from "../../calc";

/** The issues of the CalcError `fn` throws; fails the test when it throws nothing or something else. */
export function issuesOf(fn: () => unknown): Issue[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof CalcError) return [...e.issues];
    throw new Error(`expected a CalcError, got ${String(e)}`);
  }
  throw new Error("expected a CalcError, nothing was thrown");
}

/** The CalcError `fn` throws. */
export function calcErrorOf(fn: () => unknown): CalcError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CalcError) return e;
    throw new Error(`expected a CalcError, got ${String(e)}`);
  }
  throw new Error("expected a CalcError, nothing was thrown");
}
