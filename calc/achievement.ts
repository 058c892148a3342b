import { assert } from "./errors";
import { checkAmount } from "./checks";
import { pow10, type Fixed } from "./fixed";
import { Dec, type Decimal, type DecimalInput } from "./money";

/** An exact ratio num / den (den > 0). */
export interface Ratio {
  num: bigint;
  den: bigint;
}

/** Σ weight × met / Σ weight as an exact ratio; 1 when there is no objective. */
export function achievementRatio(met: readonly boolean[], weights: readonly Fixed[]): Ratio {
  if (met.length === 0) return { num: 1n, den: 1n };
  let scale = 0;
  for (const w of weights) if (w.s > scale) scale = w.s;
  let total = 0n;
  let reached = 0n;
  met.forEach((m, i) => {
    const w = weights[i].m * pow10(scale - weights[i].s);
    total += w;
    if (m) reached += w;
  });
  assert(total > 0n, "hors_bornes", "poids", "poids : leur somme doit être strictement positive");
  return { num: reached, den: total };
}

/**
 * Achievement ratio of a structure's objectives: Σ weight × met / Σ weight (1 when all are met,
 * and 1 when there is no objective to check). The library keeps it as an exact ratio; this
 * Decimal is for display (40 significant digits).
 *
 * @example achievement([true, false, true], [2, 1, 1]) // 0.75
 */
export function achievement(met: readonly boolean[], weights?: readonly DecimalInput[] | null): Decimal {
  assert(!weights || weights.length === met.length, "formes_differentes", "poids", "poids : doivent avoir la même forme que les objectifs");
  const w = met.map((_, i) => (weights ? checkAmount(weights[i], `poids[${i + 1}]`) : { m: 1n, s: 0 }));
  const r = achievementRatio(met, w);
  return new Dec(r.num.toString()).dividedBy(r.den.toString());
}
