/** Immutable updates of a scenario by path: what the form does on every keystroke. */

type Path = readonly (string | number)[];

/** A copy of `target` with `value` at `path`; `undefined` removes the field. */
export function setIn<T>(target: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  const source = (target ?? (typeof head === "number" ? [] : {})) as Record<string | number, unknown>;
  const copy = (Array.isArray(source) ? [...source] : { ...source }) as Record<string | number, unknown>;
  const next = setIn(source[head], rest, value);
  if (next === undefined && !Array.isArray(copy)) delete copy[head];
  else copy[head] = next;
  return copy as T;
}

/** The value at `path`, or undefined. */
export function getIn(target: unknown, path: Path): unknown {
  let o = target as Record<string | number, unknown> | undefined;
  for (const k of path) {
    if (o === null || typeof o !== "object") return undefined;
    o = o[k] as Record<string | number, unknown> | undefined;
  }
  return o;
}

/** A copy of the list at `path` without the item at `index`. */
export function removeAt<T>(target: T, path: Path, index: number): T {
  const list = (getIn(target, path) as unknown[] | undefined) ?? [];
  return setIn(
    target,
    path,
    list.filter((_, i) => i !== index),
  );
}

/** A copy of the list at `path` with `item` appended. */
export function append<T>(target: T, path: Path, item: unknown): T {
  const list = (getIn(target, path) as unknown[] | undefined) ?? [];
  return setIn(target, path, [...list, item]);
}
