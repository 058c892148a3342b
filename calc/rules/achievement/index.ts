import { assert } from "../../errors";
import { checkAmount } from "../../checks";
import type { Calculator } from "../../arithmetic/calculator";
import { DECIMAL, ONE, type Decimal, type DecimalInput } from "../../arithmetic/money";
import { FIXED, pow10, type Fixed } from "../../arithmetic/fixed";

/** The weights of the objectives met and of all objectives: the achievement is reached ÷ total. */
export interface AchievementOf<T> {
  reached: T;
  total: T;
}

/** The achievement in any representation, as its two sums (a ratio is exact only as a fraction). */
export function achievementIn<T>(calc: Calculator<T>, met: readonly boolean[], weights: readonly T[]): AchievementOf<T> {
  let total = calc.zero;
  let reached = calc.zero;
  met.forEach((m, i) => {
    total = calc.add(total, weights[i]);
    if (m) reached = calc.add(reached, weights[i]);
  });
  return { reached, total };
}

/** An amount modulated by an achievement: round(amount × reached ÷ total), dividing last. */
export function applyAchievementIn<T>(calc: Calculator<T>, amount: T, achievement: AchievementOf<T>): T {
  return calc.roundCent([amount, achievement.reached], achievement.total);
}

/**
 * Achievement ratio of a structure's objectives: Σ weight × met / Σ weight (1 when all are met,
 * and 1 when there is no objective to check). Not rounded: it multiplies the final request,
 * which is rounded to the cent.
 *
 * @example achievement([true, false, true], [2, 1, 1]) // 0.75
 * @throws {CalcError} `formes_differentes`; `hors_bornes` when the weights sum to 0.
 */
export function achievement(met: readonly boolean[], weights?: readonly DecimalInput[] | null): Decimal {
  assert(!weights || weights.length === met.length, "formes_differentes", "poids", "poids : doivent avoir la même forme que les objectifs");
  if (met.length === 0) return ONE;
  const w = met.map((_, i) => (weights ? checkAmount(weights[i], `poids[${i + 1}]`) : ONE));
  const { reached, total } = achievementIn(DECIMAL, met, w);
  assert(total.isPositive() && !total.isZero(), "hors_bornes", "poids", "poids : leur somme doit être strictement positive");
  return reached.dividedBy(total);
}

/** An exact ratio num / den (den > 0), on bigint: the engine's achievement. */
export interface Ratio {
  num: bigint;
  den: bigint;
}

/** The engine's achievement as a bigint ratio; 1 when there is no objective or no weight. */
export function achievementRatio(met: readonly boolean[], weights: readonly Fixed[]): Ratio {
  const { reached, total } = achievementIn(FIXED, met, weights);
  if (total.m <= 0n) return { num: 1n, den: 1n };
  const scale = Math.max(reached.s, total.s);
  return { num: reached.m * pow10(scale - reached.s), den: total.m * pow10(scale - total.s) };
}

/** The engine's modulated amount, in cents. */
export function applyRatio(amount: Fixed, ratio: Ratio): bigint {
  return applyAchievementIn(FIXED, amount, { reached: { m: ratio.num, s: 0 }, total: { m: ratio.den, s: 0 } }).m;
}
