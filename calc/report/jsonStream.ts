/**
 * `JSON.stringify(value, null, 2)` written piece by piece, so that a result too large for one
 * string (V8 caps a string near 512 million characters; a national result with its traces is
 * larger) can be written out without building it. The concatenation of the pieces is byte for
 * byte `JSON.stringify(value, null, 2)`: same key order, `toJSON` called with its key, `undefined`
 * and functions left out of objects and `null` in arrays, non-finite numbers as `null`, cycles
 * refused.
 */

/** An array whose elements are produced one at a time (e.g. the years of a projection), written as an array. */
export class StreamedArray {
  constructor(readonly items: Iterable<unknown>) {}
}

/** Options of the JSON written in pieces for a stream. */
export interface JsonChunkOptions {
  /**
   * Let each element of an array go once it is written (the array's slot is set to `undefined`),
   * so that what is written can be collected: for a value built only to be written.
   */
  release?: boolean;
}

/** Containers with fewer nodes than this are written by the native JSON.stringify (fast), larger ones piece by piece. */
const SMALL = 4096;

/** Counts the nodes of `v`, stopping at `limit`: whether it is small enough for one native call. */
function isSmall(v: unknown, limit: number): boolean {
  let budget = limit;
  const stack: unknown[] = [v];
  while (stack.length) {
    const x = stack.pop();
    if (--budget < 0) return false;
    if (x instanceof StreamedArray) return false;
    if (typeof x === "object" && x !== null) {
      if (Array.isArray(x)) {
        if (x.length > budget) return false;
        for (const e of x) stack.push(e);
      } else {
        const keys = Object.keys(x);
        if (keys.length > budget) return false;
        for (const k of keys) stack.push((x as Record<string, unknown>)[k]);
      }
    }
  }
  return true;
}

function prepare(v: unknown, key: string): unknown {
  if ((typeof v === "object" && v !== null) || typeof v === "bigint") {
    const toJSON = (v as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === "function") v = toJSON.call(v, key);
  }
  if (v instanceof Number) return Number(v);
  if (v instanceof String) return String(v);
  if (v instanceof Boolean) return v.valueOf();
  return v;
}

function isContainer(v: unknown): v is object {
  return typeof v === "object" && v !== null;
}

/**
 * The pieces of `JSON.stringify(value, null, 2)`, in order. Values may hold {@link StreamedArray}s.
 * Returns nothing for a value JSON.stringify turns into `undefined`.
 */
export function* jsonChunks(value: unknown, options: JsonChunkOptions = {}): Generator<string> {
  const release = options.release === true;
  const seen = new Set<object>();

  function* write(v: unknown, indent: string): Generator<string> {
    // v is prepared (toJSON applied) and serialisable
    if (!isContainer(v)) {
      yield JSON.stringify(v);
      return;
    }
    if (!(v instanceof StreamedArray) && isSmall(v, SMALL)) {
      const s = JSON.stringify(v, null, 2);
      yield indent ? s.replace(/\n/g, "\n" + indent) : s;
      return;
    }
    if (seen.has(v)) throw new TypeError("Converting circular structure to JSON");
    seen.add(v);
    const inner = indent + "  ";
    if (Array.isArray(v) || v instanceof StreamedArray) {
      let first = true;
      let index = 0;
      const items: Iterable<unknown> = v instanceof StreamedArray ? v.items : v;
      for (const raw of items) {
        const e = prepare(raw, String(index));
        yield first ? "[\n" + inner : ",\n" + inner;
        first = false;
        if (e === undefined || typeof e === "function" || typeof e === "symbol") yield "null";
        else yield* write(e, inner);
        if (release && Array.isArray(v)) v[index] = undefined;
        index++;
      }
      yield first ? "[]" : "\n" + indent + "]";
    } else {
      let first = true;
      for (const key of Object.keys(v)) {
        const e = prepare((v as Record<string, unknown>)[key], key);
        if (e === undefined || typeof e === "function" || typeof e === "symbol") continue;
        yield (first ? "{\n" : ",\n") + inner + JSON.stringify(key) + ": ";
        first = false;
        yield* write(e, inner);
      }
      yield first ? "{}" : "\n" + indent + "}";
    }
    seen.delete(v);
  }

  const v = prepare(value, "");
  if (v === undefined || typeof v === "function" || typeof v === "symbol") return;
  yield* write(v, "");
}
