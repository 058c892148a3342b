import type { AgentStatus } from "../rules/employerRate";
import { EMPLOYER_RATE_PRESETS } from "../parameters/data";
import { add, fixed, type Fixed } from "../arithmetic/fixed";
import { baseSalaryCents } from "./exact";
import type { Decimal } from "../arithmetic/money";
import type { ParameterSet } from "../parameters/lookup";
import type { ParameterUse } from "../parameters/types";
import type { Trace } from "./trace";

/** A parameter value as the engine uses it: plain data for traces, and its exact value. */
export type Used = ParameterUse & { decimal: Decimal; plain: ParameterUse; fixed: Fixed };

/** What one computation needs besides the scenario: the year, the parameters, caches, and the parameters used. */
export class Context {
  readonly date: string;
  /** Every parameter value read, by `name@from`: the basis of the "estimated parameters used" warning. */
  readonly used = new Map<string, ParameterUse>();
  private readonly salaries = new Map<number, bigint>();
  private readonly exact = new Map<string, Used>();
  private readonly atStart = new Map<string, Used>();
  private readonly rates = new Map<AgentStatus, { exact: Fixed; lines: ParameterUse[] }>();
  private readonly salaryUses = new Map<AgentStatus, ParameterUse[]>();

  constructor(
    readonly year: number,
    readonly params: ParameterSet,
    readonly traces: boolean,
  ) {
    this.date = `${year}-01-01`;
  }

  /** A parameter at the start of the year (or at `date`), recorded as used. */
  param(name: string, date = this.date): Used {
    // At the start of the year (nearly every call): found by name, without building a key.
    if (date === this.date) {
      const atStart = this.atStart.get(name);
      if (atStart) return atStart;
    }
    const key = `${name}@${date}`;
    let used = this.exact.get(key);
    if (!used) {
      const use = this.params.at(name, date);
      used = { ...use.plain, decimal: use.decimal, plain: use.plain, fixed: fixed(use.value) };
      this.exact.set(key, used);
      this.record(use);
    }
    if (date === this.date) this.atStart.set(name, used);
    return used;
  }

  record(use: ParameterUse & { plain: ParameterUse }): void {
    const key = `${use.name}@${use.from}`;
    if (!this.used.has(key)) this.used.set(key, use.plain);
  }

  /** Annual base salary of an indice majoré this year, in cents (cached: many agents share an indice). */
  baseSalaryCents(indiceMajore: number): bigint {
    let salary = this.salaries.get(indiceMajore);
    if (salary === undefined) {
      salary = baseSalaryCents(indiceMajore, this.year, this.params);
      this.salaries.set(indiceMajore, salary);
      for (let month = 1; month <= 12; month++)
        this.record(this.params.at("point.annuel", `${this.year}-${String(month).padStart(2, "0")}-01`));
    }
    return salary;
  }

  /** Preset employer rate of a status this year (cached). */
  employerRate(status: AgentStatus): { exact: Fixed; lines: ParameterUse[] } {
    let preset = this.rates.get(status);
    if (!preset) {
      const lines = EMPLOYER_RATE_PRESETS[status].map((name) => this.param(name));
      let exact: Fixed = { m: 0n, s: 0 };
      for (const line of lines) exact = add(exact, line.fixed);
      preset = { exact, lines: lines.map((l) => l.plain) };
      this.rates.set(status, preset);
    }
    return preset;
  }

  /** The parameters a salary from an indice majoré cites: the point values in force during the year, then the rate lines. */
  salaryParameters(status: AgentStatus): ParameterUse[] {
    let uses = this.salaryUses.get(status);
    if (!uses) {
      const rateLines = this.employerRate(status).lines;
      const points = new Map<string, ParameterUse>();
      for (let month = 1; month <= 12; month++) {
        const use = this.params.at("point.annuel", `${this.year}-${String(month).padStart(2, "0")}-01`).plain;
        points.set(use.from, use);
      }
      uses = [...points.values(), ...rateLines];
      this.salaryUses.set(status, uses);
    }
    return uses;
  }

  /**
   * A trace, or nothing when traces are off. The parameter uses are the shared plain objects
   * of the parameter set (never copied per amount: a national scenario cites them thousands of times).
   */
  trace(
    formula: string,
    values: Record<string, string>,
    parameters: readonly (ParameterUse & { plain?: ParameterUse })[] = NONE,
  ): Trace | undefined {
    if (!this.traces) return undefined;
    return { formula, values, parameters: parameters.length === 0 ? NO_PARAMETERS : parameters.map((p) => p.plain ?? p) };
  }

  /** {@link trace} of a rule's explanation (its `explain.ts`): the wording beside the rule, the parameters from here. */
  explain(
    explanation: { formula: string; values: Record<string, string> },
    parameters?: readonly (ParameterUse & { plain?: ParameterUse })[],
  ): Trace | undefined {
    return this.trace(explanation.formula, explanation.values, parameters);
  }
}

const NONE: readonly ParameterUse[] = [];
/** The parameters of a trace that cites none: one shared empty list, frozen. */
export const NO_PARAMETERS = Object.freeze([]) as unknown as ParameterUse[];
