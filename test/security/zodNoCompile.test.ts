/**
 * The build-time loader that takes zod 4's code compiler out of the pane (scripts/zod-no-compile-loader.js).
 */
import fs from "fs";
import path from "path";
import { evalLike } from "../support/evalLike";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const loader = require("../../scripts/zod-no-compile-loader.js") as ((this: { resourcePath: string }, source: string) => string) & {
  PATTERNS: Record<string, RegExp[]>;
};
const core = path.dirname(require.resolve("zod/v4/core"));

test.each(Object.keys(loader.PATTERNS))("zod/v4/core/%s: every Function becomes a function that throws", (file) => {
  const resourcePath = path.join(core, file);
  const out = loader.call({ resourcePath }, fs.readFileSync(resourcePath, "utf8"));
  expect(out).not.toMatch(/=\s*Function\b/);
  expect(out).toContain("pas de compilation de code dans le volet");
  expect(evalLike(out)).toEqual([]);
});

test("a zod whose code changed fails the build instead of shipping eval-like code", () => {
  expect(() => loader.call({ resourcePath: path.join(core, "doc.js") }, "const G = Function;")).toThrow(/motif .* absent/);
});

test("other files pass through unchanged", () => {
  expect(loader.call({ resourcePath: path.join(core, "schemas.js") }, "const x = 1;")).toBe("const x = 1;");
});
