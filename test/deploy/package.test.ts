/**
 * The npm package holds what a user of the library needs and nothing else: the library with its
 * types and the scenario's JSON Schema (dist/lib), the command line (bin/ and dist/lib/cli.js),
 * the example, README, LICENSE and CHANGELOG. Not the add-in, its sources, tests or tools. The
 * tarball, unpacked beside its declared dependencies only, works: require, import and the command.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));

if (!existsSync(join(ROOT, "dist/lib/index.js")))
  throw new Error("dist/lib n'est pas construite : lancez « npm run build:lib » (ou npm install)");

/** The files of `npm pack`, without building again (npm install or the CI's build made dist/lib). */
function packed(dryRun: boolean, into?: string): { files: { path: string }[]; filename: string } {
  const args = ["pack", "--json", "--ignore-scripts", ...(dryRun ? ["--dry-run"] : ["--pack-destination", into!])];
  return JSON.parse(execFileSync(NPM, args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }))[0];
}

test("npm pack lists only the library, its types, the JSON Schema, the command line and the user's documents", () => {
  expect(pkg.private).toBeUndefined();
  expect(
    packed(true)
      .files.map((f) => f.path)
      .sort(),
  ).toEqual(
    [
      "CHANGELOG.md",
      "LICENSE",
      "README.md",
      "bin/fs-ctec.cjs",
      "dist/lib/cli.js",
      "dist/lib/index.d.mts",
      "dist/lib/index.d.ts",
      "dist/lib/index.js",
      "dist/lib/index.mjs",
      "dist/lib/scenario.schema.json",
      "examples/vosges-2022.json",
      "package.json",
    ].sort(),
  );
});

test("the unpacked tarball works with its declared dependencies only: require, import, the schema and fs-ctec", () => {
  const dir = mkdtempSync(join(tmpdir(), "fs-pack-"));
  try {
    const { filename } = packed(false, dir);
    const modules = join(dir, "node_modules");
    const home = join(modules, pkg.name);
    mkdirSync(home, { recursive: true });
    execFileSync("tar", ["-xzf", join(dir, filename), "-C", home, "--strip-components=1"]);
    for (const dep of Object.keys(pkg.dependencies)) {
      mkdirSync(join(modules, dep, ".."), { recursive: true });
      symlinkSync(join(ROOT, "node_modules", dep), join(modules, dep), "dir");
    }
    const run = (args: string[]) => {
      const r = spawnSync(process.execPath, args, { cwd: dir, encoding: "utf8" });
      return { status: r.status, stdout: r.stdout.trim(), stderr: r.stderr };
    };
    // 0,8 × (72 000 − 30 000) = 33 600; 100 split in three at the cent, largest remainder first.
    expect(run(["-e", `const l = require("${pkg.name}"); console.log(l.departmentShare(72000, 30000).toString())`])).toEqual({
      status: 0,
      stdout: "33600",
      stderr: "",
    });
    expect(
      run([
        "--input-type=module",
        "-e",
        `import { allocate } from "${pkg.name}"; console.log(allocate([100, 100, 100], 100).parts.join(" "))`,
      ]),
    ).toEqual({ status: 0, stdout: "33.34 33.33 33.33", stderr: "" });
    const schema = run(["-e", `console.log(require("${pkg.name}/schema.json").type)`]);
    expect(schema).toEqual({ status: 0, stdout: "object", stderr: "" });
    const cli = run([join(home, "bin/fs-ctec.cjs"), "compute", join(home, "examples/vosges-2022.json"), "--json"]);
    expect(cli.status).toBe(0);
    expect(JSON.parse(cli.stdout).totals.allocated).toBe("409045.00");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
