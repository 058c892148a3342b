import { structureAmounts, type AmountCalculator } from "./amounts";
import type { Payments } from "./payees";
import type { StructureBase } from "./structure";
import { AMOUNT_KEYS } from "./types";

/** Euros in plain numbers: enough for worked examples in whole euros. */
const EUROS: AmountCalculator<number> = {
  cents: (c) => Number(c) / 100,
  exact: (x) => Number(x.m) / 10 ** x.s,
  add: (a, b) => a + b,
  subtract: (a, b) => a - b,
  negativePart: (a) => Math.max(0, -a),
};

const cents = (euros: number) => BigInt(euros * 100);
const exact = (euros: number) => ({ m: BigInt(euros), s: 0 });

/** What structureAmounts reads of a base: a payroll of 72 000, forfait 30 000, 20 000 of other costs, 5 000 of resources. */
function base(actualPayroll = 72000): StructureBase {
  return {
    payroll: cents(72000),
    otherCosts: exact(20000),
    forfait: cents(30000),
    otherResources: exact(5000),
    investmentGrants: exact(0),
    deduction: exact(30000),
    actualPayroll: exact(actualPayroll),
  } as StructureBase;
}

/** Requested 0,8 × (72 000 − 30 000) = 33 600, all allocated, acompte 16 800. */
function payments(finalRequested: number, final: number): Payments {
  return {
    requested: cents(33600),
    allocated: cents(33600),
    advance: cents(16800),
    finalRequested: cents(finalRequested),
    final: cents(final),
  };
}

describe("a structure's amounts, by key", () => {
  test("every amount of AMOUNT_KEYS, in its order", () => {
    expect(Object.keys(structureAmounts(base(), payments(33600, 33600), EUROS))).toEqual([...AMOUNT_KEYS]);
  });

  test("what the base and the payments computed, as they are", () => {
    const a = structureAmounts(base(80000), payments(40000, 40000), EUROS);
    expect([a.payroll, a.otherCosts, a.forfait, a.otherResources, a.deduction]).toEqual([72000, 20000, 30000, 5000, 30000]);
    expect([a.requested, a.allocated, a.advance, a.actualPayroll, a.finalRequested, a.final]).toEqual([
      33600, 33600, 16800, 80000, 40000, 40000,
    ]);
  });

  test("solde = final − acompte: 40 000 − 16 800 = 23 200, no repayment", () => {
    const a = structureAmounts(base(80000), payments(40000, 40000), EUROS);
    expect([a.balance, a.repayment]).toEqual([23200, 0]);
  });

  test("a final allocation below the acompte: solde 8 000 − 16 800 = −8 800, reversement 8 800", () => {
    const a = structureAmounts(base(40000), payments(8000, 8000), EUROS);
    expect([a.balance, a.repayment]).toEqual([-8800, 8800]);
  });

  test("reste à charge: 72 000 + 20 000 − 30 000 − 5 000 − 33 600 = 23 400; after the evaluation on 80 000 and 40 000: 25 000", () => {
    const a = structureAmounts(base(80000), payments(40000, 40000), EUROS);
    expect([a.remainingCost, a.finalRemainingCost]).toEqual([23400, 25000]);
  });
});
