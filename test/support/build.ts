/**
 * A production build of the add-in for the tests, in test-artifacts/dist (dist/ stays the
 * developer's), or in test-artifacts/dist-production for a build with ADDIN_BASE_URL. Built once
 * and reused while no input changed; test files running in parallel wait for the one that builds.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "test-artifacts", "dist");
const PRODUCTION_DIST = path.join(ROOT, "test-artifacts", "dist-production");
const INPUTS = ["src", "calc", "scripts", "assets", "manifest.xml", "webpack.config.js", "package.json", "tsconfig.json"];

/** A build takes about 15 s here; leave room for a slow machine. */
export const BUILD_TIMEOUT_MS = 240_000;

function newest(file: string): number {
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(file).reduce((m, name) => Math.max(m, newest(path.join(file, name))), stat.mtimeMs);
}

/** The stamp of a build records its ADDIN_BASE_URL: a build for another address is not fresh. */
function fresh(dist: string, baseUrl: string): boolean {
  const stamp = path.join(dist, ".built");
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, "utf8") !== baseUrl) return false;
  const built = fs.statSync(stamp).mtimeMs;
  return INPUTS.every((input) => newest(path.join(ROOT, input)) < built);
}

function build(dist: string, baseUrl: string): void {
  const webpack = require.resolve("webpack-cli/bin/cli.js");
  execFileSync(process.execPath, [webpack, "--mode", "production"], {
    cwd: ROOT,
    env: { ...process.env, FS_OUTPUT_DIR: dist, ADDIN_BASE_URL: baseUrl },
    stdio: "pipe",
  });
  fs.writeFileSync(path.join(dist, ".built"), baseUrl);
}

/**
 * The directory of a production build of the current sources: its manifest points to the
 * development server, or to `baseUrl` (ADDIN_BASE_URL) in test-artifacts/dist-production.
 */
export async function builtDist(baseUrl = ""): Promise<string> {
  const dist = baseUrl ? PRODUCTION_DIST : DIST;
  const lock = `${dist}.lock`;
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    if (fresh(dist, baseUrl)) return dist;
    try {
      fs.mkdirSync(lock);
    } catch {
      // Another test file is building; a lock older than the timeout was left by a killed run.
      if (Date.now() - fs.statSync(lock).mtimeMs > BUILD_TIMEOUT_MS) fs.rmSync(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 500));
      continue;
    }
    try {
      if (!fresh(dist, baseUrl)) build(dist, baseUrl);
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
}
