import { allocateCents, requestCents } from "./allocate";
import { assert } from "./errors";
import { checkAmount, checkRate } from "./checks";
import { centsToDecimal, productToCents, sub, toCentsFixed, toDecimal, type Fixed } from "./fixed";
import type { Decimal, DecimalInput } from "./money";

/** round(amount × rate) in cents, on values already read. */
export function advanceCents(amount: Fixed, rate: Fixed): bigint {
  return productToCents([amount, rate]);
}

/**
 * Acompte (advance) paid at signature: round(amount × advance rate).
 *
 * @example advance(100.01) // 50.01 (50.005 rounds half away from zero)
 */
export function advance(amount: DecimalInput, rate: DecimalInput = "0.5"): Decimal {
  return centsToDecimal(advanceCents(checkAmount(amount, "montant"), checkRate(rate, "taux")));
}

/**
 * Solde (balance) after the evaluation: final allocation − acompte paid.
 * Negative means the payee pays back (reversement).
 */
export function balance(finalAllocation: DecimalInput, advancePaid: DecimalInput): Decimal {
  return toDecimal(sub(checkAmount(finalAllocation, "montant final"), checkAmount(advancePaid, "acompte versé")));
}

/** One payee's line of a payment schedule. */
export interface ScheduleLine {
  forecast: Decimal;
  advance: Decimal;
  final: Decimal;
  balance: Decimal;
}

/**
 * Payment schedule: forecast = allocate(requests, envelope); acompte = round(forecast × rate);
 * final = allocate(actuals, envelope), or the forecast when there are no actuals; solde = final − acompte.
 */
export function schedule(requests: readonly DecimalInput[], envelope: DecimalInput, advanceRate: DecimalInput = "0.5", actuals?: readonly DecimalInput[] | null): ScheduleLine[] {
  assert(!actuals || actuals.length === requests.length, "formes_differentes", "réalisé", "réalisé : doit avoir la même forme que les demandes");
  const rate = checkRate(advanceRate, "taux d'acompte");
  const env = toCentsFixed(checkAmount(envelope, "enveloppe"));
  const forecast = allocateCents(requestCents(requests, "demandes"), env).parts;
  const final = actuals ? allocateCents(requestCents(actuals, "réalisé"), env).parts : forecast;
  return forecast.map((f, i) => {
    const adv = advanceCents({ m: f, s: 2 }, rate);
    return { forecast: centsToDecimal(f), advance: centsToDecimal(adv), final: centsToDecimal(final[i]), balance: centsToDecimal(final[i] - adv) };
  });
}
