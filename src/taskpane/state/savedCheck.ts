import { validateScenario, type Issue } from "../../../calc";
import { getIn } from "./edit";

/**
 * Whether a saved scenario can be shown by the pane. What the pane saves is work in progress: a
 * quotité of 1,5 or a missing name is kept and shown under its field, as when typed. What it
 * cannot show is a scenario of the wrong shape (`managers: "abc"`, `scenario: 42`, a list of
 * null, no manager): the schema's type errors on the lists and objects the form walks, or an
 * object where a value belongs. Those make the saved state invalid.
 */

/** Paths of the lists and objects of a scenario: `managers[0].structures`, `budget.lines[2]`, `rules`… */
const CONTAINER =
  /^(managers(\[\d+\](\.structures(\[\d+\](\.(agents|resources|objectives)(\[\d+\])?)?)?)?)?|rules|budget(\.lines(\[\d+\])?)?|parameters)?$/;

const SHAPE_CODES = new Set(["type_invalide", "requis", "trop_grand"]);

const isList = (path: string) => /(managers|structures|agents|resources|objectives|lines)$/.test(path);

/** `managers[0].structures` → ["managers", 0, "structures"]. */
function keys(path: string): (string | number)[] {
  return path
    ? path
        .split(/\.|\[|\]/)
        .filter(Boolean)
        .map((k) => (/^\d+$/.test(k) ? Number(k) : k))
    : [];
}

/** The issues that make a saved scenario unusable by the pane (none: it can be restored, with its field errors). */
export function shapeIssues(scenario: unknown): Issue[] {
  if (typeof scenario !== "object" || scenario === null || Array.isArray(scenario))
    return [{ code: "type_invalide", path: "", message: "doit être un objet" }];
  const v = validateScenario(scenario);
  if (v.ok) return [];
  return v.issues.filter((i) => {
    if (!SHAPE_CODES.has(i.code)) return false;
    const value = getIn(scenario, keys(i.path));
    if (CONTAINER.test(i.path)) {
      // The pane shows one manager at a time: a scenario without any cannot be shown.
      if (i.code === "trop_grand" || i.path === "managers") return true;
      return isList(i.path) ? !Array.isArray(value) : typeof value !== "object" || value === null || Array.isArray(value);
    }
    // A value field holding an object or a list: no field of the form can show it.
    return typeof value === "object" && value !== null;
  });
}

/** Whether saved overrides can be shown: an object of parameter names. */
export function overridesIssues(overrides: unknown): Issue[] {
  if (typeof overrides !== "object" || overrides === null || Array.isArray(overrides))
    return [{ code: "type_invalide", path: "parameters", message: "doit être un objet" }];
  return shapeIssues({ managers: [], parameters: overrides }).filter((i) => i.path.startsWith("parameters"));
}
