import type { ScenarioInput } from "../../../calc";

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

/**
 * The saved state, or null when nothing was saved.
 *
 * @throws {Error} with a French message when what is saved cannot be read (it is left as it is).
 */
export async function loadState(store: KeyValueStore): Promise<SavedState | null> {
  const [rawScenario, rawOverrides] = await Promise.all([store.load(SCENARIO_KEY), store.load(OVERRIDES_KEY)]);
  if (!rawScenario && !rawOverrides) return null;
  const parse = (raw: string | null, what: string) => {
    if (!raw) return null;
    try {
      const value = JSON.parse(raw);
      if (!value || typeof value !== "object" || value.version !== VERSION) throw new Error("version inconnue");
      return value;
    } catch (e) {
      throw new Error(
        `${what} enregistré${what.startsWith("Les") ? "s sont illisibles" : " est illisible"} (${(e as Error).message}) : il n'a pas été remplacé.`,
      );
    }
  };
  const s = parse(rawScenario, "Le scénario");
  const o = parse(rawOverrides, "Les paramètres");
  return { scenario: s?.scenario ?? null, overrides: o?.overrides ?? {}, savedAt: s?.savedAt ?? o?.savedAt };
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
