import { balanceRateSteps, balanceRateText } from ".";

describe("balance rate (taux d'équilibre)", () => {
  test("requests of 100 000 € at 100 % under an envelope of 74 210 €: 0,7421", () => {
    // At k ÷ 10 000 the request is 10 × k euros: 74 210 fits at k = 7 421, 74 220 at 7 422 does not.
    expect(balanceRateSteps((k) => 10 * k <= 74_210)).toBe(7_421);
    expect(balanceRateText(7_421)).toBe("0.7421");
  });

  test("requests that fit at 100 % give 1.0000", () => {
    expect(balanceRateText(balanceRateSteps(() => true))).toBe("1.0000");
  });

  test("nothing fits above 0: 0.0000", () => {
    expect(balanceRateText(balanceRateSteps((k) => k === 0))).toBe("0.0000");
  });

  test("rounded down: an envelope between two steps keeps the lower one", () => {
    // 10 × k ≤ 74 219,99 → k = 7 421 (7 422 would ask 74 220).
    expect(balanceRateSteps((k) => 10 * k <= 74_219.99)).toBe(7_421);
    expect(balanceRateText(5)).toBe("0.0005");
  });
});
