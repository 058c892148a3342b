import { assert } from "../../errors";
import type { Calculator, WithCents } from "../../arithmetic/calculator";
import { allocateIn } from "../allocation";

/**
 * How the final allocation follows the actuals reported after the evaluation:
 * - `"plafonne"`: each forecast allocation scaled down by actual ÷ request, never above the forecast;
 * - `"redistribue"`: the envelope allocated again on the actuals (a payee can get more than forecast).
 */
export const FINAL_RULES = ["plafonne", "redistribue"] as const;

/** A final-payment rule: see {@link FINAL_RULES}. */
export type FinalRule = (typeof FINAL_RULES)[number];

/**
 * The capped final allocation of one payee: round(forecast × min(1, actual ÷ request)); 0 when
 * the request is 0. Request and actual are taken to the cent first, as the allocation takes the
 * requests.
 *
 * @example cappedFinalIn(DECIMAL, dec(4.29), dec(30), dec(20)) // 2.86
 */
export function cappedFinalIn<T>(calc: Calculator<T>, forecast: T, request: T, actual: T): T {
  const asked = calc.roundCent([request]);
  const reported = calc.roundCent([actual]);
  if (calc.compare(asked, calc.zero) <= 0) return calc.zero;
  if (calc.compare(reported, asked) >= 0) return forecast;
  return calc.roundCent([forecast, reported], asked);
}

/** The final allocations of all payees under `rule`, from the forecast allocations and the actuals. */
export function finalPaymentsIn<T, I>(
  money: WithCents<T, I>,
  forecast: readonly T[],
  requests: readonly T[],
  actuals: readonly T[],
  envelope: T,
  rule: FinalRule = "plafonne",
): T[] {
  if (rule === "redistribue") return allocateIn(money, actuals, envelope).parts;
  return forecast.map((f, i) => cappedFinalIn(money.calc, f, requests[i], actuals[i]));
}

/** Reads a final-payment rule as users type it (case and spaces ignored). */
export function parseFinalRule(text: string, name = "règle du solde"): FinalRule {
  const key = text.trim().toLowerCase();
  const rule = FINAL_RULES.find((r) => r === key);
  assert(rule, "valeur_inconnue", name, `${name} : « ${text} » n'est pas une règle du montant final (plafonne ou redistribue)`);
  return rule;
}
