/**
 * A production build of the add-in for the tests, in test-artifacts/dist (dist/ stays the
 * developer's). Built once and reused while no input changed; test files running in parallel
 * wait for the one that builds.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "test-artifacts", "dist");
const STAMP = path.join(DIST, ".built");
const LOCK = path.join(ROOT, "test-artifacts", "build.lock");
const INPUTS = ["src", "calc", "scripts", "assets", "manifest.xml", "webpack.config.js", "package.json", "tsconfig.json"];

/** A build takes about 15 s here; leave room for a slow machine. */
export const BUILD_TIMEOUT_MS = 240_000;

function newest(file: string): number {
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(file).reduce((m, name) => Math.max(m, newest(path.join(file, name))), stat.mtimeMs);
}

function fresh(): boolean {
  if (!fs.existsSync(STAMP)) return false;
  const built = fs.statSync(STAMP).mtimeMs;
  return INPUTS.every((input) => newest(path.join(ROOT, input)) < built);
}

function build(): void {
  const webpack = require.resolve("webpack-cli/bin/cli.js");
  execFileSync(process.execPath, [webpack, "--mode", "production"], {
    cwd: ROOT,
    env: { ...process.env, FS_OUTPUT_DIR: DIST, ADDIN_BASE_URL: "" },
    stdio: "pipe",
  });
  fs.writeFileSync(STAMP, new Date().toISOString());
}

/** The directory of a production build of the current sources. */
export async function builtDist(): Promise<string> {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    if (fresh()) return DIST;
    try {
      fs.mkdirSync(LOCK);
    } catch {
      // Another test file is building; a lock older than the timeout was left by a killed run.
      if (Date.now() - fs.statSync(LOCK).mtimeMs > BUILD_TIMEOUT_MS) fs.rmSync(LOCK, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 500));
      continue;
    }
    try {
      if (!fresh()) build();
    } finally {
      fs.rmSync(LOCK, { recursive: true, force: true });
    }
  }
}
