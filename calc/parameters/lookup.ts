import { assert, CalcError, quoted } from "../errors";
import { Dec, type Decimal } from "../arithmetic/money";
import { DEFAULT_KNOWN_UNTIL, PARAMETERS } from "./data";
import { PARAMETER_STATUS_TERMS } from "../glossary";
import type { Parameter, ParameterUse, ParameterValue } from "./types";

/** A parameter override given by a scenario: one value for every date, or dated values. */
export type ParameterOverride = number | string | ReadonlyArray<{ from: string; value: number | string }>;

/** Source recorded for every value a scenario overrides. */
export const OVERRIDE_SOURCE = "Valeur saisie dans le scénario";

interface Resolved extends ParameterUse {
  decimal: Decimal;
  /** The same use as plain data (no Decimal): shared by every trace that cites it. */
  plain: ParameterUse;
}

/** The parameters in force for a computation: the reference set with a scenario's overrides. */
export class ParameterSet {
  private readonly byName: Map<string, Parameter>;
  private readonly cache = new Map<string, Resolved>();

  constructor(parameters: readonly Parameter[] = PARAMETERS, overrides: Readonly<Record<string, ParameterOverride>> = {}) {
    this.byName = new Map(parameters.map((p) => [p.name, p]));
    for (const [name, override] of Object.entries(overrides)) {
      const base = this.byName.get(name);
      assert(base, "parametre_inconnu", `parameters.${name}`, `paramètre inconnu ${quoted(name)}`);
      this.byName.set(name, { ...base, values: overrideValues(override) });
    }
  }

  /** Every parameter, reference values replaced by overrides. */
  list(): readonly Parameter[] {
    return [...this.byName.values()];
  }

  /** Whether a parameter of that name exists. */
  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The date of the first value of `name` (before it the parameter has no value: e.g. no forfait before 2020). */
  firstDate(name: string): string {
    const parameter = this.byName.get(name);
    assert(parameter, "parametre_inconnu", name, `paramètre inconnu ${quoted(name)}`);
    return parameter.values[0].from;
  }

  /**
   * The latest value of `name` (the one in force from its last date on), with its source and
   * status: the default of a policy figure when no date is given (an Excel function's rate).
   */
  latest(name: string): ParameterUse & { decimal: Decimal; plain: ParameterUse } {
    const parameter = this.byName.get(name);
    assert(parameter, "parametre_inconnu", name, `paramètre inconnu ${quoted(name)}`);
    return this.at(name, parameter.values[parameter.values.length - 1].from);
  }

  /**
   * The value of `name` in force at `date` (ISO `YYYY-MM-DD`), with its source and status.
   *
   * @throws {CalcError} `parametre_inconnu` for an unknown name, `donnee_absente` before the
   *   first value, `non_publie` when the value at that date is not published.
   */
  at(name: string, date: string): ParameterUse & { decimal: Decimal; plain: ParameterUse } {
    const key = `${name}@${date}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const parameter = this.byName.get(name);
    assert(parameter, "parametre_inconnu", name, `paramètre inconnu ${quoted(name)}`);
    let found: ParameterValue | undefined;
    for (const value of parameter.values) if (value.from <= date) found = value;
    if (!found) {
      throw new CalcError([
        {
          code: "donnee_absente",
          path: name,
          message: `aucune valeur de « ${parameter.label} » avant le ${frenchDate(parameter.values[0].from)}`,
        },
      ]);
    }
    if (found.value === null) {
      throw new CalcError([
        { code: "non_publie", path: name, message: `« ${parameter.label} » n'est pas publié pour le ${frenchDate(date)}` },
      ]);
    }
    const knownUntil = parameter.knownUntil ?? DEFAULT_KNOWN_UNTIL;
    const extended = date > knownUntil && found.status === "source";
    const plain: ParameterUse = Object.freeze({
      name,
      label: parameter.label,
      unit: parameter.unit,
      from: found.from,
      value: found.value,
      status: extended ? "estimate" : found.status,
      source: extended
        ? `${PARAMETER_STATUS_TERMS.estimate.label} : valeur connue jusqu'au ${frenchDate(knownUntil)}, prolongée faute de mieux (${found.source})`
        : found.source,
    });
    const resolved: Resolved = { ...plain, decimal: new Dec(found.value), plain };
    this.cache.set(key, resolved);
    return resolved;
  }
}

function overrideValues(override: ParameterOverride): ParameterValue[] {
  const dated = typeof override === "number" || typeof override === "string" ? [{ from: "0001-01-01", value: override }] : override;
  return [...dated]
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
    .map((d) => ({ from: d.from, value: new Dec(d.value).toString(), status: "decision" as const, source: OVERRIDE_SOURCE }));
}

/** `2022-07-01` → `1er juillet 2022`. */
export function frenchDate(iso: string): string {
  const months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
  const [y, m, d] = iso.split("-").map(Number);
  return `${d === 1 ? "1er" : d} ${months[m - 1]} ${y}`;
}

/** The reference parameter set, without overrides (shared: it is immutable). */
export const REFERENCE_PARAMETERS = new ParameterSet();
