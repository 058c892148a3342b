import type { Issue, ScenarioInput } from "../../../calc";
import { overridesIssues, shapeIssues } from "./savedCheck";

/**
 * What the pane keeps between sessions: the scenario being worked on and the parameter
 * overrides. In Excel they live in the workbook's settings (so the file carries them); in a
 * plain browser, in local storage.
 */

export interface KeyValueStore {
  load(key: string): Promise<string | null>;
  save(key: string, value: string): Promise<void>;
}

/** Parameter overrides by name, as a scenario's `parameters` holds them. */
export type Overrides = NonNullable<ScenarioInput["parameters"]>;

export interface SavedState {
  /** Null when only overrides were saved. */
  scenario: ScenarioInput | null;
  overrides: Overrides;
  savedAt: string;
}

export const SCENARIO_KEY = "fs-ctec.scenario";
export const OVERRIDES_KEY = "fs-ctec.parametres";
const VERSION = 1;

/** Saves the scenario (its `parameters` kept apart, as the overrides). */
export async function saveState(store: KeyValueStore, scenario: ScenarioInput, overrides: Overrides, now = new Date()): Promise<void> {
  const savedAt = now.toISOString();
  const { parameters: _ignored, ...rest } = scenario;
  void _ignored;
  await store.save(SCENARIO_KEY, JSON.stringify({ version: VERSION, savedAt, scenario: rest }));
  await store.save(OVERRIDES_KEY, JSON.stringify({ version: VERSION, savedAt, overrides }));
}

/** Why a saved state cannot be used: data for the pane, which reacts to `code`, never to the text. */
export type SavedProblemCode = "lecture" | "json" | "version" | "forme";

/** A saved state the pane cannot use; `raw` keeps the text as stored, for the user to export it. */
export class SavedStateError extends Error {
  constructor(
    readonly code: SavedProblemCode,
    readonly key: string,
    readonly raw: string | null,
    message: string,
  ) {
    super(message);
    this.name = "SavedStateError";
  }
}

const WHAT: Record<string, string> = { [SCENARIO_KEY]: "Le scénario enregistré", [OVERRIDES_KEY]: "Les paramètres enregistrés" };

function issuesText(issues: readonly Issue[]): string {
  const list = issues.slice(0, 5).map((i) => `${i.path || "(racine)"} : ${i.message}`);
  return list.join(" ; ") + (issues.length > 5 ? " ; …" : "");
}

/** The stored text of `key` parsed and checked; null when nothing is stored. */
function parse(key: string, raw: string | null, field: "scenario" | "overrides"): Record<string, unknown> | null {
  if (!raw) return null;
  const fail = (code: SavedProblemCode, why: string) => {
    const plural = key === OVERRIDES_KEY;
    return new SavedStateError(
      code,
      key,
      raw,
      `${WHAT[key]} ${plural ? "sont illisibles" : "est illisible"} (${why}) : ${plural ? "ils n'ont" : "il n'a"} pas été remplacé${plural ? "s" : ""}.`,
    );
  };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    throw fail("json", `texte JSON invalide : ${(e as Error).message}`);
  }
  if (!value || typeof value !== "object" || Array.isArray(value) || (value as { version?: unknown }).version !== VERSION)
    throw fail("version", "version inconnue");
  const o = value as Record<string, unknown>;
  if (typeof o.savedAt !== "string" || Number.isNaN(Date.parse(o.savedAt)))
    throw fail("forme", "date d'enregistrement absente ou invalide");
  const issues = field === "scenario" ? shapeIssues(o.scenario) : overridesIssues(o.overrides);
  if (issues.length)
    throw fail("forme", `ce n'est pas ${field === "scenario" ? "un scénario" : "une liste de paramètres"} : ${issuesText(issues)}`);
  return o;
}

/**
 * The saved state, or null when nothing was saved. A scenario is restored with its field errors
 * (work in progress), but never one the pane cannot show (see savedCheck.ts).
 *
 * @throws {SavedStateError} when what is saved cannot be read or used (it is left as it is).
 */
export async function loadState(store: KeyValueStore): Promise<SavedState | null> {
  let rawScenario: string | null;
  let rawOverrides: string | null;
  try {
    [rawScenario, rawOverrides] = await Promise.all([store.load(SCENARIO_KEY), store.load(OVERRIDES_KEY)]);
  } catch (e) {
    throw new SavedStateError("lecture", SCENARIO_KEY, null, `Le scénario enregistré n'a pas pu être lu : ${(e as Error).message}.`);
  }
  if (!rawScenario && !rawOverrides) return null;
  const s = parse(SCENARIO_KEY, rawScenario, "scenario");
  const o = parse(OVERRIDES_KEY, rawOverrides, "overrides");
  return {
    scenario: (s?.scenario as ScenarioInput | undefined) ?? null,
    overrides: (o?.overrides as Overrides | undefined) ?? {},
    savedAt: (s?.savedAt ?? o?.savedAt) as string,
  };
}

/** Keeps the text of an unusable saved state under another key before it is overwritten. */
export const ASIDE_KEY = "fs-ctec.scenario.ecarte";

export function setAside(store: KeyValueStore, problem: SavedStateError): Promise<void> {
  return problem.raw ? store.save(ASIDE_KEY, problem.raw) : Promise.resolve();
}

/** Adds the overrides to a scenario, as its `parameters`, for computing or exporting. */
export function withOverrides(scenario: ScenarioInput, overrides: Overrides): ScenarioInput {
  return { ...scenario, parameters: { ...(scenario.parameters ?? {}), ...overrides } };
}

/** Splits an imported scenario into the scenario and its overrides. */
export function splitOverrides(input: ScenarioInput): { scenario: ScenarioInput; overrides: Overrides } {
  const { parameters, ...scenario } = input;
  return { scenario: scenario as ScenarioInput, overrides: (parameters ?? {}) as Overrides };
}

/** Local storage as a store (the standalone pane). */
export function browserStore(storage: Storage = window.localStorage): KeyValueStore {
  return {
    load: async (key) => storage.getItem(key),
    save: async (key, value) => storage.setItem(key, value),
  };
}
