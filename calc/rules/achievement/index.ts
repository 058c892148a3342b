import { assert } from "../../errors";
import { checkAmount } from "../../checks";
import { Dec, ONE, ZERO, type Decimal, type DecimalInput } from "../../arithmetic/money";

/**
 * Achievement ratio of a structure's objectives: Σ weight × met / Σ weight (1 when all are met,
 * and 1 when there is no objective to check). Not rounded: it multiplies the final request,
 * which is rounded to the cent.
 *
 * @example achievement([true, false, true], [2, 1, 1]) // 0.75
 */
export function achievement(met: readonly boolean[], weights?: readonly DecimalInput[] | null): Decimal {
  assert(!weights || weights.length === met.length, "formes_differentes", "poids", "poids : doivent avoir la même forme que les objectifs");
  if (met.length === 0) return ONE;
  let total = ZERO;
  let reached = ZERO;
  met.forEach((m, i) => {
    const w = weights ? checkAmount(weights[i], `poids[${i + 1}]`) : new Dec(1);
    total = total.plus(w);
    if (m) reached = reached.plus(w);
  });
  assert(total.isPositive() && !total.isZero(), "hors_bornes", "poids", "poids : leur somme doit être strictement positive");
  return reached.dividedBy(total);
}
