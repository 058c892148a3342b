import { assert } from "../../errors";
import { checkAmount } from "../../checks";
import { minOf, type Calculator, type Integers, type WithCents } from "../../arithmetic/calculator";
import { DECIMAL_CENTS, type Decimal, type DecimalInput } from "../../arithmetic/money";
import { BIGINT } from "../../arithmetic/fixed";
import { largestRemainder, largestRemainderIn } from "./largestRemainder";

export { largestRemainder, largestRemainderIn } from "./largestRemainder";

/** An allocation in whole cents. */
export interface WholeAllocation<I> {
  parts: I[];
  /** Sum of the requests. */
  requested: I;
  /** Sum of the parts. */
  allocated: I;
  /** True when the requests fit in the envelope and are paid in full. */
  fits: boolean;
}

/**
 * The envelope rule on whole cents: every request paid in full when their sum fits in the
 * envelope, otherwise the envelope split in proportion to the requests by `split` (the largest
 * remainder on `ints` unless given), so that the parts sum exactly to the envelope.
 */
export function allocateWhole<I>(
  ints: Integers<I>,
  requests: readonly I[],
  envelope: I,
  split: (total: I, weights: readonly I[]) => I[] = (total, weights) => largestRemainderIn(ints, total, weights),
): WholeAllocation<I> {
  let requested = ints.zero;
  for (const r of requests) requested = ints.add(requested, r);
  const fits = ints.compare(requested, envelope) <= 0;
  return { parts: fits ? [...requests] : split(envelope, requests), requested, allocated: fits ? requested : envelope, fits };
}

/** The engine's allocation: {@link allocateWhole} on bigint cents. */
export type CentsAllocation = WholeAllocation<bigint>;

/** {@link allocateWhole} on bigint cents (safe integers while they suffice). */
export function allocateCents(requests: readonly bigint[], envelope: bigint): CentsAllocation {
  return allocateWhole(BIGINT, requests, envelope, largestRemainder);
}

/** A request after its cap (none when undefined), rounded to the cent: what an allocation weighs. */
export function cappedRequestIn<T>(calc: Calculator<T>, request: T, cap?: T): T {
  return calc.roundCent([cap === undefined ? request : minOf(calc, request, cap)]);
}

/** The result of an allocation under an envelope. */
export interface AllocationOf<T> {
  /** What each payee gets, in the order of the requests. */
  parts: T[];
  /** Sum of the requests after caps, rounded to cents. */
  requested: T;
  /** Sum of the parts. */
  allocated: T;
  /** True when the requests fit in the envelope and are paid in full. */
  fits: boolean;
  /** Envelope − allocated (0 when the envelope binds). */
  unused: T;
}

/** The public allocation, on decimal.js. */
export type Allocation = AllocationOf<Decimal>;

/** {@link allocate} in any representation: requests capped and rounded to the cent, the envelope too, then {@link allocateWhole}. */
export function allocateIn<T, I>(
  money: WithCents<T, I>,
  requests: readonly T[],
  envelope: T,
  caps?: readonly (T | undefined)[],
): AllocationOf<T> {
  const env = money.toCents(money.calc.roundCent([envelope]));
  const asked = requests.map((r, i) => money.toCents(cappedRequestIn(money.calc, r, caps?.[i])));
  const whole = allocateWhole(money.ints, asked, env);
  return {
    parts: whole.parts.map(money.fromCents),
    requested: money.fromCents(whole.requested),
    allocated: money.fromCents(whole.allocated),
    fits: whole.fits,
    unused: money.fromCents(money.ints.subtract(env, whole.allocated)),
  };
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
 * @throws {CalcError} `montant_negatif`, `type_invalide`; `formes_differentes` when caps and requests differ in length.
 */
export function allocate(
  requests: readonly DecimalInput[],
  envelope: DecimalInput,
  caps?: readonly (DecimalInput | null | undefined)[] | null,
): Allocation {
  assert(
    !caps || caps.length === requests.length,
    "formes_differentes",
    "plafonds",
    "plafonds : doivent avoir la même forme que les demandes",
  );
  const env = checkAmount(envelope, "enveloppe");
  const asked: Decimal[] = [];
  const capped: (Decimal | undefined)[] = [];
  requests.forEach((r, i) => {
    asked.push(checkAmount(r, `demandes[${i + 1}]`));
    const cap = caps?.[i];
    capped.push(cap === undefined || cap === null ? undefined : checkAmount(cap, `plafonds[${i + 1}]`));
  });
  return allocateIn(DECIMAL_CENTS, asked, env, capped);
}
