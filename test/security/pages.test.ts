/**
 * @jest-environment jsdom
 */
/**
 * The pages are locked down (issue 6), checked on a production build: each page carries one
 * Content-Security-Policy, before anything it governs, that lets scripts come only from the
 * add-in's own origin and office.js's CDN, never inline, never through eval; no file of dist/
 * runs a string as code or points to a source map. That the pane works under this policy, and
 * that the browser enforces it, is test/e2e/pane.e2e.test.ts.
 */
import fs from "fs";
import path from "path";
import { builtDist, BUILD_TIMEOUT_MS } from "../support/build";
import { evalLike } from "../support/evalLike";

const OFFICE_CDN = "https://appsforoffice.microsoft.com";
const PAGES = ["commands.html", "functions.html", "taskpane.html"];

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

/** A policy as the browser reads it: directive names in lower case, each with its sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    // A repeated directive is ignored by browsers: none is allowed here.
    if (directives.has(name.toLowerCase())) throw new Error(`directive répétée : ${name}`);
    directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

test("the built pages are the three of the add-in (a new page joins PAGES, and these checks)", () => {
  expect(files.filter((f) => f.endsWith(".html")).sort()).toEqual(PAGES);
});

describe.each(PAGES)("%s", (page) => {
  let doc: Document;
  let policy: Map<string, string[]>;

  beforeAll(() => {
    doc = new DOMParser().parseFromString(read(page), "text/html");
    const metas = Array.from(doc.querySelectorAll("meta[http-equiv]")).filter(
      (m) => m.getAttribute("http-equiv")!.toLowerCase() === "content-security-policy",
    );
    expect(metas).toHaveLength(1);
    policy = parsePolicy(metas[0].getAttribute("content") ?? "");
  });

  test("its one Content-Security-Policy comes before any script, style or link (a <meta> only covers what follows)", () => {
    const first = doc.head.querySelector('script, style, link, meta[http-equiv="Content-Security-Policy" i]');
    expect(first?.getAttribute("http-equiv")?.toLowerCase()).toBe("content-security-policy");
  });

  test("scripts only from the add-in's origin and office.js's CDN: no inline script, no eval, no wildcard, no data:", () => {
    expect(policy.get("script-src")).toEqual(["'self'", OFFICE_CDN]);
    // These would let scripts in by another door.
    for (const name of ["script-src-elem", "script-src-attr", "worker-src", "child-src"]) expect(policy.has(name)).toBe(false);
  });

  test("everything else from the add-in's origin at most; no plugin, no <base>, no form sent", () => {
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'none'"]);
    // No directive opens the page to any host, any scheme or eval.
    for (const [name, sources] of policy) {
      for (const source of sources) {
        expect({ name, source, open: /^(\*|https?:|data:|blob:|'unsafe-eval'|'wasm-unsafe-eval'|'unsafe-hashes')$/.test(source) }).toEqual({
          name,
          source,
          open: false,
        });
        if (!source.startsWith("'")) expect({ name, source }).toEqual({ name, source: OFFICE_CDN });
      }
      // 'unsafe-inline' only for styles: Fluent UI writes its classes into <style> elements.
      if (name !== "style-src") expect({ name, sources }).toEqual({ name, sources: sources.filter((s) => s !== "'unsafe-inline'") });
    }
  });

  test("no inline script: each <script> has a src, from the page's origin or office.js's CDN; no on… attribute, no javascript: URL", () => {
    const scripts = Array.from(doc.querySelectorAll("script"));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const src = script.getAttribute("src") ?? "";
      expect({ src, inline: script.textContent!.trim() }).toEqual({ src: expect.stringMatching(/./), inline: "" });
      expect(src.startsWith(`${OFFICE_CDN}/`) || !/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src)).toBe(true);
    }
    for (const element of Array.from(doc.querySelectorAll("*"))) {
      for (const attribute of element.getAttributeNames()) {
        expect({ element: element.tagName, attribute, handler: /^on/i.test(attribute) }).toMatchObject({ handler: false });
        expect(element.getAttribute(attribute)).not.toMatch(/^\s*javascript:/i);
      }
    }
  });
});

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
  // The pane's and the commands' bundles carry a hash of their content (webpack.config.js).
  expect(scripts.map((f) => f.replace(/\.[0-9a-f]{8}\./, ".#."))).toEqual(
    expect.arrayContaining([
      "functions.js",
      "taskpane.#.js",
      "commands.#.js",
      "taskpane.excel.chunk.#.js",
      // « Exporter en .xlsx »: the workbook writer and ExcelJS (scripts/exceljs-no-eval-loader.js).
      "taskpane.xlsx.chunk.#.js",
      "taskpane.exceljs.chunk.#.js",
    ]),
  );
  const found = scripts.flatMap((file) => evalLike(read(file)).map((e) => `${file} : ${e.what} dans « ${e.at} »`));
  expect(found).toEqual([]);
});

test("no source map: no .map file, no sourceMappingURL comment", () => {
  expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
  const text = files.filter((f) => /\.(c|m)?js$|\.css$|\.html$/.test(f));
  expect(text.filter((f) => /[#@]\s*sourceMappingURL=/.test(read(f)))).toEqual([]);
});
