/**
 * The contract of the custom functions, read from shared/spec/custom-functions.md (beside the
 * project, for every developer and CI): ids, French names, arguments and which are optional.
 */
import fs from "fs";
import path from "path";
import { ROOT } from "./build";

export interface ContractFunction {
  id: string;
  french: string;
  parameters: { name: string; optional: boolean }[];
}

export const CONTRACT_PATH = path.join(ROOT, "..", "shared", "spec", "custom-functions.md");

export function readContract(): ContractFunction[] {
  if (!fs.existsSync(CONTRACT_PATH)) throw new Error(`The contract is missing: ${CONTRACT_PATH}`);
  const rows = fs
    .readFileSync(CONTRACT_PATH, "utf8")
    .split("\n")
    .map((line) => /^\| ([A-Z_]+) \| ([A-Z_]+) \| (.*?) \| .* \|$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null);
  return rows.map(([, id, french, args]) => ({
    id,
    french,
    parameters:
      args.trim() === "—"
        ? []
        : args.split(",").map((arg) => {
            const a = arg.trim();
            const optional = a.startsWith("[");
            return {
              name: a
                .replace(/^\[|\]$/g, "")
                .split("=")[0]
                .trim(),
              optional,
            };
          }),
  }));
}
