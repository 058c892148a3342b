import DecimalGlobal from "decimal.js";
import { Dec, dec, euros, formatEurosFr, fromCents, roundCent, sum, toCents, toNumber } from "./money";

describe("money is exact decimal: a number is read at its shortest decimal form", () => {
  test("0.1 + 0.2 is exactly 0.3 (binary floating point gives 0.30000000000000004)", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(dec(0.1).plus(dec(0.2)).eq(dec("0.3"))).toBe(true);
  });

  test("ten times 0.1 sums to exactly 1", () => {
    expect(sum(Array.from({ length: 10 }, () => dec(0.1))).toString()).toBe("1");
  });

  test("the sum of nothing is 0", () => {
    expect(sum([]).toString()).toBe("0");
  });

  test("a Decimal of the library passes through dec() unchanged", () => {
    const d = new Dec("12.34");
    expect(dec(d)).toBe(d);
  });
});

describe("rounding to the cent is half away from zero, like Excel's ROUND(x; 2)", () => {
  test.each([
    ["0.005", "0.01"],
    ["-0.005", "-0.01"],
    ["50.005", "50.01"], // the acompte of 100.01 at 50 %
    ["-50.005", "-50.01"], // a negative half goes away from zero too
    ["1.004999", "1.00"],
    ["-1.004999", "-1.00"],
    ["2.675", "2.68"],
    ["409045", "409045.00"],
  ])("roundCent(%s) = %s", (input, expected) => {
    expect(roundCent(dec(input)).toFixed(2)).toBe(expected);
  });

  test("1.005 and 2.675 as numbers round up to 1.01 and 2.68, where binary floats round them down", () => {
    expect(Math.round(1.005 * 100) / 100).toBe(1); // 1.005 × 100 = 100.49999999999999 in binary
    expect((2.675).toFixed(2)).toBe("2.67"); // 2.675 is 2.67499999… in binary
    expect(euros(dec(1.005))).toBe("1.01");
    expect(euros(dec(2.675))).toBe("2.68");
  });
});

describe("euros(): the result format, a string with two decimals", () => {
  test('409045 → "409045.00"', () => {
    expect(euros(dec(409045))).toBe("409045.00");
  });

  test('a negative balance keeps its sign: −12 483.92 → "-12483.92"', () => {
    expect(euros(dec("-12483.92"))).toBe("-12483.92");
  });

  test('never "-0.00": −0.004 rounds to zero and is written "0.00"', () => {
    expect(euros(dec("-0.004"))).toBe("0.00");
    expect(euros(dec("-0"))).toBe("0.00");
  });

  test('rounds at output: 0.125 → "0.13"', () => {
    expect(euros(dec("0.125"))).toBe("0.13");
  });
});

describe("toNumber(): for Excel and JSON consumers", () => {
  test("rounds to the cent: 33.335 → 33.34", () => {
    expect(toNumber(dec("33.335"))).toBe(33.34);
  });

  test("never −0", () => {
    expect(Object.is(toNumber(dec("-0.001")), 0)).toBe(true);
  });
});

describe("cents: the unit of the allocation", () => {
  test("1.005 € → 101 cents (rounded half away from zero) → 1.01 €", () => {
    expect(toCents(dec("1.005"))).toBe(101n);
    expect(fromCents(101n).toFixed(2)).toBe("1.01");
  });

  test("−1.005 € → −101 cents", () => {
    expect(toCents(dec("-1.005"))).toBe(-101n);
  });

  test("409 045 € → 40 904 500 cents, and back exactly", () => {
    expect(toCents(dec(409045))).toBe(40904500n);
    expect(fromCents(40904500n).eq(409045)).toBe(true);
  });

  test("a national amount keeps every cent: 999 999 999 999.99 €", () => {
    expect(toCents(dec("999999999999.99"))).toBe(99999999999999n);
  });
});

describe("formatEurosFr(): amounts for people, French notation", () => {
  test("409 045,00 € with narrow no-break spaces between thousands", () => {
    expect(formatEurosFr(dec(409045))).toBe("409\u202f045,00 €");
  });

  test("−12 483,92 €", () => {
    expect(formatEurosFr(dec("-12483.92"))).toBe("-12\u202f483,92 €");
  });

  test("0,50 € and 1 000 000,00 €", () => {
    expect(formatEurosFr(dec("0.5"))).toBe("0,50 €");
    expect(formatEurosFr(dec(1000000))).toBe("1\u202f000\u202f000,00 €");
  });
});

describe("the library's decimal is a private clone", () => {
  test("the host changing the global Decimal configuration changes no result here", () => {
    const saved = { precision: DecimalGlobal.precision, rounding: DecimalGlobal.rounding };
    try {
      DecimalGlobal.set({ precision: 5, rounding: DecimalGlobal.ROUND_DOWN });
      expect(new DecimalGlobal("123456.789").plus(0).toString()).toBe("123450"); // the host's setting bites the host
      expect(roundCent(dec("0.005")).toFixed(2)).toBe("0.01");
      expect(dec("123456.789").plus(dec("0.001")).toString()).toBe("123456.79");
    } finally {
      DecimalGlobal.set(saved);
    }
  });
});
