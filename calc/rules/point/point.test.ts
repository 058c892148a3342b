import { baseSalary, minimumIndicesApplied, pointMonthly } from "./index";
import { dec } from "../../arithmetic/money";
import { REFERENCE_PARAMETERS } from "../../parameters/lookup";
import { calcErrorOf, issuesOf } from "../../../test/support/errors";

describe("point d'indice: monthly value of one point = annual value of IM 100 / 1200 (domain reference §4.2)", () => {
  test("from 2017-02-01: 5 623,23 / 1200 = 4,686025 exactly", () => {
    expect(pointMonthly("2017-02-01").toString()).toBe("4.686025");
    expect(pointMonthly("2022-06-30").toString()).toBe("4.686025");
  });

  test("from 2022-07-01: 5 820,04 / 1200 = 4,8500333… and it is not rounded", () => {
    const monthly = pointMonthly("2022-07-01");
    expect(monthly.eq(dec("5820.04").dividedBy(1200))).toBe(true);
    expect(monthly.toDecimalPlaces(10).toString()).toBe("4.8500333333");
    expect(monthly.eq(dec("4.85"))).toBe(false);
  });

  test("from 2023-07-01: 5 907,34 / 1200 = 4,9227833…", () => {
    expect(pointMonthly("2023-07-01").toDecimalPlaces(10).toString()).toBe("4.9227833333");
    expect(pointMonthly("2023-06-30").eq(pointMonthly("2022-07-01"))).toBe(true);
  });

  test("from 2016-07-01 (décret 2016-670, + 0,6 %): 5 556,35 × 1,006 = 5 589,6881 → 5 589,69 annual, 5 589,69 / 1200 = 4,658075 monthly", () => {
    expect(pointMonthly("2016-07-01").toString()).toBe("4.658075");
    expect(pointMonthly("2017-01-31").toString()).toBe("4.658075");
    expect(REFERENCE_PARAMETERS.at("point.annuel", "2017-01-01")).toMatchObject({ from: "2016-07-01", value: "5589.69", status: "source" });
  });

  test("before 2016-07-01 there is no value → donnee_absente (Excel #N/A)", () => {
    const error = calcErrorOf(() => pointMonthly("2016-06-30"));
    expect(error.kind).toBe("missing");
    expect(error.issues).toEqual([
      {
        code: "donnee_absente",
        path: "point.annuel",
        message: "aucune valeur de « Valeur annuelle du point d'indice (IM 100) » avant le 1er juillet 2016",
      },
    ]);
  });

  test("a date not written AAAA-MM-JJ is invalid → format_date", () => {
    expect(issuesOf(() => pointMonthly("01/07/2022"))).toEqual([
      { code: "format_date", path: "date", message: "date : doit être au format AAAA-MM-JJ" },
    ]);
  });

  test("nothing is published for 2026: the frozen value carried into 2026 is marked as an estimate, not as a source", () => {
    const use = REFERENCE_PARAMETERS.at("point.annuel", "2026-01-01");
    expect(use.value).toBe("5907.34");
    expect(use.status).toBe("estimate");
    expect(REFERENCE_PARAMETERS.at("point.annuel", "2025-12-01").status).toBe("source");
  });
});

describe("base salary: Σ over the 12 months of round(IM × monthly point value on the 1st of the month)", () => {
  test("IM 352 in 2022 = 6 × 1 649,48 + 6 × 1 707,21 = 20 140,14", () => {
    // January–June: 352 × 5623.23 / 1200 = 352 × 4.686025     = 1649.4808   → 1649.48
    // July–December: 352 × 5820.04 / 1200 = 352 × 4.85003333… = 1707.21173… → 1707.21
    // 6 × 1649.48 = 9896.88; 6 × 1707.21 = 10243.26; total 20140.14
    expect(baseSalary(352, 2022).toFixed(2)).toBe("20140.14");
  });

  test("each month is rounded before the sum: rounding the unrounded sum would give 20 140,16", () => {
    // 6 × 1649.4808 + 6 × 1707.2117333… = 9896.8848 + 10243.2704 = 20140.1552 → 20140.16
    const unrounded = dec(352)
      .times(6)
      .times(dec("5623.23").dividedBy(1200))
      .plus(dec(352).times(6).times(dec("5820.04").dividedBy(1200)));
    expect(unrounded.toDecimalPlaces(2).toFixed(2)).toBe("20140.16");
    expect(baseSalary(352, 2022).toFixed(2)).not.toBe("20140.16");
  });

  test("IM 382 in 2022 = 6 × 1 790,06 + 6 × 1 852,71 = 21 856,62", () => {
    // 382 × 4.686025 = 1790.06155 → 1790.06; 382 × 4.85003333… = 1852.71273… → 1852.71
    // 10740.36 + 11116.26 = 21856.62
    expect(baseSalary(382, 2022).toFixed(2)).toBe("21856.62");
  });

  test("IM 352 in 2023 is paid on the minimum de traitement: 4 × 1 712,06 + 2 × 1 750,86 + 6 × 1 777,12 = 21 012,68", () => {
    // January–April: minimum IM 353 > 352: 353 × 5820.04 / 1200 = 1712.0617… → 1712.06; 4 × = 6848.24
    // May–June: minimum IM 361: 361 × 5820.04 / 1200 = 1750.8620… → 1750.86; 2 × = 3501.72
    // July–December: 361 × 5907.34 / 1200 = 1777.1247… → 1777.12; 6 × = 10662.72
    // 6848.24 + 3501.72 + 10662.72 = 21012.68 (on IM 352 it would be 20 640,18)
    expect(baseSalary(352, 2023).toFixed(2)).toBe("21012.68");
    // without the minimum (the Excel function's contract): 6 × 1707,21 + 6 × 1732,82 = 20 640,18
    expect(baseSalary(352, 2023, undefined, { minimum: false }).toFixed(2)).toBe("20640.18");
  });

  test("IM 352 in 2024 (point frozen, minimum IM 366): 12 × round(366 × 5 907,34 / 1 200 = 1 801,7387) = 12 × 1 801,74 = 21 620,88", () => {
    expect(baseSalary(352, 2024).toFixed(2)).toBe("21620.88");
    // IM 366 itself is paid the same; IM 367 is above the minimum and paid on its own index
    expect(baseSalary(366, 2024).toFixed(2)).toBe("21620.88");
    expect(baseSalary(367, 2024).toFixed(2)).toBe("21679.92"); // 367 × 4.9227833… = 1806.6614… → 1806.66; × 12
  });

  test("IM 340 in 2022: minimum 343 until April, 352 in May–June: 4 × 1 607,31 + 2 × 1 649,48 + 6 × 1 707,21 = 19 971,46", () => {
    // 343 × 4.686025 = 1607.306575 → 1607.31; 352 × 4.686025 = 1649.4808 → 1649.48; 352 × 4.8500333… → 1707.21
    // 6429.24 + 3298.96 + 10243.26 = 19971.46
    expect(baseSalary(340, 2022).toFixed(2)).toBe("19971.46");
    expect(minimumIndicesApplied(340, 2022).map((u) => [u.from, u.value])).toEqual([
      ["2022-01-01", "343"],
      ["2022-05-01", "352"],
    ]);
    expect(minimumIndicesApplied(352, 2022)).toEqual([]); // 352 is never below the 2022 minimum
  });

  test("IM 352 in 2017: January on the 2016 point, then the 2017 one: 1 639,64 + 11 × 1 649,48 = 19 783,92", () => {
    // 352 × 4.658075 = 1639.6424 → 1639.64; 352 × 4.686025 = 1649.4808 → 1649.48; 1639.64 + 18144.28 = 19783.92
    expect(baseSalary(352, 2017).toFixed(2)).toBe("19783.92");
  });

  test("2016 starts before the first point value (1 July 2016) → donnee_absente", () => {
    expect(issuesOf(() => baseSalary(352, 2016))[0].code).toBe("donnee_absente");
  });

  test("an IM is a positive whole number: 0 and 352,5 → hors_bornes", () => {
    expect(issuesOf(() => baseSalary(0, 2022))[0]).toMatchObject({ code: "hors_bornes", path: "indice majoré" });
    expect(issuesOf(() => baseSalary(352.5, 2022))[0].code).toBe("hors_bornes");
  });
});
