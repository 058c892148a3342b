import { assert } from "../../errors";
import { checkAmount } from "../../checks";
import { Dec, roundCent, type Decimal, type DecimalInput } from "../../arithmetic/money";

/**
 * Whole numbers of cents, exact at any size a number can reach (1e308 € is 1e310 cents, a quota
 * numerator 1e620): a Decimal clone whose precision never rounds them. Not BigInt: Excel's
 * JavaScript-only runtime for custom functions implements ECMAScript 2016, which has no BigInt.
 */
const Cents = Dec.clone({ precision: 1000 });
type Cents = InstanceType<typeof Cents>;

function cents(amount: Decimal): Cents {
  return new Cents(roundCent(amount).toFixed(2)).times(100);
}

function euros(count: Cents): Decimal {
  return new Dec(count.dividedBy(100).toFixed(2));
}

/** The largest-remainder split on whole numbers: see {@link largestRemainder}. */
function splitCents(total: Cents, weights: readonly Cents[]): Cents[] {
  const sumWeights = weights.reduce((a, w) => a.plus(w), new Cents(0));
  if (sumWeights.isZero()) return weights.map(() => new Cents(0));
  const parts: Cents[] = [];
  const remainders: Cents[] = [];
  let given = new Cents(0);
  weights.forEach((w, i) => {
    const numerator = total.times(w);
    parts[i] = numerator.dividedToIntegerBy(sumWeights);
    remainders[i] = numerator.minus(parts[i].times(sumWeights));
    given = given.plus(parts[i]);
  });
  let left = total.minus(given).toNumber(); // fewer than weights.length cents
  if (left > 0) {
    const order = weights.map((_, i) => i).sort((a, b) => remainders[b].comparedTo(remainders[a]) || a - b);
    for (const i of order) {
      if (left === 0) break;
      parts[i] = parts[i].plus(1);
      left--;
    }
  }
  return parts;
}

/**
 * Splits `total` cents in proportion to `weights` by the largest-remainder (Hamilton) method:
 * each gets the floor of its exact quota total × wᵢ / Σw, then the cents left go one by one to
 * the largest fractional remainders, ties to the earlier index. The parts sum exactly to `total`.
 * All arithmetic is on whole numbers, so quotas and remainders are compared exactly.
 */
export function largestRemainder(total: bigint, weights: readonly bigint[]): bigint[] {
  const whole = (n: bigint) => new Cents(n.toString());
  return splitCents(whole(total), weights.map(whole)).map((p) => BigInt(p.toFixed(0)));
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
 * @example allocate([3, 3, 1], 10).parts // [3, 3, 1]: the requests fit
 */
export function allocate(
  requests: readonly DecimalInput[],
  envelope: DecimalInput,
  caps?: readonly (DecimalInput | null | undefined)[],
): Allocation {
  assert(
    !caps || caps.length === requests.length,
    "formes_differentes",
    "plafonds",
    "plafonds : doivent avoir la même forme que les demandes",
  );
  const env = roundCent(checkAmount(envelope, "enveloppe"));
  const asked = requests.map((r, i) => {
    let amount = checkAmount(r, `demandes[${i + 1}]`);
    const cap = caps?.[i];
    if (cap !== undefined && cap !== null) {
      const c = checkAmount(cap, `plafonds[${i + 1}]`);
      if (amount.gt(c)) amount = c;
    }
    return cents(amount);
  });
  const requestedCents = asked.reduce((a, c) => a.plus(c), new Cents(0));
  const envCents = cents(env);
  const fits = requestedCents.lte(envCents);
  const partCents = fits ? asked : splitCents(envCents, asked);
  const allocatedCents = fits ? requestedCents : envCents;
  return {
    parts: partCents.map(euros),
    requested: euros(requestedCents),
    allocated: euros(allocatedCents),
    fits,
    unused: euros(envCents.minus(allocatedCents)),
  };
}

/** Convenience for exact amounts already known to be cents: rounds then allocates. */
export function allocateAmounts(requests: readonly Decimal[], envelope: Decimal): Allocation {
  return allocate(requests.map(roundCent), envelope);
}
