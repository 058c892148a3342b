import { codePoint } from "../report/visible";

/**
 * The rules of a text typed by a person (a name, a label): it is shown in the pane, in sheets,
 * in CSV files and in a terminal, so it must not be able to act there. Each rule has one
 * message, naming the character by its code, never showing it.
 */

/** C0 and C1 control characters and DEL: a terminal reads some of them as commands (ANSI escapes). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
/** The same, except tab and line breaks, which a long description may hold. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Bidi embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069): they reorder what is displayed. */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
/**
 * Characters that show nothing: spaces, zero-width characters and joiners, marks of direction,
 * the byte order mark, the soft hyphen, fillers, variation selectors and tags. A name made of
 * them only looks empty. (Written as ranges, not `\p{…}`: the functions' bundle is ES2016.)
 */
/* eslint-disable no-misleading-character-class -- combining marks listed one by one on purpose: each alone is invisible */
const INVISIBLE_ONLY =
  /^(?:[\s\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u2060-\u2064\u206A-\u206F\u2800\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDDEF])*$/;
/* eslint-enable no-misleading-character-class */

export const TEXT_MESSAGES = {
  control: (c: string) => `contient un caractère de contrôle (${codePoint(c)}) : retirez-le`,
  bidi: (c: string) => `contient un caractère qui inverse le sens d'écriture (${codePoint(c)}) : retirez-le`,
  loneSurrogate: (c: string) => `contient un demi-caractère (${codePoint(c)}, surrogate UTF-16 isolé) : le texte est mal encodé`,
  invisible: "ne contient que des caractères invisibles (espace sans largeur…) : écrivez un texte lisible",
} as const;

/** The first half of a UTF-16 surrogate pair without its other half, or the other half alone. */
function loneSurrogate(s: string): string | undefined {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    const next = s.charCodeAt(i + 1);
    if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
    else return s[i];
  }
  return undefined;
}

/**
 * What is wrong with a person's text, or undefined. `lines`: tabs and line breaks allowed (a
 * description). A text of nothing at all is left to the rule of its field (« ne doit pas être vide »).
 */
export function textProblem(s: string, lines = false): string | undefined {
  const control = (lines ? CONTROL_BUT_LINES : CONTROL).exec(s);
  if (control) return TEXT_MESSAGES.control(control[0]);
  const bidi = BIDI.exec(s);
  if (bidi) return TEXT_MESSAGES.bidi(bidi[0]);
  const half = loneSurrogate(s);
  if (half) return TEXT_MESSAGES.loneSurrogate(half);
  if (!lines && s.length > 0 && INVISIBLE_ONLY.test(s)) return TEXT_MESSAGES.invisible;
  return undefined;
}
