import { open } from "node:fs/promises";
import { getHeapStatistics } from "node:v8";
import {
  CalcError,
  compute,
  LIMITS,
  project,
  scenarioJsonSchema,
  syntheticScenario,
  validateScenario,
  VOSGES_2022_EXAMPLE,
  type ConventionResult,
  type Issue,
  type Scenario,
  type ScenarioInput,
  csvLines,
  formatJsonReadError,
  jsonChunks,
  readJson,
  StreamedArray,
  visible,
  visibleLines,
} from "../calc";
import { formatIssues, formatProjection, formatReport, type ProjectionTotals } from "./format";
import { checkTargets, makeFolder, OutputFileError, writeTargets, xlsxTargets } from "./xlsx";

const USAGE = `fs-ctec — économie des France Services sous une convention départementale

Utilisation :
  fs-ctec compute FICHIER [--json | --csv] [--sans-traces]   calcule une convention
      [--xlsx CLASSEUR.xlsx]                                   écrit aussi le classeur de la convention
      [--xlsx-par-gestionnaire DOSSIER]                        écrit aussi un classeur par gestionnaire
      [--remplacer]                                            remplace les classeurs qui existent déjà
  fs-ctec compute FICHIER --projection 2022-2026 [--json]     projection pluriannuelle
  fs-ctec example                                              affiche l'exemple (Vosges 2022, illustratif)
  fs-ctec example --structures N [--graine S]                  génère un scénario synthétique de N structures
  fs-ctec schema                                               affiche le schéma JSON d'un scénario

FICHIER « - » lit l'entrée standard. Un fichier de ${LIMITS.fileBytes / 1024 / 1024} Mo au plus.
Les classeurs .xlsx portent des formules Excel natives (sans le complément) ; la sortie standard
garde son rapport (tableau, --json ou --csv) ; pas de classeur pour une projection. Un classeur
existant n'est jamais remplacé sans --remplacer. Dans DOSSIER (créé s'il manque), un fichier par
gestionnaire, nommé d'après son nom et son identifiant (nom-du-gestionnaire_identifiant.xlsx).
Codes de sortie : 0 succès, 2 fichier, scénario ou option invalide (ou mémoire insuffisante), 1 erreur inattendue.`;

/** What the command line wrote and its exit code, when run on memory outputs (tests). */
export interface CliOutput {
  stdout: string;
  stderr: string;
  code: number;
}

/** Where the command line writes: a write may wait (backpressure) and may fail with {@link OutputClosed}. */
export interface Output {
  write(chunk: string): void | Promise<void>;
}

/** The reader of the output went away (`fs-ctec … | head`): stop quietly. */
export class OutputClosed extends Error {}

/** The command line's outputs and input. */
export interface Io {
  stdout: Output;
  stderr: Output;
  /** The standard input, read for the file « - ». */
  stdin: () => AsyncIterable<Uint8Array>;
}

/** How a file is named in a message: « l'entrée standard » for « - », any control character escaped. */
function named(file: string): string {
  return file === "-" ? "l'entrée standard" : visible(file);
}

/** A user error: exit code 2 with a French message (already escaped for the terminal). */
class UsageError extends Error {}

function usageError(message: string, withUsage = false): UsageError {
  return new UsageError(`${message}${withUsage ? `\n\n${USAGE}` : ""}`);
}

/** Pieces written in blocks of about 64 KiB, waiting when the reader is slower. */
async function writeAll(out: Output, pieces: Iterable<string>): Promise<void> {
  let buffer: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    buffer.push(piece);
    size += piece.length;
    if (size >= 65536) {
      await out.write(buffer.join(""));
      buffer = [];
      size = 0;
    }
  }
  if (size) await out.write(buffer.join(""));
}

// ── options ────────────────────────────────────────────────────────────────────────────────────

interface Parsed {
  flags: Set<string>;
  values: Map<string, string>;
  positionals: string[];
}

/**
 * The options of a command: `flags` take no value, `values` take one (`--projection 2022-2026`
 * or `--projection=2022-2026`); `-` alone is a file (the standard input); after `--` everything
 * is a file. Anything else starting with `-` is an unknown option: an error, never ignored.
 */
function parseOptions(command: string, args: string[], flags: string[], values: string[]): Parsed {
  const parsed: Parsed = { flags: new Set(), values: new Map(), positionals: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      parsed.positionals.push(...args.slice(i + 1));
      break;
    }
    if (a === "-" || !a.startsWith("-")) {
      parsed.positionals.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (flags.includes(name) && eq < 0) parsed.flags.add(name);
    else if (values.includes(name)) {
      const value = eq > 0 ? a.slice(eq + 1) : args[++i];
      if (value === undefined || value === "") throw usageError(`fs-ctec ${command} : l'option ${name} attend une valeur`, true);
      if (parsed.values.has(name)) throw usageError(`fs-ctec ${command} : l'option ${name} est donnée deux fois`, true);
      parsed.values.set(name, value);
    } else throw usageError(`fs-ctec ${command} : option inconnue « ${visible(a)} »`, true);
  }
  return parsed;
}

// ── input ──────────────────────────────────────────────────────────────────────────────────────

/**
 * The bytes of a file, counted as they are read (a pipe, a device or /proc file has no size
 * `stat` can tell): at most LIMITS.fileBytes, then the reading stops and the file is refused.
 */
async function readBounded(file: string, io: Io): Promise<Buffer> {
  const limit = LIMITS.fileBytes;
  const tooBig = () =>
    usageError(`fs-ctec : ${named(file)} est trop volumineux (plus de ${limit} octets lus, ${limit / 1024 / 1024} Mo au plus)`);
  const chunks: Buffer[] = [];
  let total = 0;
  // « - » and /dev/stdin: the standard input as a stream (opening /dev/stdin fails when it is a socket, as under spawn).
  if (file === "-" || file === "/dev/stdin") {
    for await (const chunk of io.stdin()) {
      total += chunk.byteLength;
      if (total > limit) throw tooBig();
      chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks, total);
  }
  let handle;
  try {
    handle = await open(file, "r");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw usageError(`fs-ctec : fichier introuvable : ${named(file)}`);
    if (code === "EACCES" || code === "EPERM") throw usageError(`fs-ctec : lecture de ${named(file)} refusée (droits d'accès)`);
    throw usageError(
      `fs-ctec : ${named(file)} ne peut pas être ouvert (${code === "ENXIO" ? "ni fichier ni tube lisible" : (code ?? "erreur")})`,
    );
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw usageError(`fs-ctec : ${named(file)} est un dossier, pas un fichier de scénario`);
    if (stat.isFile() && stat.size > limit) throw tooBig(); // early answer; the count below is what bounds
    for (;;) {
      const buffer = Buffer.allocUnsafe(1 << 20);
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(buffer, 0, buffer.length, null));
      } catch (e) {
        throw usageError(`fs-ctec : lecture de ${named(file)} impossible (${(e as NodeJS.ErrnoException).code ?? "erreur"})`);
      }
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limit) throw tooBig();
      chunks.push(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
  return Buffer.concat(chunks, total);
}

/** The scenario's JSON value: UTF-8 (a BOM accepted), strict JSON (duplicate keys refused), French errors with line and column. */
async function readScenario(file: string, io: Io): Promise<unknown> {
  const bytes = await readBounded(file, io);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw usageError(`fs-ctec : ${named(file)} n'est pas un texte UTF-8 valide (enregistrez-le en UTF-8)`);
  }
  const read = readJson(text);
  if (!read.ok) throw usageError(`fs-ctec : ${named(file)} n'est pas un JSON valide : ${formatJsonReadError(read.error)}`);
  return read.value;
}

function invalid(file: string, issues: readonly Issue[]): UsageError {
  return usageError(`fs-ctec : ${named(file)} contient ${issues.length} erreur(s) :\n${formatIssues(issues)}`);
}

// ── compute ────────────────────────────────────────────────────────────────────────────────────

async function computeCommand(args: string[], io: Io): Promise<void> {
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

/** The lines of a text, each with its line feed: a table is written in blocks like the other outputs. */
function lines(text: string): string[] {
  return text.split(/(?<=\n)/);
}

/**
 * Memory a computation needs, measured (README, Limites): one year's result, about 7 Kio per
 * structure with its traces (28 000 structures run in a 200 Mo heap and crash in 120 Mo), 4 Kio
 * without, and the scenario itself. The output is written as it is made and holds nothing. A
 * workbook is built whole in memory before it is written: about 80 Kio per structure it holds
 * (2 800 structures crash in a 200 Mo heap and are written in 300 Mo), counted for
 * `workbookStructures` (the convention's, or the largest manager's for one file per manager).
 */
export function estimatedMemory(structures: number, traces: boolean, workbookStructures = 0): number {
  return 64 * 2 ** 20 + structures * (traces ? 7 : 4) * 1024 + workbookStructures * 80 * 1024;
}

/** Which workbooks a computation writes: the whole convention's, one per manager, or none. */
interface Workbooks {
  whole: boolean;
  perManager: boolean;
}

/** Refuses up front, with the estimate, a computation that cannot fit in the heap Node was given, rather than crash. */
function checkMemory(data: unknown, traces: boolean, workbooks: Workbooks = { whole: false, perManager: false }): void {
  const managers = (data as { managers?: unknown })?.managers;
  let structures = 0;
  let largest = 0;
  if (Array.isArray(managers))
    for (const m of managers) {
      const list = (m as { structures?: unknown })?.structures;
      if (Array.isArray(list)) {
        structures += list.length;
        largest = Math.max(largest, list.length);
      }
    }
  const inBook = workbooks.whole ? structures : workbooks.perManager ? largest : 0;
  const need = estimatedMemory(structures, traces, inBook);
  const limit = getHeapStatistics().heap_size_limit;
  if (need <= limit) return;
  const go = (bytes: number) => (bytes / 2 ** 30).toFixed(2).replace(".", ",");
  const advised = Math.ceil((need * 1.5) / 2 ** 28) * 256;
  const book = workbooks.whole ? ", classeur .xlsx compris" : workbooks.perManager ? ", classeurs par gestionnaire compris" : "";
  throw usageError(
    `fs-ctec : ce calcul demanderait environ ${go(need)} Go de mémoire (${structures} structures${traces ? ", traces comprises" : ""}${book}), plus que les ${go(limit)} Go permis à Node ici ; relancez avec NODE_OPTIONS=--max-old-space-size=${advised}${traces ? " ou avec --sans-traces" : ""}`,
  );
}

function* withNewline(pieces: Iterable<string>): Generator<string> {
  yield* pieces;
  yield "\n";
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
  const totals: ProjectionTotals = { from, to, years: [] };
  const issues: Issue[] = [];
  for (let year = from; year <= to; year++) {
    try {
      const r = projectYear(scenario, year, false);
      totals.years.push({ year: r.year, totals: r.totals });
    } catch (e) {
      if (!(e instanceof CalcError)) throw e;
      issues.push(...e.issues);
    }
  }
  if (issues.length) failed(new CalcError(issues));
  if (!json) return writeAll(io.stdout, lines(formatProjection(totals) + "\n"));
  function* years(): Generator<ConventionResult> {
    for (let year = from; year <= to; year++) yield projectYear(scenario, year, traces);
  }
  // The keys in the order of project's Projection ({ from, to, years }): the output is JSON.stringify(project(…), null, 2).
  await writeAll(io.stdout, withNewline(jsonChunks({ from, to, years: new StreamedArray(years()) }, { release: true })));
}

// ── example, schema ────────────────────────────────────────────────────────────────────────────

async function exampleCommand(args: string[], io: Io): Promise<void> {
  const o = parseOptions("example", args, [], ["--structures", "--graine", "--seed"]);
  if (o.positionals.length) throw usageError(`fs-ctec example : argument inattendu « ${visible(o.positionals[0])} »`, true);
  const structures = o.values.get("--structures");
  const seedGiven = o.values.get("--graine") ?? o.values.get("--seed");
  if (o.values.has("--graine") && o.values.has("--seed"))
    throw usageError("fs-ctec example : --graine et --seed sont la même option ; donnez-la une fois", true);
  if (structures === undefined) {
    if (seedGiven !== undefined) throw usageError("fs-ctec example : --graine ne s'applique qu'avec --structures", true);
    return writeAll(io.stdout, [JSON.stringify(VOSGES_2022_EXAMPLE, null, 2), "\n"]);
  }
  const seed = seedGiven ?? "2022";
  const n = Number(structures);
  if (!/^\d+$/.test(structures) || !Number.isInteger(n) || n < 1 || n > LIMITS.structures)
    throw usageError(`fs-ctec example : --structures attend un nombre entier entre 1 et ${LIMITS.structures}`);
  if (!/^\d{1,9}$/.test(seed)) throw usageError("fs-ctec example : --graine attend un nombre entier positif");
  const scenario = syntheticScenario({ structures: n, seed: Number(seed) });
  // The generated file must be one compute accepts: the same limits (managers, agents, structures per manager).
  const validation = validateScenario(scenario);
  if (!validation.ok) {
    const sizes = validation.issues.filter((i) => i.code === "trop_grand");
    throw usageError(
      `fs-ctec example : un scénario synthétique de ${n} structures dépasserait les limites que compute accepte ; choisissez moins de structures :\n${formatIssues(sizes.length ? sizes : validation.issues)}`,
    );
  }
  await writeAll(io.stdout, [JSON.stringify(scenario), "\n"]);
}

// ── entry points ───────────────────────────────────────────────────────────────────────────────

async function dispatch(args: string[], io: Io): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case "compute":
    case "calculer":
      if (rest.includes("--help") || rest.includes("-h")) break;
      await computeCommand(rest, io);
      return 0;
    case "example":
    case "exemple":
      if (rest.includes("--help") || rest.includes("-h")) break;
      await exampleCommand(rest, io);
      return 0;
    case "schema":
    case "schéma":
      parseOptions("schema", rest, [], []);
      if (rest.length) throw usageError(`fs-ctec schema : argument inattendu « ${visible(rest[0])} »`, true);
      await writeAll(io.stdout, [JSON.stringify(scenarioJsonSchema(), null, 2), "\n"]);
      return 0;
    case undefined:
      await writeAll(io.stdout, [USAGE, "\n"]);
      return 2;
    case "--help":
    case "-h":
    case "aide":
      break;
    default:
      throw usageError(`fs-ctec : commande inconnue « ${visible(command)} »`, true);
  }
  await writeAll(io.stdout, [USAGE, "\n"]);
  return 0;
}

/** Runs the command line on its arguments (without `node` and the script) and returns the exit code. */
export async function runIo(args: string[], io: Io): Promise<number> {
  try {
    return await dispatch(args, io);
  } catch (e) {
    if (e instanceof OutputClosed) return 0;
    const message =
      e instanceof UsageError || e instanceof OutputFileError
        ? e.message
        : `fs-ctec : erreur inattendue : ${visible(e instanceof Error ? e.message : String(e))}\nMerci de signaler ce problème avec le fichier utilisé.`;
    try {
      await io.stderr.write(visibleLines(message) + "\n");
    } catch {
      // stderr closed too: nothing more can be said
    }
    return e instanceof UsageError || e instanceof OutputFileError ? 2 : 1;
  }
}

/** An output kept in memory. */
function memory(): Output & { text: () => string } {
  const parts: string[] = [];
  return { write: (c) => void parts.push(c), text: () => parts.join("") };
}

/** Runs the command line with outputs kept in memory (tests); `stdin` is the standard input's content. */
export async function run(args: string[], stdin: string | Buffer = ""): Promise<CliOutput> {
  const stdout = memory();
  const stderr = memory();
  const code = await runIo(args, {
    stdout,
    stderr,
    stdin: async function* () {
      yield typeof stdin === "string" ? Buffer.from(stdin, "utf8") : stdin;
    },
  });
  return { stdout: stdout.text(), stderr: stderr.text(), code };
}

/**
 * A process stream as an {@link Output}: waits for `drain` when the pipe is full (the memory
 * holds one block, not the whole output); a reader that went away (EPIPE) ends the run quietly.
 */
export function streamOutput(stream: NodeJS.WritableStream & { destroyed?: boolean }): Output {
  let closed = false;
  let failure: Error | undefined;
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE" || e.code === "ERR_STREAM_DESTROYED") closed = true;
    else failure = e;
  });
  const check = () => {
    if (closed || stream.destroyed) throw new OutputClosed();
    if (failure) throw failure;
  };
  return {
    async write(chunk: string) {
      check();
      if (!stream.write(chunk)) {
        check();
        await new Promise<void>((resolve) => {
          const done = () => {
            stream.off("drain", done);
            stream.off("close", done);
            stream.off("error", done);
            resolve();
          };
          stream.on("drain", done);
          stream.on("close", done);
          stream.on("error", done);
        });
      }
      check();
    },
  };
}

/** Entry point of the `fs-ctec` binary. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const code = await runIo(argv, {
    stdout: streamOutput(process.stdout),
    stderr: streamOutput(process.stderr),
    stdin: () => process.stdin,
  });
  process.exitCode = code;
}
