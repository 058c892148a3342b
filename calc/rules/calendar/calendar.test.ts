import { exerciceOf, paymentDates, shiftYears } from ".";

describe("payment calendar", () => {
  test("defaults: acompte 15 December of the year, solde 30 June of the next", () => {
    expect(paymentDates(2022, 2022, {})).toEqual({ advanceDate: "2022-12-15", balanceDate: "2023-06-30" });
  });

  test("a scenario's dates hold for its year and move with a projection's year", () => {
    const given = { advanceDate: "2022-11-30", balanceDate: "2023-04-15" };
    expect(paymentDates(2022, 2022, given)).toEqual(given);
    expect(paymentDates(2025, 2022, given)).toEqual({ advanceDate: "2025-11-30", balanceDate: "2026-04-15" });
    expect(paymentDates(2024, 2022, { balanceDate: "2023-03-31" })).toEqual({ advanceDate: "2024-12-15", balanceDate: "2025-03-31" });
  });

  test("29 February moves to 28 February in a common year, stays in a leap year", () => {
    expect(shiftYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(shiftYears("2024-02-29", 4)).toBe("2028-02-29");
    expect(shiftYears("2022-12-15", -1)).toBe("2021-12-15");
  });

  test("the exercice is the calendar year of the date", () => {
    expect(exerciceOf("2022-12-15")).toBe(2022);
    expect(exerciceOf("2023-06-30")).toBe(2023);
  });
});
