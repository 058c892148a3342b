import { LIMITS, syntheticScenario, validateScenario, visible, VOSGES_2022_EXAMPLE } from "../calc";
import { formatIssues } from "./format";
import { usageError, writeAll, type Io } from "./io";
import { parseOptions } from "./options";

export async function exampleCommand(args: string[], io: Io): Promise<void> {
  const o = parseOptions("example", args, [], ["--structures", "--graine", "--seed"]);
  if (o.positionals.length) throw usageError(`fs-ctec example : argument inattendu « ${visible(o.positionals[0])} »`, true);
  const structures = o.values.get("--structures");
  const seedGiven = o.values.get("--graine") ?? o.values.get("--seed");
  if (o.values.has("--graine") && o.values.has("--seed"))
    throw usageError("fs-ctec example : --graine et --seed sont la même option ; donnez-la une fois", true);
  if (structures === undefined) {
    if (seedGiven !== undefined) throw usageError("fs-ctec example : --graine ne s'applique qu'avec --structures", true);
    return writeAll(io.stdout, [JSON.stringify(VOSGES_2022_EXAMPLE, null, 2), "\n"]);
  }
  const seed = seedGiven ?? "2022";
  const n = Number(structures);
  if (!/^\d+$/.test(structures) || !Number.isInteger(n) || n < 1 || n > LIMITS.structures)
    throw usageError(`fs-ctec example : --structures attend un nombre entier entre 1 et ${LIMITS.structures}`);
  if (!/^\d{1,9}$/.test(seed)) throw usageError("fs-ctec example : --graine attend un nombre entier positif");
  const scenario = syntheticScenario({ structures: n, seed: Number(seed) });
  // The generated file must be one compute accepts: the same limits (managers, agents, structures per manager).
  const validation = validateScenario(scenario);
  if (!validation.ok) {
    const sizes = validation.issues.filter((i) => i.code === "trop_grand");
    throw usageError(
      `fs-ctec example : un scénario synthétique de ${n} structures dépasserait les limites que compute accepte ; choisissez moins de structures :\n${formatIssues(sizes.length ? sizes : validation.issues)}`,
    );
  }
  await writeAll(io.stdout, [JSON.stringify(scenario), "\n"]);
}
