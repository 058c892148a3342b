import { baseSalary } from "../point";
import { employerRate, type AgentStatus } from "../employerRate";
import type { Decimal } from "../money";
import type { ParameterSet } from "../parameters/lookup";
import type { ParameterUse } from "../parameters/types";
import type { Trace } from "./trace";

/** What one computation needs besides the scenario: the year, the parameters, caches, and the parameters used. */
export class Context {
  readonly date: string;
  /** Every parameter value read, by `name@from`: the basis of the "estimated parameters used" warning. */
  readonly used = new Map<string, ParameterUse>();
  private readonly salaries = new Map<number, Decimal>();
  private readonly rates = new Map<AgentStatus, { rate: Decimal; lines: ParameterUse[] }>();

  constructor(
    readonly year: number,
    readonly params: ParameterSet,
    readonly traces: boolean,
  ) {
    this.date = `${year}-01-01`;
  }

  /** A parameter at the start of the year (or at `date`), recorded as used. */
  param(name: string, date = this.date): ParameterUse & { decimal: Decimal } {
    const use = this.params.at(name, date);
    this.record(use);
    return use;
  }

  record(use: ParameterUse): void {
    const key = `${use.name}@${use.from}`;
    if (!this.used.has(key)) this.used.set(key, strip(use));
  }

  /** Annual base salary of an indice majoré this year (cached: many agents share an indice). */
  baseSalary(indiceMajore: number): Decimal {
    let salary = this.salaries.get(indiceMajore);
    if (!salary) {
      salary = baseSalary(indiceMajore, this.year, this.params);
      this.salaries.set(indiceMajore, salary);
      for (let month = 1; month <= 12; month++) this.record(this.params.at("point.annuel", `${this.year}-${String(month).padStart(2, "0")}-01`));
    }
    return salary;
  }

  /** The point d'indice values in force during the year, in date order (two when the point changes on 1 July). */
  pointValues(): ParameterUse[] {
    const byFrom = new Map<string, ParameterUse>();
    for (let month = 1; month <= 12; month++) {
      const use = this.params.at("point.annuel", `${this.year}-${String(month).padStart(2, "0")}-01`);
      byFrom.set(use.from, strip(use));
    }
    return [...byFrom.values()];
  }

  /** Preset employer rate of a status this year (cached). */
  employerRate(status: AgentStatus): { rate: Decimal; lines: ParameterUse[] } {
    let preset = this.rates.get(status);
    if (!preset) {
      preset = employerRate(status, this.year, this.params);
      this.rates.set(status, preset);
      preset.lines.forEach((l) => this.record(l));
    }
    return preset;
  }

  /** A trace, or nothing when traces are off. */
  trace(formula: string, values: Record<string, string>, parameters: readonly ParameterUse[] = []): Trace | undefined {
    return this.traces ? { formula, values, parameters: parameters.map(strip) } : undefined;
  }
}

/** A parameter use without its Decimal (plain data for traces and JSON). */
export function strip(use: ParameterUse): ParameterUse {
  return { name: use.name, label: use.label, unit: use.unit, from: use.from, value: use.value, status: use.status, source: use.source };
}
