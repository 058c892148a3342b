import fc from "fast-check";
import { Dec } from "../arithmetic/money";
import { jsonChunks, StreamedArray } from "./jsonStream";

const joined = (v: unknown) => [...jsonChunks(v)].join("");

describe("jsonChunks: the pieces of JSON.stringify(value, null, 2)", () => {
  test("property: for any JSON-like value, the pieces joined are JSON.stringify(value, null, 2)", () => {
    fc.assert(
      fc.property(fc.anything({ withBoxedValues: true, withNullPrototype: true, withSparseArray: true }), (v) => {
        let expected: string | undefined;
        try {
          expected = JSON.stringify(v, null, 2);
        } catch {
          return; // bigint: JSON.stringify throws, and so must we
        }
        expect([...jsonChunks(v)].join("") || undefined).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  test("large arrays and objects (written piece by piece, not in one native call) stay identical", () => {
    const big = {
      title: "t",
      gone: undefined,
      f: () => 1,
      structures: Array.from({ length: 3000 }, (_, i) => ({
        id: `s${i}`,
        n: i,
        x: [i, -0, NaN, undefined, { a: "\u001b\n" }],
        d: Dec(i).div(3),
      })),
      empty: [],
      none: {},
      nested: { deep: Array.from({ length: 5000 }, (_, i) => [i, { k: Infinity }]) },
    };
    const chunks = [...jsonChunks(big)];
    expect(chunks.length).toBeGreaterThan(1000);
    expect(chunks.join("")).toBe(JSON.stringify(big, null, 2));
  });

  test("toJSON receives its key, as with JSON.stringify", () => {
    const keys: string[] = [];
    const v = { a: { toJSON: (k: string) => (keys.push(k), 1) }, list: Array.from({ length: 5000 }, () => ({ toJSON: (k: string) => k })) };
    expect(joined(v)).toBe(JSON.stringify(v, null, 2));
    expect(keys).toEqual(["a", "a"]);
  });

  test("a StreamedArray is written as the array of its items, read one at a time", () => {
    let produced = 0;
    function* years() {
      for (let y = 2022; y <= 2024; y++) {
        produced++;
        yield { year: y, totals: { allocated: "1.00" } };
      }
    }
    const it = jsonChunks({ from: 2022, to: 2024, years: new StreamedArray(years()) });
    const first = it.next().value as string;
    expect(produced).toBe(0);
    const text = first + [...it].join("");
    const expected = JSON.stringify(
      { from: 2022, to: 2024, years: [2022, 2023, 2024].map((y) => ({ year: y, totals: { allocated: "1.00" } })) },
      null,
      2,
    );
    expect(text).toBe(expected);
    expect(joined({ years: new StreamedArray([]) })).toBe('{\n  "years": []\n}');
  });

  test("release: written elements are let go", () => {
    const list = Array.from({ length: 5000 }, (_, i) => ({ i }));
    const text = [...jsonChunks({ list }, { release: true })].join("");
    expect(JSON.parse(text).list[4999]).toEqual({ i: 4999 });
    expect(list.every((e) => e === undefined)).toBe(true);
  });

  test("a cycle is refused with a TypeError, as JSON.stringify does", () => {
    const a: Record<string, unknown> = { list: Array.from({ length: 5000 }, (_, i) => i) };
    a.self = a;
    expect(() => joined(a)).toThrow(TypeError);
  });

  test("undefined, a function, a symbol give nothing", () => {
    expect([...jsonChunks(undefined)]).toEqual([]);
    expect([...jsonChunks(() => 1)]).toEqual([]);
  });
});
