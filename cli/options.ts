import { visible } from "../calc";
import { usageError } from "./io";

export interface Parsed {
  flags: Set<string>;
  values: Map<string, string>;
  positionals: string[];
}

/**
 * The options of a command: `flags` take no value, `values` take one (`--projection 2022-2026`
 * or `--projection=2022-2026`); `-` alone is a file (the standard input); after `--` everything
 * is a file. Anything else starting with `-` is an unknown option: an error, never ignored.
 */
export function parseOptions(command: string, args: string[], flags: string[], values: string[]): Parsed {
  const parsed: Parsed = { flags: new Set(), values: new Map(), positionals: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      parsed.positionals.push(...args.slice(i + 1));
      break;
    }
    if (a === "-" || !a.startsWith("-")) {
      parsed.positionals.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (flags.includes(name) && eq < 0) parsed.flags.add(name);
    else if (values.includes(name)) {
      const value = eq > 0 ? a.slice(eq + 1) : args[++i];
      if (value === undefined || value === "") throw usageError(`fs-ctec ${command} : l'option ${name} attend une valeur`, true);
      if (parsed.values.has(name)) throw usageError(`fs-ctec ${command} : l'option ${name} est donnée deux fois`, true);
      parsed.values.set(name, value);
    } else throw usageError(`fs-ctec ${command} : option inconnue « ${visible(a)} »`, true);
  }
  return parsed;
}
