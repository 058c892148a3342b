/**
 * A short stable hash of a text: 32-bit FNV-1a over its UTF-16 code units, the same in Node and
 * in a browser. For naming and change detection (file, sheet and table names, what the pane
 * wrote on a sheet), never for security: a few lines need no library.
 */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
