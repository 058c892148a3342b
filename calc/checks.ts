/**
 * The preconditions of the public functions live beside the scenario's bounds, which they
 * derive from (scenario/checks.ts, scenario/bounds.ts); this module keeps the path the rules import.
 */
export {
  checkAmount,
  checkFte,
  checkIndiceMajore,
  checkMonths,
  checkPositiveInteger,
  checkRate,
  checkWeight,
  checkYear,
} from "./scenario/checks";
