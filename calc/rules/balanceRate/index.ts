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
 * With a `guess`, the search starts there and widens by doubling steps until it brackets the
 * answer, then halves: a close guess costs a few requests' sums instead of fourteen.
 */
export function balanceRateSteps(fitsAt: (steps: number) => boolean, guess?: number): number {
  if (fitsAt(BALANCE_RATE_STEPS)) return BALANCE_RATE_STEPS;
  let low = 0; // fits
  let high = BALANCE_RATE_STEPS; // does not fit
  if (guess !== undefined && guess > 0 && guess < BALANCE_RATE_STEPS) {
    const g = Math.floor(guess);
    if (fitsAt(g)) {
      low = g;
      for (let step = 1; ; step *= 2) {
        const next = g + step;
        if (next >= BALANCE_RATE_STEPS) break; // high stays at 100 %, known not to fit
        if (!fitsAt(next)) {
          high = next;
          break;
        }
        low = next;
      }
    } else {
      high = g;
      for (let step = 1; ; step *= 2) {
        const next = g - step;
        if (next <= 0) break; // low stays at 0, which fits
        if (fitsAt(next)) {
          low = next;
          break;
        }
        high = next;
      }
    }
  }
  while (high - low > 1) {
    const mid = (low + high) >>> 1;
    if (fitsAt(mid)) low = mid;
    else high = mid;
  }
  return low;
}

/**
 * A first guess of the balance rate's steps from the requests at 100 %: envelope ÷ requests.
 * Requests at a lower rate are at least that rate times the requests at 100 % (a cap only
 * stops them higher), so the answer is at or above the guess, give or take the roundings.
 */
export function balanceRateGuess(envelopeCents: bigint, requestsAtFullCents: bigint): number | undefined {
  if (requestsAtFullCents <= 0n) return undefined;
  return Number((envelopeCents * BigInt(BALANCE_RATE_STEPS)) / requestsAtFullCents);
}

/** A step count as the rate's text with its 4 decimals, e.g. 7_421 → `"0.7421"`, 10 000 → `"1.0000"`. */
export function balanceRateText(steps: number): string {
  return `${Math.floor(steps / BALANCE_RATE_STEPS)}.${String(steps % BALANCE_RATE_STEPS).padStart(4, "0")}`;
}
