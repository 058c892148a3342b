/**
 * core-js's internals/global-this.js for this build (webpack.config.js swaps it in): the same
 * search for the global object, whose last resort is a non-strict function's `this` rather than
 * `Function('return this')()`, which a Content-Security-Policy without 'unsafe-eval' refuses.
 * No "use strict" here: that `this` is the global object in any ECMAScript engine, including
 * Excel's JavaScript-only runtime (ES2016: globalThis, from ES2020, may be missing there).
 * test/functions/bundle.test.ts loads functions.js with no globalThis, window or self.
 */
/* global window, self */
var check = function (it) {
  return it && it.Math === Math && it;
};

module.exports =
  check(typeof globalThis == "object" && globalThis) ||
  check(typeof window == "object" && window) ||
  check(typeof self == "object" && self) ||
  (function () {
    return this;
  })();
