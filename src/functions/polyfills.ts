/**
 * Excel's JavaScript-only runtime, where the custom functions run on Windows, implements
 * ECMAScript 2016. The build compiles the syntax down to ES2016; the few later built-ins that
 * calc/ uses are added here, and only those (test/functions/bundle.test.ts runs the bundle
 * without any ES2017+ built-in).
 */
import "core-js/es/object/entries"; // ES2017: ParameterSet reads its overrides
import "core-js/es/string/pad-start"; // ES2017: baseSalary builds its month dates
