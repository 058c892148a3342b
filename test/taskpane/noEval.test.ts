import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The pane runs zod without compiling code (src/taskpane/noEval.ts), so that it can be served
 * with a Content-Security-Policy that refuses eval. zod is loaded fresh in this test file.
 */
test("after noEval, validating a scenario never constructs a Function", async () => {
  const constructed: unknown[][] = [];
  const original = globalThis.Function;
  globalThis.Function = new Proxy(original, {
    construct(target, args) {
      constructed.push(args);
      return Reflect.construct(target, args);
    },
  });
  try {
    await import("../../src/taskpane/noEval");
    const { validateScenario, VOSGES_2022_EXAMPLE } = await import("../../calc");
    expect(validateScenario(VOSGES_2022_EXAMPLE).ok).toBe(true);
    expect(validateScenario({ year: "2022", managers: [{}] }).ok).toBe(false);
  } finally {
    globalThis.Function = original;
  }
  expect(constructed).toEqual([]);
});

test("the pane's entry imports noEval before anything that builds a schema", () => {
  const entry = readFileSync(join(__dirname, "../../src/taskpane/index.tsx"), "utf8");
  expect(entry.match(/^import .*$/m)?.[0]).toBe('import "./noEval";');
});
