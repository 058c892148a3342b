import { codePoint, visible } from "../report/visible";
/**
 * A strict JSON reader for scenario files: the values of `JSON.parse`, with what it cannot do —
 * errors in French with their line and column, duplicate keys refused (JSON.parse silently keeps
 * the last one, so `"rate": 0.8, "rate": 0.1` would compute at 0,1), a bounded nesting depth, and
 * a UTF-8 byte order mark accepted (spreadsheets and Windows editors write one). Pure: a string
 * in, a value or an error out; the command line and the task pane's import share it.
 */

/** Why a text is not a JSON scenario, and where. */
export interface JsonReadError {
  code: "syntaxe" | "fin_inattendue" | "cle_en_double" | "trop_profond";
  /** The French message, without the position. */
  message: string;
  /** 1-based line and column (in UTF-16 code units) of the offending character. */
  line: number;
  column: number;
  /** 0-based offset in the text (after the byte order mark, when there is one). */
  offset: number;
}

/** What {@link readJson} gives: the value read, or the first error with its line and column. */
export type JsonReadResult = { ok: true; value: unknown } | { ok: false; error: JsonReadError };

/** Options of {@link readJson}. */
export interface JsonReadOptions {
  /** Deepest nesting of arrays and objects accepted (a scenario needs 6). */
  maxDepth?: number;
}

/** Default deepest nesting: far beyond a scenario, far below a stack overflow. */
export const JSON_MAX_DEPTH = 256;

/** `ligne 3, colonne 14 : clé « rate » en double` — the message as users read it. */
export function formatJsonReadError(e: JsonReadError): string {
  return `ligne ${e.line}, colonne ${e.column} : ${e.message}`;
}

/** Line and column (1-based) of an offset. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** A character as it can be shown alone in a message: printable ones as they are, spaces and unsafe ones as `U+001B`. */
function shown(ch: string): string {
  return /\S/.test(ch) && visible(ch) === ch ? ch : codePoint(ch);
}

class Failure {
  constructor(
    readonly code: JsonReadError["code"],
    readonly message: string,
    readonly offset: number,
  ) {}
}

const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

/**
 * Reads a JSON text strictly (RFC 8259: no comments, no trailing comma, no single quotes), keeping
 * the values `JSON.parse` gives (same numbers, same strings, `__proto__` an ordinary key).
 */
export function readJson(input: string, options: JsonReadOptions = {}): JsonReadResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const maxDepth = options.maxDepth ?? JSON_MAX_DEPTH;
  const n = text.length;
  let i = 0;

  const ws = () => {
    for (let c = text.charCodeAt(i); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(++i));
  };
  const unexpected = (expected: string): Failure =>
    i >= n
      ? new Failure("fin_inattendue", `fin du texte inattendue (attendu : ${expected})`, i)
      : new Failure(
          "syntaxe",
          `caractère inattendu « ${shown(String.fromCodePoint(text.codePointAt(i) ?? 0))} » (attendu : ${expected})`,
          i,
        );

  function string(): string {
    const start = ++i; // after the opening quote
    let out = "";
    let from = start;
    for (;;) {
      if (i >= n) throw new Failure("fin_inattendue", 'chaîne non terminée (un « " » est attendu)', start - 1);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        out += text.slice(from, i++);
        return out;
      }
      if (c < 0x20)
        throw new Failure(
          "syntaxe",
          `caractère de contrôle ${shown(text[i])} dans une chaîne (écrivez-le \\u${c.toString(16).padStart(4, "0")})`,
          i,
        );
      if (c === 0x5c) {
        out += text.slice(from, i);
        const e = text[i + 1];
        if (e === "u") {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex))
            throw new Failure("syntaxe", "séquence \\u invalide (quatre chiffres hexadécimaux attendus)", i);
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else if (e !== undefined && Object.prototype.hasOwnProperty.call(ESCAPES, e)) {
          out += ESCAPES[e];
          i += 2;
        } else if (e === undefined) {
          throw new Failure("fin_inattendue", 'chaîne non terminée (un « " » est attendu)', start - 1);
        } else {
          throw new Failure("syntaxe", `séquence d'échappement invalide « \\${shown(e)} »`, i);
        }
        from = i;
        continue;
      }
      i++;
    }
  }

  function digits(): boolean {
    const start = i;
    for (let c = text.charCodeAt(i); c >= 0x30 && c <= 0x39; c = text.charCodeAt(++i));
    return i > start;
  }

  function number(): number {
    const start = i;
    if (text.charCodeAt(i) === 0x2d) i++;
    if (text.charCodeAt(i) === 0x30) i++;
    else if (!digits()) throw new Failure("syntaxe", "nombre invalide", start);
    if (text.charCodeAt(i) === 0x2e) {
      i++;
      if (!digits()) throw new Failure("syntaxe", "nombre invalide (un chiffre est attendu après la virgule décimale « . »)", start);
    }
    const e = text.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      i++;
      const sign = text.charCodeAt(i);
      if (sign === 0x2b || sign === 0x2d) i++;
      if (!digits()) throw new Failure("syntaxe", "nombre invalide (exposant sans chiffre)", start);
    }
    const after = text.charCodeAt(i);
    if (after >= 0x30 && after <= 0x39) throw new Failure("syntaxe", "nombre invalide (pas de zéro en tête)", start);
    return Number(text.slice(start, i));
  }

  function word(w: string, v: unknown): unknown {
    if (text.startsWith(w, i)) {
      i += w.length;
      return v;
    }
    throw unexpected("une valeur");
  }

  function value(depth: number): unknown {
    ws();
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      if (depth >= maxDepth) throw new Failure("trop_profond", `imbrication trop profonde (plus de ${maxDepth} niveaux)`, i);
      return c === 0x7b ? object(depth + 1) : array(depth + 1);
    }
    if (c === 0x22) return string();
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return number();
    if (c === 0x74) return word("true", true);
    if (c === 0x66) return word("false", false);
    if (c === 0x6e) return word("null", null);
    throw unexpected("une valeur");
  }

  /** After a member or an element: `,` and another one follows (false), or the closing `close` ends it (true). */
  function closes(close: number, shownClose: string): boolean {
    ws();
    const next = text.charCodeAt(i);
    if (next === 0x2c) {
      i++;
      ws();
      if (text.charCodeAt(i) === close) throw new Failure("syntaxe", `virgule en trop avant « ${shownClose} »`, i);
      return false;
    }
    if (next === close) {
      i++;
      return true;
    }
    throw unexpected(`« , » ou « ${shownClose} »`);
  }

  function object(depth: number): Record<string, unknown> {
    i++; // {
    const o: Record<string, unknown> = {};
    ws();
    if (text.charCodeAt(i) === 0x7d) {
      i++;
      return o;
    }
    for (;;) {
      ws();
      if (text.charCodeAt(i) !== 0x22) throw unexpected("une clé entre guillemets");
      const at = i;
      const key = string();
      if (Object.prototype.hasOwnProperty.call(o, key))
        throw new Failure("cle_en_double", `clé « ${[...key.slice(0, 80)].map(shown).join("")} » en double dans le même objet`, at);
      ws();
      if (text.charCodeAt(i) !== 0x3a) throw unexpected("« : »");
      i++;
      const v = value(depth);
      // `__proto__` stays an ordinary key, as with JSON.parse (an assignment would set the prototype).
      if (key === "__proto__") Object.defineProperty(o, key, { value: v, writable: true, enumerable: true, configurable: true });
      else o[key] = v;
      if (closes(0x7d, "}")) return o;
    }
  }

  function array(depth: number): unknown[] {
    i++; // [
    const a: unknown[] = [];
    ws();
    if (text.charCodeAt(i) === 0x5d) {
      i++;
      return a;
    }
    for (;;) {
      a.push(value(depth));
      if (closes(0x5d, "]")) return a;
    }
  }

  try {
    const v = value(0);
    ws();
    if (i < n)
      throw new Failure(
        "syntaxe",
        `texte après la fin du JSON (caractère « ${shown(String.fromCodePoint(text.codePointAt(i) ?? 0))} »)`,
        i,
      );
    return { ok: true, value: v };
  } catch (e) {
    if (!(e instanceof Failure)) throw e;
    return { ok: false, error: { code: e.code, message: e.message, offset: e.offset, ...positionOf(text, e.offset) } };
  }
}
