import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

// What ships to users (the `dependencies` of package.json and everything they pull in) must be
// under a permissive licence. Copyleft licences (GPL, AGPL, LGPL…) are allowed only for dev tools
// that never ship, which this walk does not visit.
const PERMISSIVE = new Set([
  "MIT",
  "ISC",
  "BSD-2-Clause",
  "BSD-3-Clause",
  "Apache-2.0",
  "0BSD",
  "BlueOak-1.0.0",
  "Unlicense",
  "CC0-1.0",
  "Python-2.0",
  "MIT-0",
  "Zlib",
]);

const root = path.resolve(__dirname, "../..");

interface Manifest {
  name: string;
  version: string;
  license?: string | { type: string };
  licenses?: { type: string }[];
  dependencies?: Record<string, string>;
}

/** Finds a package the way Node does: in node_modules beside the requiring package, then upwards. */
function resolve(name: string, from: string): string | null {
  let dir = from;
  for (;;) {
    const candidate = path.join(dir, "node_modules", name, "package.json");
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function licenceOf(m: Manifest): string {
  if (typeof m.license === "string") return m.license;
  if (m.license && typeof m.license === "object") return m.license.type;
  return m.licenses?.map((l) => l.type).join(" OR ") ?? "UNKNOWN";
}

/** An SPDX expression is permissive when every alternative of an OR has a permissive choice, and every part of an AND is permissive. */
function permissive(expression: string): boolean {
  const clean = expression.replace(/[()]/g, " ").trim();
  if (/ OR /.test(clean)) return clean.split(/ OR /).some((part) => permissive(part));
  if (/ AND /.test(clean)) return clean.split(/ AND /).every((part) => permissive(part));
  return PERMISSIVE.has(clean.trim());
}

function runtimeTree(): Map<string, Manifest> {
  const top = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as Manifest;
  const seen = new Map<string, Manifest>();
  const visit = (deps: Record<string, string> | undefined, from: string) => {
    for (const name of Object.keys(deps ?? {})) {
      const file = resolve(name, from);
      if (!file) throw new Error(`dépendance introuvable : ${name} (lancez npm install)`);
      if (seen.has(file)) continue;
      const m = JSON.parse(readFileSync(file, "utf8")) as Manifest;
      seen.set(file, m);
      visit(m.dependencies, path.dirname(file));
    }
  };
  visit(top.dependencies, root);
  return seen;
}

describe("licences of what ships", () => {
  test("every runtime dependency, direct or transitive, is under a permissive licence", () => {
    const tree = runtimeTree();
    expect(tree.size).toBeGreaterThan(0);
    const offending = [...tree.values()].filter((m) => !permissive(licenceOf(m))).map((m) => `${m.name}@${m.version}: ${licenceOf(m)}`);
    expect(offending).toEqual([]);
  });

  test("the check itself refuses copyleft licences and accepts permissive choices", () => {
    expect(permissive("GPL-3.0")).toBe(false);
    expect(permissive("LGPL-2.1-or-later")).toBe(false);
    expect(permissive("(MIT OR GPL-3.0)")).toBe(true);
    expect(permissive("MIT AND GPL-2.0")).toBe(false);
    expect(permissive("Apache-2.0")).toBe(true);
  });

  test("the lockfile is committed (tracked by git, not only created by npm install)", () => {
    const tracked = execFileSync("git", ["ls-files", "package-lock.json"], { cwd: root, encoding: "utf8" }).trim();
    expect(tracked).toBe("package-lock.json");
  });
});
