/**
 * webpack loader for zod 4's core files in the task pane: takes out its code compiler.
 *
 * zod 4 can compile its parsers with `Function` (util.js probes it; doc.js and compile.js build
 * parsers with it). The pane turns that off (`config({ jitless: true })`, src/taskpane/noEval.ts)
 * and its Content-Security-Policy refuses it anyway, but the code would still be in the bundle,
 * and the production bundles must contain nothing that runs a string as code
 * (test/security/pages.test.ts). Each `Function` there becomes a function that throws, which zod
 * already handles as "no compiler here" (its probe returns false; compile errors fall back to
 * the runtime parser).
 *
 * Each expected pattern must be found: a zod version that changes them fails the build here
 * rather than shipping eval-like code unnoticed.
 */
const PATTERNS = {
  "util.js": [/const F = Function;/g],
  "doc.js": [/const F = Function;/g],
  "compile.js": [/const F = Function;/g],
};

const REFUSE = 'function () { throw new EvalError("France Services : pas de compilation de code dans le volet"); }';

module.exports = function zodNoCompile(source) {
  const file = this.resourcePath.split(/[\\/]/).pop();
  const patterns = PATTERNS[file] || [];
  let out = source;
  for (const pattern of patterns) {
    if (!pattern.test(out))
      throw new Error(`zod-no-compile-loader : motif ${pattern} absent de zod/v4/core/${file} (version de zod changée ?)`);
    pattern.lastIndex = 0;
    out = out.replace(pattern, `const F = ${REFUSE};`);
  }
  return out;
};

module.exports.PATTERNS = PATTERNS;
