import { add, cents, fixed, fixedToEuros, sub, type Fixed } from "../arithmetic/fixed";
import { exerciceOf, paymentDates } from "../rules/calendar";
import type { Scenario } from "../scenario/schema";
import type { BudgetYear, Payment, StructureResult } from "./types";

/** The acompte and solde dates of each manager in a convention year: its own, else the convention's. */
export function managerDates(scenario: Scenario, year: number) {
  const convention = paymentDates(year, scenario.year, scenario.rules);
  const managers = scenario.managers.map((m) =>
    paymentDates(year, scenario.year, {
      advanceDate: m.advanceDate ?? scenario.rules.advanceDate,
      balanceDate: m.balanceDate ?? scenario.rules.balanceDate,
    }),
  );
  return { convention, managers };
}

/**
 * Every payment of the convention: for each structure, its acompte at its manager's acompte date,
 * then its solde (final − acompte, 0 or more) or the reversement claimed (as a positive amount) at
 * the solde date, each booked in the budget year of its date.
 */
export function paymentsOf(
  structures: readonly StructureResult[],
  managerIndexes: readonly number[],
  dates: ReturnType<typeof managerDates>["managers"],
): Payment[] {
  // Two literals per structure, each written whole: a national convention has thousands of payments.
  const payments = new Array<Payment>(2 * structures.length);
  for (let i = 0; i < structures.length; i++) {
    const s = structures[i];
    const { advanceDate, balanceDate } = dates[managerIndexes[i]];
    const repaid = s.balance.charCodeAt(0) === 45; // "-"
    payments[2 * i] = {
      managerId: s.managerId,
      structureId: s.id,
      kind: "acompte",
      date: advanceDate,
      exercice: exerciceOf(advanceDate),
      amount: s.advance,
    };
    payments[2 * i + 1] = {
      managerId: s.managerId,
      structureId: s.id,
      kind: repaid ? "reversement" : "solde",
      date: balanceDate,
      exercice: exerciceOf(balanceDate),
      amount: repaid ? s.repayment : s.balance,
    };
  }
  return payments;
}

/** A budget year's figures as exact sums, before they are written. */
interface YearSums {
  advances: Fixed;
  balances: Fixed;
  repayments: Fixed;
  otherExpenses: Fixed;
  otherReceipts: Fixed;
}

const ZERO = cents(0n);

/** Whole cents of a payment's amount (always written with two decimals, e.g. `"16903.72"`). */
function centsOf(amount: string): bigint {
  return BigInt(amount.slice(0, -3) + amount.slice(-2));
}

/**
 * The payments and the Département's other lines by budget year. The other lines are booked in
 * the convention's year. Budget years are listed in increasing order.
 */
export function byExercice(
  payments: readonly Payment[],
  others: { exercice: number; expenses: Fixed; receipts: Fixed },
): Record<string, BudgetYear> {
  const years = new Map<number, YearSums>();
  const yearOf = (y: number) => {
    let sums = years.get(y);
    if (!sums) {
      sums = { advances: ZERO, balances: ZERO, repayments: ZERO, otherExpenses: ZERO, otherReceipts: ZERO };
      years.set(y, sums);
    }
    return sums;
  };
  // Summed in cents by year and kind first: one bigint per payment, no exact value object.
  const byYear = new Map<number, [bigint, bigint, bigint]>();
  const KIND = { acompte: 0, solde: 1, reversement: 2 } as const;
  for (const p of payments) {
    let sums = byYear.get(p.exercice);
    if (!sums) byYear.set(p.exercice, (sums = [0n, 0n, 0n]));
    sums[KIND[p.kind]] += centsOf(p.amount);
  }
  for (const [year, [advances, balances, repayments]] of byYear) {
    const sums = yearOf(year);
    sums.advances = cents(advances);
    sums.balances = cents(balances);
    sums.repayments = cents(repayments);
  }
  const own = yearOf(others.exercice);
  own.otherExpenses = add(own.otherExpenses, others.expenses);
  own.otherReceipts = add(own.otherReceipts, others.receipts);
  return writeYears(years);
}

/** Budget years summed over several conventions (a projection: year N holds convention N's acomptes and N−1's soldes). */
export function sumByExercice(each: readonly Record<string, BudgetYear>[]): Record<string, BudgetYear> {
  const years = new Map<number, YearSums>();
  for (const record of each) {
    for (const [year, y] of Object.entries(record)) {
      const prev = years.get(Number(year));
      const add2 = (k: keyof YearSums) => (prev ? add(prev[k], fixed(y[k])) : fixed(y[k]));
      years.set(Number(year), {
        advances: add2("advances"),
        balances: add2("balances"),
        repayments: add2("repayments"),
        otherExpenses: add2("otherExpenses"),
        otherReceipts: add2("otherReceipts"),
      });
    }
  }
  return writeYears(years);
}

function writeYears(years: Map<number, YearSums>): Record<string, BudgetYear> {
  const out: Record<string, BudgetYear> = {};
  for (const year of [...years.keys()].sort((a, b) => a - b)) {
    const y = years.get(year) as YearSums;
    const total = sub(add(add(y.advances, y.balances), y.otherExpenses), add(y.repayments, y.otherReceipts));
    out[String(year)] = {
      advances: fixedToEuros(y.advances),
      balances: fixedToEuros(y.balances),
      repayments: fixedToEuros(y.repayments),
      otherExpenses: fixedToEuros(y.otherExpenses),
      otherReceipts: fixedToEuros(y.otherReceipts),
      total: fixedToEuros(total),
    };
  }
  return out;
}
