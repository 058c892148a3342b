/**
 * The contract of the custom functions: ids, French names, arguments and which are optional.
 * Read from the project's copy, spec/custom-functions.md, so that the tests run wherever the
 * project is cloned; the shared original (../shared/spec/custom-functions.md, beside the project
 * on a team machine) must be the same text when it is there (test/functions/contract.test.ts).
 */
import fs from "fs";
import path from "path";
import { ROOT } from "./build";

export interface ContractFunction {
  id: string;
  french: string;
  parameters: { name: string; optional: boolean }[];
}

export const CONTRACT_PATH = path.join(ROOT, "spec", "custom-functions.md");
/** The team's shared original of the contract, when the project sits beside it. */
export const SHARED_CONTRACT_PATH = path.join(ROOT, "..", "shared", "spec", "custom-functions.md");

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
        : args.split(/,(?![^[]*\])/).map((arg) => {
            // commas inside an optional argument's brackets belong to its default's description
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
