import { readFileSync, statSync } from "node:fs";
import {
  CalcError,
  compute,
  LIMITS,
  project,
  scenarioJsonSchema,
  syntheticScenario,
  validateScenario,
  VOSGES_2022_EXAMPLE,
  type Issue,
} from "../calc";
import { formatCsv } from "../calc";
import { formatIssues, formatProjection, formatReport } from "./format";

const USAGE = `fs-ctec — économie des France Services sous une convention départementale

Utilisation :
  fs-ctec compute FICHIER [--json | --csv] [--sans-traces]   calcule une convention
  fs-ctec compute FICHIER --projection 2022-2026 [--json]     projection pluriannuelle
  fs-ctec example                                              affiche l'exemple (Vosges 2022, illustratif)
  fs-ctec example --structures N [--graine S]                  génère un scénario synthétique de N structures
  fs-ctec schema                                               affiche le schéma JSON d'un scénario

Codes de sortie : 0 succès, 2 fichier ou scénario invalide, 1 erreur inattendue.`;

/** What the command line writes and its exit code: kept apart from process I/O so it can be tested. */
export interface CliOutput {
  stdout: string;
  stderr: string;
  code: number;
}

function fail(message: string, issues: readonly Issue[] = []): CliOutput {
  return { stdout: "", stderr: `${message}${issues.length ? `\n${formatIssues(issues)}` : ""}\n`, code: 2 };
}

function readScenario(file: string): { data?: unknown; error?: CliOutput } {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return { error: fail(`fs-ctec : fichier introuvable : ${file}`) };
  }
  if (size > LIMITS.fileBytes) return { error: fail(`fs-ctec : fichier trop volumineux (${size} octets, ${LIMITS.fileBytes} au plus)`) };
  try {
    return { data: JSON.parse(readFileSync(file, "utf8")) };
  } catch (e) {
    return { error: fail(`fs-ctec : ${file} n'est pas un JSON valide (${(e as Error).message})`) };
  }
}

function computeCommand(args: string[]): CliOutput {
  const file = args.find((a) => !a.startsWith("--") && !/^\d{4}-\d{4}$/.test(a));
  if (!file) return fail(`fs-ctec compute : indiquez le fichier du scénario\n\n${USAGE}`);
  const json = args.includes("--json");
  const csv = args.includes("--csv");
  const traces = !args.includes("--sans-traces");
  const { data, error } = readScenario(file);
  if (error) return error;
  const projectionIndex = args.indexOf("--projection");
  if (projectionIndex >= 0) {
    const m = /^(\d{4})-(\d{4})$/.exec(args[projectionIndex + 1] ?? "");
    if (!m) return fail("fs-ctec compute : --projection attend une période, par exemple 2022-2026");
    const validation = validateScenario(data);
    if (!validation.ok) return fail(`fs-ctec : ${file} contient ${validation.issues.length} erreur(s) :`, validation.issues);
    try {
      const p = project(validation.scenario, Number(m[1]), Number(m[2]), { traces });
      return { stdout: (json ? JSON.stringify(p, null, 2) : formatProjection(p)) + "\n", stderr: "", code: 0 };
    } catch (e) {
      if (e instanceof CalcError) return fail(`fs-ctec : projection impossible :`, e.issues);
      throw e;
    }
  }
  const outcome = compute(data, { traces });
  if (!outcome.ok) return fail(`fs-ctec : ${file} contient ${outcome.issues.length} erreur(s) :`, outcome.issues);
  const r = outcome.result;
  return { stdout: json ? JSON.stringify(r, null, 2) + "\n" : csv ? formatCsv(r) : formatReport(r) + "\n", stderr: "", code: 0 };
}

function option(args: string[], ...names: string[]): string | undefined {
  const i = args.findIndex((a) => names.includes(a));
  return i >= 0 ? (args[i + 1] ?? "") : undefined;
}

function exampleCommand(args: string[]): CliOutput {
  const structures = option(args, "--structures");
  if (structures === undefined) return { stdout: JSON.stringify(VOSGES_2022_EXAMPLE, null, 2) + "\n", stderr: "", code: 0 };
  const seed = option(args, "--graine", "--seed") ?? "2022";
  const n = Number(structures);
  if (!Number.isInteger(n) || n < 1 || n > LIMITS.structures)
    return fail(`fs-ctec example : --structures attend un nombre entier entre 1 et ${LIMITS.structures}`);
  if (!/^\d{1,9}$/.test(seed)) return fail("fs-ctec example : --graine attend un nombre entier positif");
  return { stdout: JSON.stringify(syntheticScenario({ structures: n, seed: Number(seed) })) + "\n", stderr: "", code: 0 };
}

/** Runs the command line on its arguments (without `node` and the script). */
export function run(args: string[]): CliOutput {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case "compute":
      case "calculer":
        return computeCommand(rest);
      case "example":
      case "exemple":
        return exampleCommand(rest);
      case "schema":
      case "schéma":
        return { stdout: JSON.stringify(scenarioJsonSchema(), null, 2) + "\n", stderr: "", code: 0 };
      case undefined:
      case "--help":
      case "-h":
      case "aide":
        return { stdout: USAGE + "\n", stderr: "", code: command === undefined ? 2 : 0 };
      default:
        return fail(`fs-ctec : commande inconnue « ${command} »\n\n${USAGE}`);
    }
  } catch (e) {
    return {
      stdout: "",
      stderr: `fs-ctec : erreur inattendue : ${(e as Error).message}\nMerci de signaler ce problème avec le fichier utilisé.\n`,
      code: 1,
    };
  }
}

/** Entry point of the `fs-ctec` binary. */
export function main(argv: string[] = process.argv.slice(2)): void {
  const out = run(argv);
  if (out.stdout) process.stdout.write(out.stdout);
  if (out.stderr) process.stderr.write(out.stderr);
  process.exitCode = out.code;
}
