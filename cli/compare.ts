/**
 * `fs-ctec compare`: two scenarios side by side, as finance teams compare them before a vote —
 * the rules and parameters that differ first, then the change of every compared amount for the
 * convention, each manager, each structure and each budget year. The second side is a second
 * file, or the first one under another year or rule (`--annee`, `--regle-solde`, `--lecture`,
 * `--taux`, `--enveloppe`).
 *
 * Another year is the scenario's year N as a projection computes it (`project(scenario, N, N)`):
 * that year's parameters, one-off items and first-year grants in their own year only, the payment
 * dates moved to N; the evaluation (actual payroll, objectives) belongs to the scenario's own year,
 * so another year is a forecast — the comparison lists « Évaluation prise en compte » among the
 * rules that differ. Changing the scenario's `year` instead would carry 2022's one-off items,
 * first-year grants, set dates and actuals into 2023.
 */
import {
  CalcError,
  compare,
  compute,
  FINAL_RULES,
  jsonChunks,
  project,
  SHARE_READINGS,
  validateScenario,
  visible,
  type Comparison,
  type ConventionResult,
} from "../calc";
import { compareCsvLines } from "../calc/report/csv";
import { formatComparison, type Side } from "./compareText";
import { invalid, readScenario } from "./input";
import { lines, named, usageError, withNewline, writeAll, type Io } from "./io";
import { checkMemory } from "./memory";
import { parseOptions } from "./options";

/** The options that make the second side a variant of a scenario, their scenario field and how their value is read. */
const VARIANTS = [
  { option: "--annee", field: "(année de projection)" },
  { option: "--regle-solde", field: "rules.finalPayment" },
  { option: "--lecture", field: "rules.shareBase" },
  { option: "--taux", field: "rules.rate" },
  { option: "--enveloppe", field: "rules.envelope" },
] as const;

type VariantOption = (typeof VARIANTS)[number]["option"];

/** `plafonné` and `Plafonne` read as `plafonne`: accents and case set aside. */
function key(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
}

/** A decimal typed the French or the English way (`0,75`, `0.75`, `350 000`), as the scenario's decimal string; the scenario's validation checks its range. */
function decimal(option: string, text: string): string {
  const s = text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  if (!/^\d{1,15}(\.\d{1,10})?$/.test(s))
    throw usageError(`fs-ctec compare : ${option} attend un nombre positif, par exemple 0,75 (reçu : « ${visible(text)} »)`, true);
  return s;
}

/** The value an option sets in the scenario, checked (a year, a rule's name, a decimal). */
function variantValue(option: VariantOption, text: string): string | number {
  switch (option) {
    case "--annee":
      if (!/^\d{4}$/.test(text.trim()))
        throw usageError(
          `fs-ctec compare : --annee attend une année sur quatre chiffres, par exemple 2023 (reçu : « ${visible(text)} »)`,
          true,
        );
      return Number(text.trim());
    case "--regle-solde": {
      const rule = FINAL_RULES.find((r) => r === key(text));
      if (!rule) throw usageError(`fs-ctec compare : --regle-solde attend ${FINAL_RULES.join(" ou ")} (reçu : « ${visible(text)} »)`, true);
      return rule;
    }
    case "--lecture": {
      const reading = SHARE_READINGS.find((r) => r === key(text));
      if (!reading)
        throw usageError(`fs-ctec compare : --lecture attend ${SHARE_READINGS.join(" ou ")} (reçu : « ${visible(text)} »)`, true);
      return reading;
    }
    case "--taux":
    case "--enveloppe":
      return decimal(option, text);
  }
}

/** A plain object (not an array, not null). */
function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * The scenario with the variant's rules set (the file's own value replaced; the year is not a
 * rule: see the module's comment). A scenario that is not an object, or whose rules are not one,
 * is left as it is: its validation says what is wrong.
 */
export function applyVariant(data: unknown, values: ReadonlyMap<VariantOption, string | number>): unknown {
  if (!isRecord(data) || (data.rules !== undefined && !isRecord(data.rules))) return data;
  const rules: Record<string, unknown> = { ...(data.rules ?? {}) };
  let changed = false;
  for (const { option, field } of VARIANTS) {
    const value = values.get(option);
    if (value === undefined || !field.startsWith("rules.")) continue;
    rules[field.slice("rules.".length)] = value;
    changed = true;
  }
  return changed ? { ...data, rules } : data;
}

/**
 * One side computed (no traces: a comparison reads amounts only): the scenario's own year, or
 * `year` as a projection computes it. A scenario in error is refused with every error and its path.
 */
function computed(file: string, data: unknown, what: string, year?: number): ConventionResult {
  if (year === undefined) {
    const outcome = compute(data, { traces: false });
    if (!outcome.ok) throw invalid(file, outcome.issues, what);
    return outcome.result;
  }
  const validation = validateScenario(data);
  if (!validation.ok) throw invalid(file, validation.issues, what);
  try {
    return project(validation.scenario, year, year, { traces: false }).years[0];
  } catch (e) {
    if (e instanceof CalcError) throw invalid(file, e.issues, what);
    throw e;
  }
}

export async function compareCommand(args: string[], io: Io): Promise<void> {
  const o = parseOptions(
    "compare",
    args,
    ["--json", "--csv"],
    VARIANTS.map((v) => v.option),
  );
  const json = o.flags.has("--json");
  const csv = o.flags.has("--csv");
  if (json && csv) throw usageError("fs-ctec compare : --json et --csv s'excluent ; choisissez l'un des deux", true);
  const values = new Map<VariantOption, string | number>();
  for (const { option } of VARIANTS) {
    const text = o.values.get(option);
    if (text !== undefined) values.set(option, variantValue(option, text));
  }
  const files = o.positionals;
  if (files.length === 0) throw usageError("fs-ctec compare : indiquez le fichier du scénario de référence", true);
  if (files.length > 2)
    throw usageError(`fs-ctec compare : deux fichiers au plus (reçu : ${files.map((p) => `« ${visible(p)} »`).join(", ")})`, true);
  if (files.length === 1 && values.size === 0)
    throw usageError(
      "fs-ctec compare : indiquez un second fichier, ou une variante du premier (--annee, --regle-solde, --lecture, --taux ou --enveloppe)",
      true,
    );
  if (files.length === 2 && files[0] === "-" && files[1] === "-")
    throw usageError("fs-ctec compare : l'entrée standard ne se lit qu'une fois ; donnez au moins un des deux scénarios en fichier", true);
  const variant = [...values.keys()].map((option) => `${option} ${visible(String(o.values.get(option)))}`).join(" ");

  const first = await readScenario(files[0], io);
  const secondFile = files[1] ?? files[0];
  const second = files.length === 2 ? await readScenario(secondFile, io) : first;
  // Both results are held at once (the comparison reads them together): their structures counted together.
  checkMemory(first, false, undefined, [second]);
  const before = computed(files[0], first, "");
  const year = values.get("--annee") as number | undefined;
  const after = computed(secondFile, applyVariant(second, values), variant ? ` (avec ${variant})` : "", year);

  const c: Comparison = compare(before, after);
  if (json) return writeAll(io.stdout, withNewline(jsonChunks(c)));
  if (csv) return writeAll(io.stdout, compareCsvLines(c));
  const sides: [Side, Side] = [
    { file: named(files[0]), variant: "" },
    { file: named(secondFile), variant },
  ];
  await writeAll(io.stdout, lines(formatComparison(c, sides) + "\n"));
}
