/**
 * Text from a person shown where it could act instead of being read: a terminal, a message, an
 * error. Every character that could act — C0 and C1 controls (ESC starts the ANSI sequences that
 * move the cursor and rewrite a line), DEL, bidirectional embeddings, overrides and isolates (they
 * reorder what is shown), zero-width and line-separator characters, lone surrogates — is written
 * as its code between angle brackets (`<U+001B>`). Printable text, accents and emoji included, is
 * left as it is. The one place that knows which characters are unsafe to show.
 */
const UNSAFE =
  // A valid surrogate pair (an emoji) is matched first and kept; no lookbehind: the functions' bundle is ES2016.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\ud800-\udbff][\udc00-\udfff]|[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff]/g;

/** `U+001B`: how a message names a character it must not show. */
export function codePoint(c: string): string {
  return `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** `text` with every control, bidi and invisible character written as its code (`<U+001B>`); a newline too. */
export function visible(text: string): string {
  return text.replace(UNSAFE, (c) => (c.length === 2 ? c : `<${codePoint(c)}>`));
}

/** Like {@link visible} but keeps the line breaks of a message made of several lines. */
export function visibleLines(text: string): string {
  return text.split("\n").map(visible).join("\n");
}
