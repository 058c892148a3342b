import { paymentDates } from "../rules/calendar";
import { z } from "zod";
import { formatPath, quoted, type ErrorCode, type Issue } from "../errors";
import { REFERENCE_PARAMETERS } from "../parameters/lookup";
import { LIMITS } from "./limits";
import { overrideIssues } from "./overrides";
import { ScenarioSchema, type Scenario } from "./schema";

/** Either a valid scenario (defaults applied) or every problem found, each with its path. */
export type ValidationResult = { ok: true; scenario: Scenario; issues: [] } | { ok: false; issues: Issue[] };

const TYPE_NAMES: Record<string, string> = {
  number: "un nombre",
  string: "un texte",
  boolean: "vrai ou faux (true / false)",
  array: "une liste",
  object: "un objet",
  record: "un objet",
};

type RawIssue = z.core.$ZodRawIssue;

const isNaNumber = (x: unknown) => typeof x === "number" && Number.isNaN(x);
const isInfinite = (x: unknown) => typeof x === "number" && !Number.isNaN(x) && !Number.isFinite(x);

/** The values of a choice as zod 3 wrote them in its type error: `'fixe' | 'itinerante' | 'laposte'`. */
function choiceOf(issue: { values: readonly unknown[] }): string {
  return issue.values.map((v) => (typeof v === "string" ? `'${v}'` : String(v))).join(" | ");
}

/** French messages for the generic zod issues; messages given in the schema are kept. */
const frenchErrorMap = (issue: RawIssue): string | undefined => {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "obligatoire";
      if (isNaNumber(issue.input)) return "doit être un nombre (NaN reçu)";
      if (issue.expected === "number" && isInfinite(issue.input)) return "doit être un nombre fini";
      return `doit être ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case "invalid_union":
      return isInfinite(issue.input) ? "doit être un nombre fini" : "doit être un nombre (ou un nombre décimal écrit comme « 1234.56 »)";
    case "invalid_value":
      if (issue.input === undefined) return "obligatoire";
      if (typeof issue.input !== "string")
        return isNaNumber(issue.input) ? "doit être un nombre (NaN reçu)" : `doit être ${choiceOf(issue)}`;
      return `${quoted(issue.input)} n'est pas permis : une valeur parmi ${issue.values.join(", ")}`;
    case "unrecognized_keys":
      return `champ inconnu : ${issue.keys.map(quoted).join(", ")} (vérifiez l'orthographe)`;
    case "too_small":
      return issue.origin === "array" ? "la liste ne doit pas être vide" : `trop petit (au moins ${issue.minimum})`;
    case "too_big":
      return `trop grand (au plus ${issue.maximum})`;
    case "invalid_format":
      return "format invalide";
    default:
      return undefined;
  }
};

function codeOf(issue: z.core.$ZodIssue): ErrorCode {
  switch (issue.code) {
    case "custom":
      return (issue.params?.code as ErrorCode | undefined) ?? "type_invalide";
    case "invalid_type":
      return issue.input === undefined ? "requis" : "type_invalide";
    case "invalid_value":
      return issue.input === undefined ? "requis" : typeof issue.input === "string" ? "valeur_inconnue" : "type_invalide";
    case "unrecognized_keys":
      return "champ_inconnu";
    case "too_big":
      return issue.origin === "array" || issue.origin === "string" ? "trop_grand" : "hors_bornes";
    case "too_small":
      return issue.origin === "array" || issue.origin === "string" ? "requis" : "hors_bornes";
    default:
      return "type_invalide";
  }
}

/**
 * The issues of a parse, as data. zod 4 checks the length of anything that has one, even after
 * a type error: a list given for a name would also be « vide », a text given for a list of agents
 * « trop long ». Such a value is reported once, as a type error, as zod 3 did.
 */
function issuesOf(error: z.ZodError): Issue[] {
  const wrongType = new Set<string>();
  const all = error.issues.map((i) => ({ zod: i, path: formatPath(i.path as (string | number)[]) }));
  for (const { zod, path } of all) if (zod.code === "invalid_type") wrongType.add(path);
  return all
    .filter(({ zod, path }) => !((zod.code === "too_small" || zod.code === "too_big") && wrongType.has(path)))
    .map(({ zod, path }) => ({ code: codeOf(zod), path, message: zod.message }));
}

/**
 * Validates a scenario as read from a file or a workbook, and returns every problem at once.
 *
 * @example validateScenario(JSON.parse(text)) // { ok: false, issues: [{ code: "taux_invalide", path: "rules.rate", message: "…" }] }
 */
export function validateScenario(input: unknown): ValidationResult {
  const oversize = sizeCheck(input);
  if (oversize.length) return { ok: false, issues: oversize };
  // reportInput: the code of an issue depends on its input (undefined → « requis »).
  const parsed = ScenarioSchema.safeParse(input, { error: frenchErrorMap, reportInput: true });
  // The cross-field rules read the input as given, so that they are reported with the field
  // errors and not only once every field is right.
  const issues = [...(parsed.success ? [] : issuesOf(parsed.error)), ...crossChecks(input)];
  if (!parsed.success || issues.length) return { ok: false, issues };
  return { ok: true, scenario: parsed.data, issues: [] };
}

type Fields = Record<string, unknown>;

/** An object's fields, or undefined for anything else (the schema reports it). */
function fieldsOf(value: unknown): Fields | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Fields) : undefined;
}

/** A list's items, or none for anything else (the schema reports it). */
function itemsOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * The rules no field type can state alone: unique ids, one way to give a cost, known parameters, sizes.
 * Reads the input defensively: a field of the wrong type is left to the schema.
 */
function crossChecks(input: unknown): Issue[] {
  const issues: Issue[] = [];
  const add = (code: ErrorCode, path: (string | number)[], message: string) => issues.push({ code, path: formatPath(path), message });
  const s = fieldsOf(input);
  if (!s) return issues;
  const managerIds = new Map<string, number>();
  const structureIds = new Map<string, [manager: number, structure: number]>();
  let structures = 0;
  let agents = 0;
  const params = REFERENCE_PARAMETERS;
  issues.push(...overrideIssues(fieldsOf(s.parameters) ?? {}, params));
  issues.push(...dateOrderIssues(s));

  // One pass over every agent of a large scenario: no array, path or text is built unless there
  // is something to report (zod has already read the whole input once).
  const managers = itemsOf(s.managers);
  for (let mi = 0; mi < managers.length; mi++) {
    const m = fieldsOf(managers[mi]);
    if (!m) continue;
    if (typeof m.id === "string") {
      const seen = managerIds.get(m.id);
      if (seen !== undefined) add("doublon", ["managers", mi, "id"], `identifiant ${quoted(m.id)} déjà utilisé par managers[${seen}]`);
      else managerIds.set(m.id, mi);
    }
    const list = itemsOf(m.structures);
    for (let si = 0; si < list.length; si++) {
      const st = fieldsOf(list[si]);
      if (!st) continue;
      structures++;
      if (typeof st.id === "string") {
        const other = structureIds.get(st.id);
        if (other === undefined) structureIds.set(st.id, [mi, si]);
        else
          add(
            "doublon",
            ["managers", mi, "structures", si, "id"],
            `identifiant ${quoted(st.id)} déjà utilisé par ${formatPath(["managers", other[0], "structures", other[1]])}`,
          );
      }
      const stAgents = itemsOf(st.agents);
      for (let ai = 0; ai < stAgents.length; ai++) {
        const a = fieldsOf(stAgents[ai]);
        if (!a) continue;
        agents++;
        const { loadedCost, grossSalary, indiceMajore, status, employerRate } = a;
        const ways = (loadedCost !== undefined ? 1 : 0) + (grossSalary !== undefined ? 1 : 0) + (indiceMajore !== undefined ? 1 : 0);
        const statusMissing = indiceMajore !== undefined && status === undefined;
        const rateMissing = grossSalary !== undefined && status === undefined && employerRate === undefined;
        const rateStray = employerRate !== undefined && grossSalary === undefined;
        if (ways === 1 && !statusMissing && !rateMissing && !rateStray) continue;
        const ap = ["managers", mi, "structures", si, "agents", ai];
        if (ways !== 1)
          add("requis", ap, "donnez le coût d'une seule façon : loadedCost (coût chargé), grossSalary (brut) ou indiceMajore");
        if (statusMissing) add("requis", [...ap, "status"], "le statut (titulaire ou contractuel) est obligatoire avec un indice majoré");
        if (rateMissing)
          add("requis", [...ap, "employerRate"], "avec un salaire brut, donnez le taux de charges (employerRate) ou le statut");
        if (rateStray) add("champ_inconnu", [...ap, "employerRate"], "un taux de charges ne s'emploie qu'avec un salaire brut");
      }
      const resources = itemsOf(st.resources);
      for (let ri = 0; ri < resources.length; ri++) {
        const r = fieldsOf(resources[ri]);
        if (r && (r.amount === undefined) === (r.grant === undefined))
          add(
            "requis",
            ["managers", mi, "structures", si, "resources", ri],
            "donnez soit un montant (amount), soit une subvention (grant)",
          );
      }
    }
  }
  if (structures > LIMITS.structures) add("trop_grand", ["managers"], `trop de structures (${structures}, ${LIMITS.structures} au plus)`);
  if (agents > LIMITS.agents) add("trop_grand", ["managers"], `trop d'agents (${agents}, ${LIMITS.agents} au plus)`);
  itemsOf(fieldsOf(s.budget)?.lines).forEach((budgetLine, li) => {
    const line = fieldsOf(budgetLine);
    if (!line) return;
    const lp = ["budget", "lines", li];
    if ((line.amount === undefined) === (line.parameter === undefined))
      add("requis", lp, "donnez soit un montant (amount), soit un paramètre (parameter)");
    else if (typeof line.parameter === "string" && !params.has(line.parameter))
      add("parametre_inconnu", [...lp, "parameter"], `paramètre inconnu ${quoted(line.parameter)}`);
  });
  return issues;
}

/**
 * Refuses a scenario above the documented limits before reading it field by field, so that a
 * file far too large gets its message at once instead of after a long validation.
 */
function sizeCheck(input: unknown): Issue[] {
  const managers = (input as { managers?: unknown } | null)?.managers;
  if (!Array.isArray(managers)) return [];
  let structures = 0;
  let agents = 0;
  for (const m of managers) {
    const list = (m as { structures?: unknown } | null)?.structures;
    if (!Array.isArray(list)) continue;
    structures += list.length;
    for (const st of list) {
      const a = (st as { agents?: unknown } | null)?.agents;
      if (Array.isArray(a)) agents += a.length;
    }
  }
  const issues: Issue[] = [];
  if (managers.length > LIMITS.managers)
    issues.push({
      code: "trop_grand",
      path: "managers",
      message: `trop de gestionnaires (${managers.length}, ${LIMITS.managers} au plus)`,
    });
  if (structures > LIMITS.structures)
    issues.push({ code: "trop_grand", path: "managers", message: `trop de structures (${structures}, ${LIMITS.structures} au plus)` });
  if (agents > LIMITS.agents)
    issues.push({ code: "trop_grand", path: "managers", message: `trop d'agents (${agents}, ${LIMITS.agents} au plus)` });
  return issues;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The solde comes after the acompte: for the convention's dates and each manager's (its own, else
 * the convention's, else the defaults of the scenario's year). Dates the schema refuses are left to it.
 */
function dateOrderIssues(s: Record<string, unknown>): Issue[] {
  if (typeof s.year !== "number") return [];
  const rules = fieldsOf(s.rules) ?? {};
  const date = (v: unknown) => (typeof v === "string" && ISO_DATE.test(v) ? v : undefined);
  const issues: Issue[] = [];
  const check = (advance: string | undefined, balance: string | undefined, path: (string | number)[]) => {
    const d = paymentDates(s.year as number, s.year as number, { advanceDate: advance, balanceDate: balance });
    if (d.balanceDate < d.advanceDate) {
      issues.push({
        code: "hors_bornes",
        path: formatPath(path),
        message: `la date des soldes (${d.balanceDate}) précède celle des acomptes (${d.advanceDate})`,
      });
    }
  };
  check(date(rules.advanceDate), date(rules.balanceDate), ["rules", "balanceDate"]);
  itemsOf(s.managers).forEach((m, mi) => {
    const f = fieldsOf(m);
    if (!f || (f.advanceDate === undefined && f.balanceDate === undefined)) return;
    check(date(f.advanceDate) ?? date(rules.advanceDate), date(f.balanceDate) ?? date(rules.balanceDate), ["managers", mi, "balanceDate"]);
  });
  return issues;
}
