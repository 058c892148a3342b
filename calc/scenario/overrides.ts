import { formatPath, quoted, type Issue } from "../errors";
import type { ParameterSet } from "../parameters/lookup";
import { UNIT_BOUNDS } from "./bounds";
import { keeps } from "./fields";

/**
 * The rules of a scenario's parameter overrides: the name is a known parameter, and each value
 * is bounded like every other figure of its unit (an envelope like an amount: to the cent, below
 * a thousand billion; a rate in [0, 1]…). Reads the input as given: a value of the wrong type is
 * left to the schema.
 */
export function overrideIssues(overrides: Readonly<Record<string, unknown>>, params: ParameterSet): Issue[] {
  const issues: Issue[] = [];
  const units = new Map(params.list().map((p) => [p.name, p.unit]));
  for (const [name, override] of Object.entries(overrides)) {
    const unit = units.get(name);
    if (!unit) {
      issues.push({ code: "parametre_inconnu", path: formatPath(["parameters", name]), message: `paramètre inconnu ${quoted(name)}` });
      continue;
    }
    const values: [unknown, (string | number)[]][] = Array.isArray(override)
      ? override.map((o, i) => [(o as { value?: unknown } | null)?.value, ["parameters", name, i, "value"]])
      : [[override, ["parameters", name]]];
    for (const [value, path] of values) {
      if (typeof value !== "number" && typeof value !== "string") continue;
      const bound = UNIT_BOUNDS[unit].find((b) => !keeps(b, value));
      if (bound) issues.push({ code: bound.code, path: formatPath(path), message: bound.message });
    }
  }
  return issues;
}
