import fc from "fast-check";
import { advanceCents, advanceIn, balanceIn, scheduleIn } from "./index";
import { FINAL_RULES } from "../finalPayment";
import { fixed, fixedToString } from "../../arithmetic/fixed";
import { agree, amountText, inEvery, rateText, type Rule } from "../../../test/support/representations";

const runs = { numRuns: 500 };
const advance: Rule = (rep, amount, rate) => advanceIn(rep.calc, amount, rate);
const balance: Rule = (rep, final, paid) => balanceIn(rep.calc, final, paid);

describe("the payments are the same in every representation", () => {
  test("acompte: round(amount × rate); 100,01 × 0,5 = 50,005 → 50,01 everywhere", () => {
    fc.assert(
      fc.property(amountText, rateText, (a, r) => agree(advance, [a, r])),
      runs,
    );
    expect(new Set(Object.values(inEvery(advance, ["100.01", "0.5"])))).toEqual(new Set(["50.01"]));
    expect(advanceCents(10_001n, fixed("0.5"))).toBe(5_001n);
  });

  test("solde: final − acompte, exact", () => {
    fc.assert(
      fc.property(amountText, amountText, (f, p) => agree(balance, [f, p])),
      runs,
    );
  });

  const schedule =
    (n: number, rule: (typeof FINAL_RULES)[number]): Rule =>
    (rep, envelope, rate, ...values) =>
      scheduleIn(rep.money, values.slice(0, n), envelope, rate, values.slice(n), rule).flatMap((l) => [
        l.forecast,
        l.advance,
        l.final,
        l.balance,
      ]);

  test.each(FINAL_RULES)("the schedule, final rule %s", (rule) => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 8 })
          .chain((n) => fc.tuple(fc.constant(n), amountText, rateText, fc.array(amountText, { minLength: 2 * n, maxLength: 2 * n }))),
        ([n, envelope, rate, values]) => agree(schedule(n, rule), [envelope, rate, ...values]),
      ),
      runs,
    );
  });

  test.each(FINAL_RULES)(
    "on whole cents up to 500 000 € and a short rate, the safe path answers (%s): the Excel functions stay fast",
    (rule) => {
      const cents = fc.integer({ min: 0, max: 50_000_000 }).map((c) => fixedToString({ m: BigInt(c), s: 2 }));
      fc.assert(
        fc.property(
          fc
            .integer({ min: 1, max: 50 })
            .chain((n) => fc.tuple(fc.constant(n), cents, fc.array(cents, { minLength: 2 * n, maxLength: 2 * n }))),
          ([n, envelope, values]) => inEvery(schedule(n, rule), [envelope, "0.5", ...values])["safe numbers"] !== undefined,
        ),
        { numRuns: 200 },
      );
    },
  );
});
