/** How much a figure can be trusted: published, estimated, or a choice of the product. */
export type ParameterStatus = "source" | "estimate" | "decision";

/** One value of a parameter, in force from `from` until the next value's `from`. */
export interface ParameterValue {
  /** ISO date `YYYY-MM-DD` from which the value is in force. */
  from: string;
  /** Decimal string; `null` when the figure exists but is not published (Excel: `#N/A`). */
  value: string | null;
  status: ParameterStatus;
  /** Where the figure comes from, in words a finance user can check. */
  source: string;
}

/** A dated parameter, in the spirit of OpenFisca's parameter files. */
export interface Parameter {
  /** Stable dotted name, e.g. `forfait.total`. */
  name: string;
  /** French label for people. */
  label: string;
  /** `EUR`, `taux` (a fraction: 0.8 = 80 %), `EUR/point/an`, `indice`, `agents` (a number of persons). */
  unit: "EUR" | "taux" | "EUR/point/an" | "indice" | "agents";
  /** Values in increasing `from` order. */
  values: readonly ParameterValue[];
  /**
   * Last date the figures are known for (ISO). Past it the last value is still used, but as an
   * estimate: nothing says it stays in force. Default: the end of the parameter set's year.
   */
  knownUntil?: string;
}

/** The value found for a parameter at a date, with what is needed to explain it. */
export interface ParameterUse {
  name: string;
  label: string;
  unit: Parameter["unit"];
  from: string;
  value: string;
  status: ParameterStatus;
  source: string;
}
