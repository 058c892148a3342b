/**
 * The pages are locked down (issue 6), checked on a production build: no file of dist/ runs a
 * string as code or points to a source map.
 */
import fs from "fs";
import path from "path";
import { builtDist, BUILD_TIMEOUT_MS } from "../support/build";
import { evalLike } from "../support/evalLike";

let dist: string;
let files: string[];

function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const read = (file: string) => fs.readFileSync(path.join(dist, file), "utf8");
const relative = (file: string) => path.relative(dist, file).split(path.sep).join("/");

beforeAll(async () => {
  dist = await builtDist();
  files = walk(dist).map(relative);
}, BUILD_TIMEOUT_MS);

describe("the scan for eval-like code", () => {
  test.each([
    "eval('1')",
    "(0, eval)('1')",
    "window.eval('1')",
    "globalThis['eval']('1')",
    "var e = eval; e('1')",
    "new Function('return 1')",
    "Function('return this')()",
    "globalThis.Function('x')",
    "new self.Function('x')",
    "(0, Function)('x')",
    "setTimeout('x()', 1)",
    "setInterval(`x()`, 1)",
  ])("finds %s", (code) => {
    expect(evalLike(code)).toHaveLength(1);
  });

  test("leaves ordinary code alone", () => {
    const code =
      "x instanceof Function; Function.prototype.call.bind(f); o.evaluate(); var o = { eval: 1, Function: 2 }; setTimeout(f, 1);";
    expect(evalLike(code)).toEqual([]);
    expect(evalLike("export const a = 1; import.meta;")).toEqual([]);
  });
});

test("no file of dist/ runs a string as code: eval, Function, a string timer, in every bundle and chunk", () => {
  const scripts = files.filter((f) => /\.(c|m)?js$/.test(f));
  expect(scripts).toEqual(expect.arrayContaining(["functions.js", "taskpane.js", "commands.js", "taskpane.excel.chunk.js"]));
  const found = scripts.flatMap((file) => evalLike(read(file)).map((e) => `${file} : ${e.what} dans « ${e.at} »`));
  expect(found).toEqual([]);
});

test("no source map: no .map file, no sourceMappingURL comment", () => {
  expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
  const text = files.filter((f) => /\.(c|m)?js$|\.css$|\.html$/.test(f));
  expect(text.filter((f) => /[#@]\s*sourceMappingURL=/.test(read(f)))).toEqual([]);
});
