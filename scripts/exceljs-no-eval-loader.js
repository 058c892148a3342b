/**
 * webpack loader for ExcelJS's browser file (exceljs/dist/exceljs.min.js, the pane's
 * « Exporter en .xlsx » chunk): takes out its eight ways of running a string as code.
 *
 * That file is ExcelJS and its dependencies already bundled by browserify, with polyfills that
 * fall back on `Function`, never reached in a browser: lodash's and a browserify wrapper's search
 * for the global object end with `Function("return this")()` after `self` (always there in a
 * page), regenerator-runtime sets its global through `Function(...)` only where `globalThis` is
 * missing, and the setImmediate polyfill compiles a callback given as a string (ExcelJS passes
 * functions). The pane's Content-Security-Policy would refuse them anyway, but the production
 * bundles must contain nothing that runs a string as code (test/security/pages.test.ts). The
 * global object becomes `self`, and a string callback an error.
 *
 * Each pattern must be found as many times as expected: an ExcelJS version that changes them
 * fails the build here rather than shipping eval-like code unnoticed (see also
 * scripts/zod-no-compile-loader.js).
 */
const REPLACEMENTS = [
  { pattern: /Function\("return this"\)\(\)/g, count: 6, by: () => "self" },
  {
    pattern: /"function"!=typeof (\w+)&&\(\1=new Function\(""\+\1\)\)/g,
    count: 1,
    by: (_, f) => `"function"!=typeof ${f}&&(${f}=function(){throw new TypeError("setImmediate : une fonction est attendue")})`,
  },
  { pattern: /Function\("r","regeneratorRuntime = r"\)\((\w+)\)/g, count: 1, by: (_, r) => `self.regeneratorRuntime=${r}` },
];

module.exports = function exceljsNoEval(source) {
  let out = source;
  for (const { pattern, count, by } of REPLACEMENTS) {
    const found = out.match(pattern)?.length ?? 0;
    if (found !== count)
      throw new Error(
        `exceljs-no-eval-loader : motif ${pattern} trouvé ${found} fois au lieu de ${count} dans exceljs.min.js (version d'ExcelJS changée ?)`,
      );
    out = out.replace(pattern, by);
  }
  return out;
};

module.exports.REPLACEMENTS = REPLACEMENTS;
