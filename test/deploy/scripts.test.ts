/**
 * What the build and `npm start` / `npm stop` tell the person who runs them: a production address
 * that cannot serve an add-in stops the build with a French message and no stack trace; the
 * development certificates are made without a line in English.
 */
import { spawnSync } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { productionUrl, DEV_URL } = require("../../scripts/manifest-url");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureLocalCertificates } = require("../../scripts/dev-certs");

/** Runs a Node script of the project with ADDIN_BASE_URL set to `url`. */
function run(args: string[], url?: string) {
  const env = { ...process.env };
  if (url === undefined) delete env.ADDIN_BASE_URL;
  else env.ADDIN_BASE_URL = url;
  const result = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const WEBPACK = ["node_modules/webpack-cli/bin/cli.js", "--mode", "production"];

describe("ADDIN_BASE_URL", () => {
  test.each([
    ["http://complements.exemple.fr/", "doit commencer par https://"],
    ["ftp://complements.exemple.fr/", "doit commencer par https://"],
    ["complements.exemple.fr", "n'est pas une adresse valide"],
    ["https://moi:secret@complements.exemple.fr/", "ne doit contenir ni identifiant ni mot de passe"],
    ["https://complements.exemple.fr/?v=2", "ne doit contenir ni paramètres"],
  ])("%s is refused before anything is built, in French, without a stack trace", (url, reason) => {
    const { status, stdout, stderr } = run(["scripts/manifest-url.js"], url);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.trim()).toBe(stderr.trim().split("\n")[0]);
    expect(stderr).toContain(`Construction refusée : ADDIN_BASE_URL ${reason}`);
    expect(stderr).toContain(`« ${url} »`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  test("npm run build refuses ADDIN_BASE_URL=http://x at once, in French", () => {
    const env = { ...process.env, ADDIN_BASE_URL: "http://x" };
    const npm = spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "--silent", "build"], {
      cwd: ROOT,
      env,
      encoding: "utf8",
    });
    expect(npm.status).not.toBe(0);
    expect(npm.stderr).toContain("Construction refusée : ADDIN_BASE_URL doit commencer par https://");
    expect(npm.stderr).not.toMatch(/\n\s+at /);
    expect(npm.stdout).not.toContain("tsup");
  });

  test("webpack alone refuses an http address the same way", () => {
    const { status, stderr } = run(WEBPACK, "http://x");
    expect(status).toBe(1);
    expect(stderr.trim()).toBe(
      "Construction refusée : ADDIN_BASE_URL doit commencer par https:// (Office ne charge un complément qu'en HTTPS) : « http://x ».",
    );
  });

  test("an https address is accepted, with a final slash; unset keeps the development address with a French warning", () => {
    expect(run(["scripts/manifest-url.js"], "https://complements.exemple.fr/fs").status).toBe(0);
    expect(productionUrl("https://complements.exemple.fr/fs")).toBe("https://complements.exemple.fr/fs/");
    expect(productionUrl("https://Complements.Exemple.fr")).toBe("https://complements.exemple.fr/");
    const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
    try {
      expect(productionUrl("")).toBe(DEV_URL);
      expect(warn.mock.calls).toEqual([
        [`ADDIN_BASE_URL n'est pas définie : dist/manifest.xml garde l'adresse de développement ${DEV_URL}`],
      ]);
    } finally {
      warn.mockRestore();
    }
  });
});

describe("npm start / npm stop", () => {
  test("the development certificates are made for localhost without printing anything (the start script speaks French)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fs-certs-"));
    const log = jest.spyOn(console, "log").mockImplementation(() => {});
    try {
      expect(await ensureLocalCertificates(join(dir, "certs"))).toBe(true);
      expect(await ensureLocalCertificates(join(dir, "certs"))).toBe(false);
      expect(log).not.toHaveBeenCalled();
      const cert = new X509Certificate(readFileSync(join(dir, "certs", "localhost.crt")));
      expect(cert.checkHost("localhost")).toBe("localhost");
      expect(cert.verify(new X509Certificate(readFileSync(join(dir, "certs", "ca.crt"))).publicKey)).toBe(true);
    } finally {
      log.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("npm stop with no server says so in French", () => {
    // A copy of the scripts in an empty folder: a server started from this project is not touched.
    const dir = mkdtempSync(join(tmpdir(), "fs-stop-"));
    try {
      mkdirSync(join(dir, "scripts"));
      for (const file of ["start.js", "dev-certs.js"]) copyFileSync(join(ROOT, "scripts", file), join(dir, "scripts", file));
      const result = spawnSync(process.execPath, [join(dir, "scripts", "start.js"), "stop"], { cwd: dir, encoding: "utf8" });
      expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
        status: 0,
        stdout: "Aucun serveur de développement lancé par npm start.\n",
        stderr: "",
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
