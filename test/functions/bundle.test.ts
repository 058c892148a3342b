/**
 * The built functions.js as Excel's JavaScript-only runtime runs it: a bare JavaScript context
 * where only the CustomFunctions global exists, limited to ECMAScript 2016 (no BigInt, no
 * ES2017+ built-in, not even globalThis). It must register every id of the contract and compute
 * the worked examples. That no bundle of dist/ uses eval or a source map is test/security/pages.test.ts.
 */
import * as acorn from "acorn";
import { cell, registered } from "../support/customFunctions";
import { loadBundle, type Bundle } from "../support/bundle";
import { BUILD_TIMEOUT_MS } from "../support/build";
import { readContract } from "../support/contract";

let bundle: Bundle;
let code: string;

beforeAll(async () => {
  bundle = await loadBundle();
  code = bundle.code;
}, BUILD_TIMEOUT_MS);

/** The bundle's function `id`, its ranges passed as arrays of the bundle's realm. */
const fn =
  (id: string) =>
  (...args: unknown[]) =>
    bundle.fn(id)(...args.map((a) => bundle.toRealm(a)));
const col = (...values: unknown[]) => values.map((v) => [v]);

test("functions.js is ECMAScript 2016 (the JavaScript-only runtime cannot parse later syntax)", () => {
  expect(() => acorn.parse(code, { ecmaVersion: 2016, sourceType: "script" })).not.toThrow();
});

test("loaded in a bare context with only CustomFunctions, it registers exactly the contract's ids", () => {
  expect([...registered.keys()].sort()).toEqual(
    readContract()
      .map((c) => c.id)
      .sort(),
  );
});

test("the contract's worked examples, computed by the bundle", () => {
  expect(cell(() => fn("DEPT_SHARE")(72000, 30000, null, null))).toBe(33600);
  expect(cell(() => fn("DEPT_SHARE")(20000, 30000, null, null))).toBe(0);
  expect(cell(() => fn("DEPT_SHARE")(72000, 30000, null, null, "part_moins_forfait"))).toBe(27600);
  expect(cell(() => fn("ALLOCATE")(col(100, 100, 100), 100, null))).toEqual(col(33.34, 33.33, 33.33));
  expect(cell(() => fn("ALLOCATE")(col(30, 30, 10), 10, null))).toEqual(col(4.29, 4.28, 1.43));
  expect(cell(() => fn("ALLOCATE")(col(3, 3, 1), 10, null))).toEqual(col(3, 3, 1));
  expect(cell(() => fn("ADVANCE")(100.01, null))).toBe(50.01);
  expect(cell(() => fn("STATE_FORFAIT")(2023, "fixe", 6))).toBe(17500);
  expect(cell(() => fn("STATE_FORFAIT")(2019, null, null))).toBe("#N/A aucun forfait France Services avant 2020");
  expect(cell(() => fn("BASE_SALARY")(352, 2022))).toBe(20140.14);
  expect(cell(() => fn("LOADED_COST")(30000, 80))).toBe("#VALUE! taux : doit être compris entre 0 et 1 (80 % s'écrit 0,8)");
});

test("every other function answers too: dates, parameters, ranges, text", () => {
  expect(cell(() => fn("INDEX_POINT")(44743))).toBe(5820.04 / 1200);
  expect(cell(() => fn("STATE_FORFAIT_SPLIT")(2021, "laposte"))).toEqual([[26000, 4000]]);
  expect(cell(() => fn("EMPLOYER_RATE")("titulaire", 2022))).toBe(0.4828);
  expect(cell(() => fn("PAYROLL")(col(36000, 40000, ""), col(1, 0.5, null), null, null))).toBe(56000);
  expect(cell(() => fn("NET_COST")(110000, 30000, 33600, col(5000, "", 2500)))).toBe(38900);
  expect(cell(() => fn("BALANCE")(8000, 10000))).toBe(-2000);
  expect(cell(() => fn("SCHEDULE")(col(30, 30, 10), 10, null, col(20, 30, 10), null))).toEqual([
    [4.29, 2.15, 2.86, 0.71],
    [4.28, 2.14, 4.28, 2.14],
    [1.43, 0.72, 1.43, 0.71],
  ]);
  expect(cell(() => fn("SCHEDULE")(col(30, 30, 10), 10, null, col(20, 30, 10), "redistribue"))).toEqual([
    [4.29, 2.15, 3.33, 1.18],
    [4.28, 2.14, 5, 2.86],
    [1.43, 0.72, 1.67, 0.95],
  ]);
  expect(cell(() => fn("ACHIEVEMENT")(col(true, false, true), col(2, 1, 1)))).toBe(0.75);
  expect(cell(() => fn("PARAM")("forfait.fnadt", 45292))).toBe(
    "#N/A « Forfait : part de l'État (FNADT) » n'est pas publié pour le 1er janvier 2024",
  );
  expect(cell(() => fn("PARAM_STATUS")("forfait.total", 45658))).toEqual([
    ["estimation", 45658, "Estimation : interpolation linéaire 30 000 € → 50 000 € (2022 → 2026)"],
  ]);
  expect(cell(() => fn("PARAM_STATUS")("forfait.total", 44927))).toEqual([["source", 44927, "La Gazette des communes, 29 septembre 2023"]]);
  expect(cell(() => fn("PARAM_STATUS")("forfait.total", 47849))).toEqual([
    [
      "estimation",
      46023,
      expect.stringMatching(/^Estimation : trajectoire annoncée.*16-10490/), // 2026 is itself an estimate
    ],
  ]);
  expect(cell(() => fn("PARAM_STATUS")("inconnu", 44743))).toBe("#N/A paramètre inconnu « inconnu »");
  expect(cell(() => fn("VERSION")())).toMatch(/^france-services-ctec \d+\.\d+\.\d+ — paramètres au \d/);
});
