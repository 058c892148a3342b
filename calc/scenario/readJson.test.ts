import fc from "fast-check";
import { formatJsonReadError, readJson, type JsonReadError } from "./readJson";

function error(text: string): JsonReadError {
  const r = readJson(text);
  if (r.ok) throw new Error(`accepted: ${text}`);
  return r.error;
}

describe("readJson: the values of JSON.parse", () => {
  test("a scenario-like text gives the same value as JSON.parse", () => {
    const text =
      '{ "year": 2022, "rules": { "rate": 0.8, "envelope": 409045 },\n "managers": [ { "id": "m\\u00e9", "ok": true, "x": null, "n": -1.5e2 } ] }';
    expect(readJson(text)).toEqual({ ok: true, value: JSON.parse(text) });
  });

  test("property: any JSON.stringify output (indented or not) reads back as JSON.parse reads it", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (v, indent) => {
        const text = JSON.stringify(v, null, indent ? 2 : undefined);
        const r = readJson(text);
        expect(r.ok).toBe(true);
        if (r.ok) expect(Object.is(JSON.stringify(r.value), JSON.stringify(JSON.parse(text)))).toBe(true);
      }),
    );
  });

  test("__proto__ is an ordinary key, as with JSON.parse: no prototype is set", () => {
    const r = readJson('{"__proto__": {"polluted": 1}}');
    expect(r.ok).toBe(true);
    const v = (r as { value: Record<string, unknown> }).value;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.keys(v)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test("a UTF-8 byte order mark is accepted", () => {
    expect(readJson('\ufeff{"year": 2022}')).toEqual({ ok: true, value: { year: 2022 } });
  });
});

describe("readJson: errors in French with line and column", () => {
  test('duplicate key « rate » on line 3 → error naming the key and its position ("rate":0.8,"rate":0.1 would compute at 0,1)', () => {
    const e = error('{\n  "rules": {\n    "rate": 0.8, "rate": 0.1\n  }\n}');
    expect(e).toMatchObject({ code: "cle_en_double", line: 3, column: 18 });
    expect(formatJsonReadError(e)).toBe("ligne 3, colonne 18 : clé « rate » en double dans le même objet");
  });

  test("the same key in two different objects is fine", () => {
    expect(readJson('[{"id": 1}, {"id": 2}]').ok).toBe(true);
  });

  test("a missing value before the end → « fin du texte inattendue » with the position of the end", () => {
    const e = error('{ "year": 2022, ');
    expect(e).toMatchObject({ code: "fin_inattendue", line: 1, column: 17 });
    expect(e.message).toBe("fin du texte inattendue (attendu : une clé entre guillemets)");
  });

  test("a trailing comma → « virgule en trop », line 2 column 1", () => {
    expect(formatJsonReadError(error("[1, 2,\n]"))).toBe("ligne 2, colonne 1 : virgule en trop avant « ] »");
  });

  test("comments, single quotes, NaN, leading zeros, a lone minus are refused", () => {
    expect(error('{"a": 1 // note\n}').message).toBe("caractère inattendu « / » (attendu : « , » ou « } »)");
    expect(error("{'a': 1}").message).toBe("caractère inattendu « ' » (attendu : une clé entre guillemets)");
    expect(error("NaN").message).toBe("caractère inattendu « N » (attendu : une valeur)");
    expect(error("012").message).toBe("nombre invalide (pas de zéro en tête)");
    expect(error("-").message).toBe("nombre invalide");
    expect(error("1.").message).toMatch(/^nombre invalide/);
  });

  test("a raw control character in a string is named, not echoed (U+001B for ESC)", () => {
    const e = error('{"name": "a\u001b[2Jb"}');
    expect(e).toMatchObject({ code: "syntaxe", line: 1, column: 12 });
    expect(e.message).toBe("caractère de contrôle U+001B dans une chaîne (écrivez-le \\u001b)");
    // eslint-disable-next-line no-control-regex -- no raw control character may remain
    expect(e.message).not.toMatch(/[\u0000-\u001f]/);
  });

  test("an unexpected invisible character is shown as U+…, never raw", () => {
    expect(error("{\u202e}").message).toBe("caractère inattendu « U+202E » (attendu : une clé entre guillemets)");
    expect(error('{"a":1}\u0007').message).toBe("texte après la fin du JSON (caractère « U+0007 »)");
  });

  test("deep nesting is refused before the stack overflows", () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    const e = error(deep);
    expect(e).toMatchObject({ code: "trop_profond", line: 1, column: 257 });
    expect(readJson("[".repeat(5) + "]".repeat(5), { maxDepth: 5 }).ok).toBe(true);
  });

  test("bad escapes and unterminated strings", () => {
    expect(error('"\\x41"').message).toBe("séquence d'échappement invalide « \\x »");
    expect(error('"\\u12g4"').message).toBe("séquence \\u invalide (quatre chiffres hexadécimaux attendus)");
    expect(error('{"a": "abc').message).toBe('chaîne non terminée (un « " » est attendu)');
  });

  test("an empty text", () => {
    expect(formatJsonReadError(error(""))).toBe("ligne 1, colonne 1 : fin du texte inattendue (attendu : une valeur)");
  });
});
