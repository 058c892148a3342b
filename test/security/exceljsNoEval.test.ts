/**
 * The build-time loader that takes the Function fallbacks out of ExcelJS's browser file, the
 * pane's .xlsx export chunk (scripts/exceljs-no-eval-loader.js).
 */
import fs from "fs";
import path from "path";
import { evalLike } from "../support/evalLike";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const loader = require("../../scripts/exceljs-no-eval-loader.js") as (source: string) => string;
const file = path.join(path.dirname(require.resolve("exceljs/package.json")), "dist", "exceljs.min.js");

test("exceljs.min.js: its eight Function fallbacks are found and taken out, nothing else changes", () => {
  const source = fs.readFileSync(file, "utf8");
  expect(evalLike(source)).toHaveLength(8);
  const out = loader(source);
  expect(evalLike(out)).toEqual([]);
  expect(out).toContain('throw new TypeError("setImmediate : une fonction est attendue")');
  expect(out).toContain("self.regeneratorRuntime=");
  // Only the patterns: the rest of the file is byte for byte ExcelJS's.
  expect(out.length - source.length).toBe(
    6 * ("self".length - 'Function("return this")()'.length) +
      (out.match(/function\(\)\{throw new TypeError\("setImmediate : une fonction est attendue"\)\}/)![0].length -
        'new Function(""+e)'.length) +
      ("self.regeneratorRuntime=n".length - 'Function("r","regeneratorRuntime = r")(n)'.length),
  );
});

test("an ExcelJS whose code changed fails the build instead of shipping eval-like code", () => {
  expect(() => loader('var g = Function("return this")();')).toThrow(/trouvé 1 fois au lieu de 6/);
});
