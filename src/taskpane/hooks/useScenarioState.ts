import { useCallback, useMemo, useState } from "react";
import { compute, VOSGES_2022_EXAMPLE, type ComputeOutcome, type ScenarioInput } from "../../../calc";
import type { IssueMap } from "../components/fields";
import { withOverrides, type Overrides, type SavedState } from "../state/persist";
import { message } from "./useNotices";

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

/** The shipped example, as a fresh copy the pane may edit. */
export const example = (): ScenarioInput => clone(VOSGES_2022_EXAMPLE);

/** The computation of `input`, an unexpected failure being an issue like any other. */
export function safeCompute(input: ScenarioInput): ComputeOutcome {
  try {
    return compute(input, { traces: false });
  } catch (e) {
    return { ok: false, issues: [{ code: "type_invalide", path: "", message: `erreur inattendue du calcul : ${message(e)}` }] };
  }
}

/**
 * The scenario being worked on, its parameter overrides and the manager shown, with what they
 * compute to. `edits` counts the user's changes (a restored state is not one): what autosave waits for.
 */
export function useScenarioState() {
  const [scenario, setScenario] = useState<ScenarioInput>(example);
  const [overrides, setOverrides] = useState<Overrides>({});
  const [managerIndex, setManagerIndex] = useState(0);
  const [edits, setEdits] = useState(0);

  const change = useCallback((s: ScenarioInput) => {
    setEdits((n) => n + 1);
    setScenario(s);
  }, []);
  const changeOverrides = useCallback((o: Overrides) => {
    setEdits((n) => n + 1);
    setOverrides(o);
  }, []);
  /** A whole new scenario (an import, the example): shown from its first manager. */
  const replace = useCallback((s: ScenarioInput, o: Overrides) => {
    setEdits((n) => n + 1);
    setScenario(s);
    setOverrides(o);
    setManagerIndex(0);
  }, []);
  /** What a previous session saved. */
  const restore = useCallback((saved: SavedState) => {
    if (saved.scenario) setScenario(saved.scenario);
    setOverrides(saved.overrides);
  }, []);

  const input = useMemo(() => withOverrides(scenario, overrides), [scenario, overrides]);
  const outcome = useMemo(() => safeCompute(input), [input]);
  const issues: IssueMap = useMemo(() => {
    const map = new Map<string, string>();
    if (!outcome.ok) for (const i of outcome.issues) map.set(i.path, map.has(i.path) ? `${map.get(i.path)} ; ${i.message}` : i.message);
    return map;
  }, [outcome]);
  const shownManager = Math.min(managerIndex, Math.max(0, scenario.managers.length - 1));

  return {
    scenario,
    overrides,
    /** The scenario with its overrides: what is computed and exported. */
    input,
    outcome,
    issues,
    managerIndex: shownManager,
    setManagerIndex,
    edits,
    change,
    changeOverrides,
    replace,
    restore,
  };
}

export type ScenarioState = ReturnType<typeof useScenarioState>;
