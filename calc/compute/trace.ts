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
