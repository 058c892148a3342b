/**
 * Text from a scenario shown in a terminal or a message: every character that could act instead
 * of being read — C0 and C1 controls (ESC starts the ANSI sequences that move the cursor and
 * rewrite a line), DEL, bidirectional overrides and isolates (they reorder what is shown),
 * zero-width and line-separator characters, lone surrogates — is written as a visible escape
 * (`\x1B`, `\u202E`). Printable text, accents included, is left as it is.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function escape(ch: string): string {
  const c = ch.charCodeAt(0);
  return c < 0x100 ? `\\x${c.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${c.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** `text` with every control, bidi and invisible character as a visible escape; a newline too. */
export function visible(text: string): string {
  return text.replace(INVISIBLE, escape);
}

/** Like {@link visible} but keeps the line breaks of a message made of several lines. */
export function visibleLines(text: string): string {
  return text.split("\n").map(visible).join("\n");
}
