/**
 * Taux d'équilibre: the largest rate, in steps of 0,0001 (4 decimals, rounded down), at which
 * every request fits the envelope. Requests grow with the rate (caps only stop them), so the
 * rates that fit are the steps from 0 up to the balance rate: a search by halves finds it.
 */

/** Steps of the balance rate: 10 000 per unit (4 decimals). */
export const BALANCE_RATE_STEPS = 10_000;

/**
 * The largest step `k` in [0, {@link BALANCE_RATE_STEPS}] such that the requests at the rate
 * k ÷ 10 000 sum to the envelope or less; `fitsAt(0)` is taken as true (nothing is requested at 0).
 */
export function balanceRateSteps(fitsAt: (steps: number) => boolean): number {
  if (fitsAt(BALANCE_RATE_STEPS)) return BALANCE_RATE_STEPS;
  let low = 0; // fits
  let high = BALANCE_RATE_STEPS; // does not fit
  while (high - low > 1) {
    const mid = (low + high) >>> 1;
    if (fitsAt(mid)) low = mid;
    else high = mid;
  }
  return low;
}

/** A step count as the rate's text with its 4 decimals, e.g. 7_421 → `"0.7421"`, 10 000 → `"1.0000"`. */
export function balanceRateText(steps: number): string {
  return `${Math.floor(steps / BALANCE_RATE_STEPS)}.${String(steps % BALANCE_RATE_STEPS).padStart(4, "0")}`;
}
