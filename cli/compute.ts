import {
  CalcError,
  compute,
  csvLines,
  jsonChunks,
  project,
  StreamedArray,
  validateScenario,
  visible,
  type ConventionResult,
  type Issue,
  type Scenario,
  type ScenarioInput,
} from "../calc";
import { sumByExercice } from "../calc/engine/schedule";
import { formatIssues, formatProjection, formatReport, type ProjectionTotals } from "./format";
import { invalid, readScenario } from "./input";
import { lines, usageError, withNewline, writeAll, type Io } from "./io";
import { checkMemory } from "./memory";
import { parseOptions } from "./options";
import { isEstimate } from "./text";
import { checkTargets, makeFolder, writeTargets, xlsxTargets } from "./xlsx";

export async function computeCommand(args: string[], io: Io): Promise<void> {
  const o = parseOptions(
    "compute",
    args,
    ["--json", "--csv", "--sans-traces", "--remplacer"],
    ["--projection", "--xlsx", "--xlsx-par-gestionnaire"],
  );
  if (o.positionals.length === 0) throw usageError("fs-ctec compute : indiquez le fichier du scénario", true);
  if (o.positionals.length > 1)
    throw usageError(
      `fs-ctec compute : un seul fichier de scénario (reçu : ${o.positionals.map((p) => `« ${visible(p)} »`).join(", ")})`,
      true,
    );
  const json = o.flags.has("--json");
  const csv = o.flags.has("--csv");
  if (json && csv) throw usageError("fs-ctec compute : --json et --csv s'excluent ; choisissez l'un des deux", true);
  const period = o.values.get("--projection");
  if (period !== undefined && csv) throw usageError("fs-ctec compute : --csv ne s'applique pas à une projection (utilisez --json)", true);
  const xlsx = o.values.get("--xlsx");
  const perManager = o.values.get("--xlsx-par-gestionnaire");
  const replace = o.flags.has("--remplacer");
  checkWorkbookOptions(xlsx, perManager, replace, period);
  const m = period === undefined ? null : /^(\d{4})-(\d{4})$/.exec(period);
  if (period !== undefined && !m) throw usageError("fs-ctec compute : --projection attend une période, par exemple 2022-2026");
  const traces = !o.flags.has("--sans-traces");
  const file = o.positionals[0];
  const data = await readScenario(file, io);
  checkMemory(data, traces, { whole: xlsx !== undefined, perManager: perManager !== undefined });
  if (m) return projectionCommand(file, data, Number(m[1]), Number(m[2]), json, traces, io);
  const outcome = compute(data, { traces });
  if (!outcome.ok) throw invalid(file, outcome.issues);
  const r = outcome.result;
  if (xlsx !== undefined || perManager !== undefined) {
    // Every workbook is written (or none, on a failure) before the report: a report on stdout means the files are there.
    const targets = xlsxTargets(r, data as ScenarioInput, { xlsx, perManager });
    await checkTargets(targets, replace);
    if (perManager !== undefined) await makeFolder(perManager);
    await writeTargets(targets, replace);
    const folder = perManager === undefined ? "" : `« ${visible(perManager)} »`;
    const said =
      targets.length === 1
        ? `classeur écrit : « ${visible(targets[0].file)} »`
        : xlsx === undefined
          ? `${targets.length} classeurs écrits dans ${folder}`
          : `${targets.length} classeurs écrits : « ${visible(xlsx)} » et ${targets.length - 1} dans ${folder}`;
    await io.stderr.write(`fs-ctec : ${said}\n`);
  }
  if (json) await writeAll(io.stdout, withNewline(jsonChunks(r, { release: true })));
  else if (csv) await writeAll(io.stdout, csvLines(r));
  else await writeAll(io.stdout, lines(formatReport(r) + "\n"));
}

/** The workbook options together: where they may go, and with what. */
function checkWorkbookOptions(
  xlsx: string | undefined,
  perManager: string | undefined,
  replace: boolean,
  period: string | undefined,
): void {
  const any = xlsx !== undefined || perManager !== undefined;
  if (any && period !== undefined)
    throw usageError(
      "fs-ctec compute : --xlsx et --xlsx-par-gestionnaire ne s'appliquent pas à une projection ; calculez chaque année sans --projection pour en avoir le classeur",
      true,
    );
  if (replace && !any) throw usageError("fs-ctec compute : --remplacer ne s'applique qu'avec --xlsx ou --xlsx-par-gestionnaire", true);
  if (xlsx === "-")
    throw usageError("fs-ctec compute : --xlsx attend un nom de fichier ; un classeur ne s'écrit pas sur la sortie standard", true);
  if (xlsx !== undefined && !/\.xlsx$/i.test(xlsx))
    throw usageError(`fs-ctec compute : --xlsx attend un nom de fichier en .xlsx (reçu : « ${visible(xlsx)} »)`, true);
  if (perManager === "-") throw usageError("fs-ctec compute : --xlsx-par-gestionnaire attend un dossier", true);
}

/** One year of a projection, computed alone (project over that single year): a year's result is all that is held at once. */
function projectYear(scenario: Scenario, year: number, traces: boolean): ConventionResult {
  return project(scenario, year, year, { traces }).years[0];
}

/**
 * A projection, computed one year at a time so that memory holds one year's result, never the
 * whole period's (31 years of a national scenario do not fit). The period and the year-level
 * parameters are checked first by `project` itself on the scenario without its structures; then
 * every year is computed once to collect every error (as `project` does) before anything is
 * written; with --json the years are computed again, each written and let go.
 */
async function projectionCommand(
  file: string,
  data: unknown,
  from: number,
  to: number,
  json: boolean,
  traces: boolean,
  io: Io,
): Promise<void> {
  const validation = validateScenario(data);
  if (!validation.ok) throw invalid(file, validation.issues);
  const scenario = validation.scenario;
  const failed = (e: unknown): never => {
    if (e instanceof CalcError) throw usageError(`fs-ctec : projection impossible :\n${formatIssues(e.issues)}`);
    throw e;
  };
  try {
    project({ ...scenario, managers: [] }, from, to, { traces: false });
  } catch (e) {
    failed(e);
  }
  const years: ProjectionTotals["years"] = [];
  const budgetYears: ConventionResult["budget"]["byExercice"][] = [];
  const issues: Issue[] = [];
  for (let year = from; year <= to; year++) {
    try {
      const r = projectYear(scenario, year, false);
      years.push({ year: r.year, totals: r.totals, rules: r.rules, parametersUsed: r.parametersUsed.filter(isEstimate) });
      budgetYears.push(r.budget.byExercice);
    } catch (e) {
      if (!(e instanceof CalcError)) throw e;
      issues.push(...e.issues);
    }
  }
  if (issues.length) failed(new CalcError(issues));
  // Chained as project() chains them: budget year N holds convention N's acomptes and convention N − 1's soldes.
  const byExercice = sumByExercice(budgetYears);
  if (!json) return writeAll(io.stdout, lines(formatProjection({ from, to, years, byExercice }) + "\n"));
  function* results(): Generator<ConventionResult> {
    for (let year = from; year <= to; year++) yield projectYear(scenario, year, traces);
  }
  // The keys in the order of project's Projection ({ from, to, years, byExercice }): the output is JSON.stringify(project(…), null, 2).
  const projection = { from, to, years: new StreamedArray(results()), byExercice };
  await writeAll(io.stdout, withNewline(jsonChunks(projection, { release: true })));
}
