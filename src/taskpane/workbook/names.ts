import { fnv1a } from "../../../calc/arithmetic/hash";
import { MAX_SHEET_NAME, safeSheetName } from "./cells";

/**
 * Names of what the pane creates for a key (a manager's id): readable, and distinct for distinct
 * keys whatever their length, case or punctuation. Excel compares sheet and table names without
 * case and limits a sheet name to 31 characters, so a key that would not survive as typed gets
 * a short hash of itself appended.
 */

/** A short stable hash of a text in base 36 (`fnv1a` of calc/arithmetic/hash.ts). */
export function shortHash(text: string): string {
  return fnv1a(text).toString(36).padStart(7, "0");
}

/**
 * `Simulation ca-epinal-ill` when that name is the key as typed (fits, no character Excel
 * refuses, lower case, no `~`); otherwise the readable start and ` ~` + the key's hash, which no
 * name of the first kind can end with.
 */
export function keyedSheetName(prefix: string, key: string): string {
  const plain = `${prefix} ${key}`;
  if (safeSheetName(plain) === plain && key === key.toLowerCase() && !key.includes("~")) return plain;
  const tag = ` ~${shortHash(key)}`;
  return (
    safeSheetName(plain)
      .slice(0, MAX_SHEET_NAME - tag.length)
      .trimEnd() + tag
  );
}

/** `FS_Sim_a_b_1x9k2c_Agents`: table names take letters, digits and `_`; the hash keeps `a-b` and `a_b` apart. */
export function keyedTableName(prefix: string, key: string, suffix: string): string {
  return `${prefix}_${key.replace(/[^A-Za-z0-9_]/g, "_").slice(0, 40)}_${shortHash(key)}_${suffix}`;
}
