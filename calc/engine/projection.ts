import { CalcError, type Issue } from "../errors";
import { checkYear } from "../checks";
import { ParameterSet } from "../parameters/lookup";
import type { Scenario } from "../scenario/schema";
import { computeConvention } from "./convention";
import { sumByExercice } from "./schedule";
import type { BudgetYear, ConventionResult } from "./types";

/** A multi-year projection: the same convention computed for each year with that year's parameters. */
export interface Projection {
  from: number;
  to: number;
  years: ConventionResult[];
  /**
   * The conventions' payments and other lines by budget year, chained: budget year N holds the
   * acomptes of convention N and the soldes of convention N − 1 (the last year's soldes fall after `to`).
   */
  byExercice: Record<string, BudgetYear>;
}

/**
 * Projects a scenario over several years (e.g. 2022–2026): the same structures and agents, with
 * each year's forfait, point d'indice, contribution rates and envelope. Actuals and objectives
 * apply only to the scenario's own year; the other years are forecasts.
 *
 * @throws {CalcError} listing, for every year, the parameters that have no value.
 */
export function project(scenario: Scenario, from: number, to: number, options: { traces?: boolean } = {}): Projection {
  checkYear(from, "première année");
  checkYear(to, "dernière année");
  if (to < from || to - from > 30) {
    throw new CalcError([
      {
        code: "hors_bornes",
        path: "années",
        message: "la période doit aller d'une année à une année égale ou postérieure, 31 ans au plus",
      },
    ]);
  }
  const params = new ParameterSet(undefined, scenario.parameters);
  const years: ConventionResult[] = [];
  const issues: Issue[] = [];
  for (let year = from; year <= to; year++) {
    try {
      years.push(computeConvention(scenario, { year, params, traces: options.traces }));
    } catch (e) {
      if (!(e instanceof CalcError)) throw e;
      issues.push(...e.issues.map((i) => ({ ...i, message: `${year} : ${i.message}` })));
    }
  }
  if (issues.length) throw new CalcError(issues);
  return { from, to, years, byExercice: sumByExercice(years.map((y) => y.budget.byExercice)) };
}
