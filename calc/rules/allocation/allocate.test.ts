import { allocate, largestRemainder } from "./index";
import { issuesOf } from "../../../test/support/errors";

const parts = (requests: (number | string)[], envelope: number | string, caps?: (number | null)[]) =>
  allocate(requests, envelope, caps).parts.map((p) => p.toFixed(2));

/**
 * The remainder rule of dinero.js ("largest ratio first"), written here only to show that the
 * library does NOT follow it: floors of the quotas, then the cents left to the largest requests.
 */
function largestRatioFirst(total: bigint, weights: bigint[]): bigint[] {
  const sumW = weights.reduce((a, w) => a + w, 0n);
  const out = weights.map((w) => (total * w) / sumW);
  let left = total - out.reduce((a, p) => a + p, 0n);
  const order = weights.map((_, i) => i).sort((a, b) => (weights[b] > weights[a] ? 1 : weights[b] < weights[a] ? -1 : a - b));
  for (const i of order) if (left-- > 0n) out[i] += 1n;
  return out;
}

describe("allocation under the envelope: largest remainder (Hamilton), in whole cents, ties to the earlier payee", () => {
  test("allocate([100, 100, 100], 100) → 33,34 / 33,33 / 33,33", () => {
    // each exact quota is 10 000 × 10 000 / 30 000 = 3 333 ⅓ cents; floors give 9 999 cents;
    // the cent left goes to the largest remainder, ⅓ for all three: the tie goes to the first payee.
    const a = allocate([100, 100, 100], 100);
    expect(a.parts.map((p) => p.toFixed(2))).toEqual(["33.34", "33.33", "33.33"]);
    expect(a.allocated.toFixed(2)).toBe("100.00");
    expect(a.requested.toFixed(2)).toBe("300.00");
    expect(a.fits).toBe(false);
    expect(a.unused.toFixed(2)).toBe("0.00");
  });

  test("allocate([30, 30, 10], 10) → 4,29 / 4,28 / 1,43", () => {
    // requests 3 000 / 3 000 / 1 000 cents, Σ 7 000; envelope 1 000 cents
    // quotas 1 000 × w / 7 000 = 428 4/7, 428 4/7, 142 6/7 → floors 428 + 428 + 142 = 998, 2 cents left
    // remainders 4/7, 4/7, 6/7: one cent to the third (6/7), one to the first (4/7, tie with the second → earlier)
    expect(parts([30, 30, 10], 10)).toEqual(["4.29", "4.28", "1.43"]);
  });

  test("largest remainder, not dinero.js's 'largest ratio first', which would give 4,29 / 4,29 / 1,42 for the same case", () => {
    expect(largestRatioFirst(1000n, [3000n, 3000n, 1000n])).toEqual([429n, 429n, 142n]);
    expect(largestRemainder(1000n, [3000n, 3000n, 1000n])).toEqual([429n, 428n, 143n]);
  });

  test("ties go to the earlier payee: 0,01 between two equal requests → 0,01 / 0,00", () => {
    expect(parts([1, 1], "0.01")).toEqual(["0.01", "0.00"]);
  });

  test("the largest remainder wins over the order: allocate([10, 20], 0,01) → 0,00 / 0,01", () => {
    // quotas ⅓ and ⅔ of a cent: the cent goes to the second payee (remainder ⅔)
    expect(parts([10, 20], "0.01")).toEqual(["0.00", "0.01"]);
  });

  test("requests that fit are paid in full and the unused part is reported: allocate([3, 3, 1], 10) → 3 / 3 / 1, 3,00 unused", () => {
    const a = allocate([3, 3, 1], 10);
    expect(a.parts.map((p) => p.toFixed(2))).toEqual(["3.00", "3.00", "1.00"]);
    expect(a.fits).toBe(true);
    expect(a.requested.toFixed(2)).toBe("7.00");
    expect(a.allocated.toFixed(2)).toBe("7.00");
    expect(a.unused.toFixed(2)).toBe("3.00");
  });

  test("the contract's example ALLOCATE({3;3;1};10) → {4,29;4,28;1,43} contradicts its own rule (7 ≤ 10 fits): the library pays {3;3;1}", () => {
    // custom-functions.md states "requests … paid in full when their sum fits", and the domain
    // reference says the same; {4,29;4,28;1,43} is the split of 10 among {30;30;10}.
    expect(parts([3, 3, 1], 10)).toEqual(["3.00", "3.00", "1.00"]);
    expect(parts([3, 3, 1], 10)).not.toEqual(["4.29", "4.28", "1.43"]);
  });

  test("requests equal to the envelope fit exactly: nothing unused", () => {
    const a = allocate([5, 5], 10);
    expect(a.fits).toBe(true);
    expect(a.unused.toFixed(2)).toBe("0.00");
  });

  test("caps apply before the split: [100 capped at 50, 100] in 100 → 33,33 / 66,67", () => {
    // weights 5 000 and 10 000 cents; quotas 3 333 ⅓ and 6 666 ⅔ → the cent goes to the second (⅔)
    expect(parts([100, 100], 100, [50, null])).toEqual(["33.33", "66.67"]);
  });

  test("caps when requests fit: [100 capped at 40, 50] in 1 000 → 40 / 50", () => {
    const a = allocate([100, 50], 1000, [40, null]);
    expect(a.parts.map((p) => p.toFixed(2))).toEqual(["40.00", "50.00"]);
    expect(a.requested.toFixed(2)).toBe("90.00");
  });

  test("requests are rounded to the cent first: 0,005 → 0,01 and 0,004 → 0,00", () => {
    expect(parts(["0.005", "0.004"], 100)).toEqual(["0.01", "0.00"]);
  });

  test("an envelope of 0 gives 0 to everyone; no request gives nothing", () => {
    expect(parts([10, 20], 0)).toEqual(["0.00", "0.00"]);
    expect(parts([0, 0], 100)).toEqual(["0.00", "0.00"]);
    expect(parts([], 100)).toEqual([]);
  });

  test("caps of another shape → formes_differentes", () => {
    expect(issuesOf(() => allocate([1, 2], 10, [1]))[0]).toMatchObject({ code: "formes_differentes", path: "plafonds" });
  });

  test("a negative request is refused, named by its position: demandes[2]", () => {
    expect(issuesOf(() => allocate([1, -2], 10))[0]).toMatchObject({ code: "montant_negatif", path: "demandes[2]" });
  });

  test("a negative envelope is refused", () => {
    expect(issuesOf(() => allocate([1], -10))[0]).toMatchObject({ code: "montant_negatif", path: "enveloppe" });
  });
});

describe("largestRemainder: the cents arithmetic", () => {
  test("10 cents in three equal weights → 4 / 3 / 3", () => {
    expect(largestRemainder(10n, [1n, 1n, 1n])).toEqual([4n, 3n, 3n]);
  });

  test("a zero weight never receives a cent, even when it comes first", () => {
    expect(largestRemainder(1n, [0n, 1n, 1n])).toEqual([0n, 1n, 0n]);
  });

  test("all weights zero → all parts zero", () => {
    expect(largestRemainder(100n, [0n, 0n])).toEqual([0n, 0n]);
  });
});
