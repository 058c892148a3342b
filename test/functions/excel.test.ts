/**
 * How the Excel layer reads arguments and reports errors: date serials, ranges, blanks, and the
 * rule that a cell never shows NaN, Infinity, undefined or a raw JavaScript exception.
 */
import fc from "fast-check";
import { ExcelError } from "../support/customFunctions";
import { cells, isoDate, toExcelError } from "../../src/functions/excel";
import * as FS from "../../src/functions/functions";
import { excelSerial } from "../../src/functions/parameters";
import { CalcError } from "../../calc";

describe("Excel date serials (1900 system)", () => {
  test.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [60, "1900-02-29"], // Excel's fictitious leap day
    [61, "1900-03-01"],
    [42736, "2017-01-01"],
    [44743, "2022-07-01"],
    [44743.99, "2022-07-01"], // a time of day is ignored
    [45292, "2024-01-01"],
    [2958465, "9999-12-31"],
  ])("serial %p is %s", (serial, iso) => {
    expect(isoDate(serial, "date")).toBe(iso);
  });

  test("0, negative and beyond 9999 are not dates", () => {
    for (const serial of [0, -1, 2958466])
      expect(() => isoDate(serial, "date")).toThrow("date : doit être une date (numéro de série Excel entre 1 et 2958465)");
  });
});

describe("ISO dates back to Excel serials (PARAM_STATUS's date of effect)", () => {
  test.each([
    ["1900-01-01", 1],
    ["1900-02-28", 59],
    ["1900-03-01", 61], // after Excel's fictitious 29 February 1900
    ["2022-07-01", 44743],
    ["2025-01-01", 45658],
    ["9999-12-31", 2958465],
  ])("%s is serial %p", (iso, serial) => {
    expect(excelSerial(iso)).toBe(serial);
  });

  test("the inverse of reading a serial, for every whole serial but the fictitious 60", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }), (serial) => serial === 60 || excelSerial(isoDate(serial, "date")) === serial),
    );
  });
});

describe("ranges", () => {
  test("a range is read row by row with its shape; a single value is a 1×1 range", () => {
    expect(
      cells(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        "r",
      ),
    ).toEqual({ values: [1, 2, 3, 4, 5, 6], rows: 2, columns: 3 });
    expect(cells(7, "r")).toEqual({ values: [7], rows: 1, columns: 1 });
  });
  test("ragged or empty ranges are refused", () => {
    expect(() => cells([[1, 2], [3]], "demandes")).toThrow("demandes : doit être une plage rectangulaire");
    expect(() => cells([], "demandes")).toThrow("demandes : doit être une plage rectangulaire");
  });
});

describe("errors", () => {
  test("invalid input is #VALUE!, missing data #N/A, each with the library's French message", () => {
    const invalid = toExcelError(new CalcError([{ code: "taux_invalide", path: "taux", message: "taux : …" }]));
    const missing = toExcelError(new CalcError([{ code: "non_publie", path: "x", message: "non publié" }]));
    expect([invalid.code, invalid.message]).toEqual(["#VALUE!", "taux : …"]);
    expect([missing.code, missing.message]).toEqual(["#N/A", "non publié"]);
  });
  test("an unexpected exception still becomes #VALUE! with a message, not a JavaScript error", () => {
    const e = toExcelError(new TypeError("x is undefined"));
    expect([e.code, e.message]).toEqual(["#VALUE!", "erreur inattendue, à signaler : x is undefined"]);
  });

  // Whatever Excel may pass: numbers of every kind, text, booleans, blanks, ranges (ragged too).
  const scalar = fc.oneof(
    fc.double(),
    fc.integer({ min: -10, max: 3000 }),
    fc.constantFrom(0, 1, 12, 2022, 2023, 0.8, 1e308, -0, NaN, Infinity),
    fc.string({ maxLength: 8 }),
    fc.constantFrom("fixe", "laposte", "titulaire", "forfait.total", ""),
    fc.boolean(),
    fc.constant(null),
  );
  const range = fc.oneof(fc.array(fc.array(scalar, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }), scalar);
  const argument = fc.oneof(scalar, range);
  const functions = Object.entries(FS) as [string, (...args: unknown[]) => unknown][];

  function isCellValue(v: unknown): boolean {
    if (Array.isArray(v)) return v.every((row) => Array.isArray(row) && row.every(isCellValue));
    return typeof v === "string" || (typeof v === "number" && Number.isFinite(v) && !Object.is(v, -0));
  }

  test.each(functions)("%s returns a finite number, text or rows of them, or a foreseen Excel error — whatever it is given", (_, fn) => {
    fc.assert(
      fc.property(fc.array(argument, { maxLength: 4 }), (args) => {
        try {
          expect(isCellValue(fn(...args))).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(ExcelError);
          expect((error as ExcelError).message).toMatch(/\S/);
          expect((error as ExcelError).message).not.toMatch(/^erreur inattendue/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
