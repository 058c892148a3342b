import { achievement } from "./index";
import { issuesOf } from "../../../test/support/errors";

describe("achievement ratio = Σ weight × met / Σ weight (1 when all objectives are met)", () => {
  test("met [oui, non, oui] with weights [2, 1, 1] → (2 + 1) / 4 = 0,75", () => {
    expect(achievement([true, false, true], [2, 1, 1]).toString()).toBe("0.75");
  });

  test("weights default to 1: [oui, non] → 0,5", () => {
    expect(achievement([true, false]).toString()).toBe("0.5");
  });

  test("all met → 1; none met → 0; no objective → 1", () => {
    expect(achievement([true, true, true]).toString()).toBe("1");
    expect(achievement([false, false]).toString()).toBe("0");
    expect(achievement([]).toString()).toBe("1");
  });

  test("the Vosges objectives weighted 2, 1, 1, 1: the first and third missed → (1 + 1) / 5 = 0,4", () => {
    expect(achievement([false, true, false, true], [2, 1, 1, 1]).toString()).toBe("0.4");
  });

  test("a missed weight-1 objective out of 2, 1, 1, 1 → 4 / 5 = 0,8", () => {
    expect(achievement([true, false, true, true], [2, 1, 1, 1]).toString()).toBe("0.8");
  });

  test("the ratio is not rounded: [oui, non, non] → ⅓ to 40 digits, not 0,33", () => {
    const third = achievement([true, false, false]);
    expect(third.eq("0.33")).toBe(false);
    expect(third.toSignificantDigits(12).toString()).toBe("0.333333333333");
  });

  test("a zero-weight objective does not count: [non, oui] weighted [0, 1] → 1", () => {
    expect(achievement([false, true], [0, 1]).toString()).toBe("1");
  });

  test("weights summing to 0 → hors_bornes", () => {
    expect(issuesOf(() => achievement([true], [0]))[0]).toMatchObject({ code: "hors_bornes", path: "poids" });
  });

  test("a negative weight is refused, named by its position", () => {
    expect(issuesOf(() => achievement([true, true], [1, -1]))[0]).toMatchObject({ code: "montant_negatif", path: "poids[2]" });
  });

  test("weights of another shape → formes_differentes", () => {
    expect(issuesOf(() => achievement([true, true], [1]))[0]).toMatchObject({ code: "formes_differentes", path: "poids" });
  });
});
