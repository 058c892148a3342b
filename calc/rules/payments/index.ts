import { assert } from "../../errors";
import { checkAmount, checkRate } from "../../checks";
import type { Calculator, WithCents } from "../../arithmetic/calculator";
import { DECIMAL, DECIMAL_CENTS, type Decimal, type DecimalInput } from "../../arithmetic/money";
import { FIXED, type Fixed } from "../../arithmetic/fixed";
import { REFERENCE_PARAMETERS } from "../../parameters/lookup";
import { allocateIn } from "../allocation";
import { finalPaymentsIn, parseFinalRule, type FinalRule } from "../finalPayment";

/** The acompte in any representation: round(amount × rate). */
export function advanceIn<T>(calc: Calculator<T>, amount: T, rate: T): T {
  return calc.roundCent([amount, rate]);
}

/** The solde in any representation: final − acompte paid (negative: the payee pays back). Needs only subtraction. */
export function balanceIn<T>(calc: Pick<Calculator<T>, "subtract">, finalAllocation: T, advancePaid: T): T {
  return calc.subtract(finalAllocation, advancePaid);
}

let latestAdvanceRate: Decimal | undefined;

/** The latest advance rate of the reference parameters (built in: read once): the default of {@link advance} and {@link schedule}. */
function defaultAdvanceRate(): Decimal {
  return (latestAdvanceRate ??= REFERENCE_PARAMETERS.latest("departement.taux_acompte").decimal);
}

/**
 * Acompte (advance) paid at signature: round(amount × advance rate). The rate defaults to the
 * latest value of the dated parameter `departement.taux_acompte`.
 *
 * @example advance(100.01) // 50.01 (50.005 rounds half away from zero)
 * @throws {CalcError} `montant_negatif`, `taux_invalide`.
 */
export function advance(amount: DecimalInput, rate?: DecimalInput | null): Decimal {
  return advanceIn(DECIMAL, checkAmount(amount, "montant"), checkRate(rate ?? defaultAdvanceRate(), "taux"));
}

/**
 * Solde (balance) after the evaluation: final allocation − acompte paid.
 * Negative means the payee pays back (reversement).
 *
 * @example balance(8000, 10000) // -2000
 */
export function balance(finalAllocation: DecimalInput, advancePaid: DecimalInput): Decimal {
  const b = balanceIn(DECIMAL, checkAmount(finalAllocation, "montant final"), checkAmount(advancePaid, "acompte versé"));
  return b.isZero() ? DECIMAL.zero : b;
}

/** The engine's acompte on an allocation in cents, in cents. */
export function advanceCents(allocated: bigint, rate: Fixed): bigint {
  return advanceIn(FIXED, { m: allocated, s: 2 }, rate).m;
}

/** One payee's line of a payment schedule. */
export interface ScheduleLineOf<T> {
  forecast: T;
  advance: T;
  final: T;
  balance: T;
}

/** One payee's line of a payment schedule, in decimals. */
export type ScheduleLine = ScheduleLineOf<Decimal>;

/**
 * The schedule in any representation: forecast = allocation of the requests; acompte =
 * round(forecast × rate); final by `finalRule` from the actuals, or the forecast without them;
 * solde = final − acompte.
 */
export function scheduleIn<T, I>(
  money: WithCents<T, I>,
  requests: readonly T[],
  envelope: T,
  advanceRate: T,
  actuals?: readonly T[] | null,
  finalRule: FinalRule = "plafonne",
): ScheduleLineOf<T>[] {
  const { calc } = money;
  const forecast = allocateIn(money, requests, envelope).parts;
  const final = actuals ? finalPaymentsIn(money, forecast, requests, actuals, envelope, finalRule) : forecast;
  return forecast.map((f, i) => {
    const adv = advanceIn(calc, f, advanceRate);
    return { forecast: f, advance: adv, final: final[i], balance: balanceIn(calc, final[i], adv) };
  });
}

/**
 * Payment schedule: forecast = allocate(requests, envelope); acompte = round(forecast × rate);
 * final = the forecast scaled down by actual ÷ request (`"plafonne"`, the default) or
 * allocate(actuals, envelope) (`"redistribue"`), the forecast when there are no actuals;
 * solde = final − acompte. The rate defaults to the latest `departement.taux_acompte`.
 *
 * @example schedule([30, 30, 10], 10, 0.5, [20, 30, 10]) // finals 2.86, 4.28, 1.43
 * @throws {CalcError} `formes_differentes` when actuals and requests differ in length; `valeur_inconnue` (rule).
 */
export function schedule(
  requests: readonly DecimalInput[],
  envelope: DecimalInput,
  advanceRate?: DecimalInput | null,
  actuals?: readonly DecimalInput[] | null,
  finalRule: FinalRule = "plafonne",
): ScheduleLine[] {
  assert(
    !actuals || actuals.length === requests.length,
    "formes_differentes",
    "réalisé",
    "réalisé : doit avoir la même forme que les demandes",
  );
  const rate = checkRate(advanceRate ?? defaultAdvanceRate(), "taux d'acompte");
  const rule = parseFinalRule(finalRule);
  const env = checkAmount(envelope, "enveloppe");
  const asked = requests.map((r, i) => checkAmount(r, `demandes[${i + 1}]`));
  const reported = actuals && actuals.map((a, i) => checkAmount(a, `réalisé[${i + 1}]`));
  return scheduleIn(DECIMAL_CENTS, asked, env, rate, reported, rule).map((line) => ({
    ...line,
    balance: line.balance.isZero() ? DECIMAL.zero : line.balance,
  }));
}
