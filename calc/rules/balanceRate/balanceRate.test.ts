import { balanceRateGuess, balanceRateSteps, balanceRateText } from ".";

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

describe("the search from a guess finds the same step as the plain search, in fewer sums", () => {
  test.each([0, 1, 2, 7_420, 7_421, 7_422, 9_998, 9_999])("answer %i from guesses on either side", (answer) => {
    for (const guess of [undefined, 1, answer - 3, answer, answer + 1, answer + 40, 9_999]) {
      expect(balanceRateSteps((k) => k <= answer, guess)).toBe(answer);
    }
  });

  test("a guess one step off costs at most 4 sums besides the one at 100 %", () => {
    let calls = 0;
    balanceRateSteps((k) => {
      calls++;
      return k <= 7_421;
    }, 7_420);
    expect(calls).toBeLessThanOrEqual(5);
  });

  test("the guess: envelope ÷ requests at 100 %, in steps: 409 045 ÷ 564 569,62 → 7 245", () => {
    expect(balanceRateGuess(40_904_500n, 56_456_962n)).toBe(7_245);
    expect(balanceRateGuess(1n, 0n)).toBeUndefined();
  });
});
