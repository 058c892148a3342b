import { allocate } from "../allocation";
import { assert } from "../../errors";
import { checkAmount, checkRate } from "../../checks";
import { dec, roundCent, type Decimal, type DecimalInput } from "../../arithmetic/money";

/**
 * Acompte (advance) paid at signature: round(amount × advance rate).
 *
 * @example advance(100.01) // 50.01 (50.005 rounds half away from zero)
 */
export function advance(amount: DecimalInput, rate: DecimalInput = "0.5"): Decimal {
  return roundCent(checkAmount(amount, "montant").times(checkRate(rate, "taux")));
}

/**
 * Solde (balance) after the evaluation: final allocation − acompte paid.
 * Negative means the payee pays back (reversement).
 */
export function balance(finalAllocation: DecimalInput, advancePaid: DecimalInput): Decimal {
  return checkAmount(finalAllocation, "montant final").minus(checkAmount(advancePaid, "acompte versé"));
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
export function schedule(
  requests: readonly DecimalInput[],
  envelope: DecimalInput,
  advanceRate: DecimalInput = "0.5",
  actuals?: readonly DecimalInput[] | null,
): ScheduleLine[] {
  assert(
    !actuals || actuals.length === requests.length,
    "formes_differentes",
    "réalisé",
    "réalisé : doit avoir la même forme que les demandes",
  );
  const rate = checkRate(advanceRate, "taux d'acompte");
  const forecast = allocate(requests, envelope).parts;
  const final = actuals ? allocate(actuals, envelope).parts : forecast;
  return forecast.map((f, i) => {
    const adv = roundCent(f.times(rate));
    return { forecast: f, advance: adv, final: final[i], balance: dec(final[i]).minus(adv) };
  });
}
