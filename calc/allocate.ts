import { assert } from "./errors";
import { checkAmount } from "./checks";
import { fromCents, roundCent, toCents, type Decimal, type DecimalInput } from "./money";

/**
 * Splits `total` cents in proportion to `weights` by the largest-remainder (Hamilton) method:
 * each gets the floor of its exact quota total × wᵢ / Σw, then the cents left go one by one to
 * the largest fractional remainders, ties to the earlier index. The parts sum exactly to `total`.
 * All arithmetic is on whole numbers, so quotas and remainders are compared exactly.
 */
export function largestRemainder(total: bigint, weights: readonly bigint[]): bigint[] {
  const sumWeights = weights.reduce((a, w) => a + w, 0n);
  if (sumWeights === 0n) return weights.map(() => 0n);
  const parts = new Array<bigint>(weights.length);
  const remainders = new Array<bigint>(weights.length);
  let given = 0n;
  for (let i = 0; i < weights.length; i++) {
    const numerator = total * weights[i];
    parts[i] = numerator / sumWeights;
    remainders[i] = numerator % sumWeights;
    given += parts[i];
  }
  let left = Number(total - given); // fewer than weights.length cents
  if (left > 0) {
    const order = weights.map((_, i) => i).sort((a, b) => (remainders[b] > remainders[a] ? 1 : remainders[b] < remainders[a] ? -1 : a - b));
    for (const i of order) {
      if (left === 0) break;
      parts[i] += 1n;
      left--;
    }
  }
  return parts;
}

/** The result of an allocation under an envelope. */
export interface Allocation {
  /** What each payee gets, in the order of the requests. */
  parts: Decimal[];
  /** Sum of the requests after caps, rounded to cents. */
  requested: Decimal;
  /** Sum of the parts. */
  allocated: Decimal;
  /** True when the requests fit in the envelope and are paid in full. */
  fits: boolean;
  /** Envelope − allocated (0 when the envelope binds). */
  unused: Decimal;
}

/**
 * Allocates an envelope among requests. Each request is first capped (when a cap is given) and
 * rounded to the cent. When they fit, every request is paid in full and the unused part is
 * reported; otherwise the envelope is split in proportion by {@link largestRemainder}, in whole
 * cents, and the parts sum exactly to the envelope.
 *
 * @example allocate([100, 100, 100], 100).parts // [33.34, 33.33, 33.33]
 * @example allocate([30, 30, 10], 10).parts // [4.29, 4.28, 1.43]
 * @example allocate([3, 3, 1], 10).parts // [3, 3, 1]: they fit, paid in full, 3 unused
 */
export function allocate(requests: readonly DecimalInput[], envelope: DecimalInput, caps?: readonly (DecimalInput | null | undefined)[]): Allocation {
  assert(!caps || caps.length === requests.length, "formes_differentes", "plafonds", "plafonds : doivent avoir la même forme que les demandes");
  const env = roundCent(checkAmount(envelope, "enveloppe"));
  const cents = requests.map((r, i) => {
    let amount = checkAmount(r, `demandes[${i + 1}]`);
    const cap = caps?.[i];
    if (cap !== undefined && cap !== null) {
      const c = checkAmount(cap, `plafonds[${i + 1}]`);
      if (amount.gt(c)) amount = c;
    }
    return toCents(amount);
  });
  const requestedCents = cents.reduce((a, c) => a + c, 0n);
  const envCents = toCents(env);
  const fits = requestedCents <= envCents;
  const partCents = fits ? cents : largestRemainder(envCents, cents);
  const allocatedCents = fits ? requestedCents : envCents;
  return {
    parts: partCents.map(fromCents),
    requested: fromCents(requestedCents),
    allocated: fromCents(allocatedCents),
    fits,
    unused: fromCents(envCents - allocatedCents),
  };
}

/** Convenience for exact amounts already known to be cents: rounds then allocates. */
export function allocateAmounts(requests: readonly Decimal[], envelope: Decimal): Allocation {
  return allocate(requests.map(roundCent), envelope);
}
