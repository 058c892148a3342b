/**
 * docs/deploiement.md, followed on this machine for one of the servers of deploy/: a production
 * build (ADDIN_BASE_URL=https://…), served by the real server (Debian package) with its
 * configuration from deploy/, where only the paths, the ports and the certificate change (a
 * throwaway self-signed one, on 127.0.0.1 only), and the pane loaded through it in Chromium:
 * every response carries the security headers and its cache rule, and the pane runs without a
 * single refusal of its policy.
 *
 * The suite runs when the server and openssl exist, its browser part when /usr/bin/chromium does
 * too; otherwise it says what is skipped and why; in CI (.ci/run installs them) a missing one
 * fails the run. No upper bound on time: the server is waited for until it answers or exits.
 */
import { spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { get as httpGet } from "node:http";
import { get as httpsGet } from "node:https";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { chromium, type Browser } from "playwright-core";
import { builtDist, BUILD_TIMEOUT_MS } from "../support/build";
import { CHROMIUM, CHROMIUM_ARGS, OFFICE_TELEMETRY, routeOfficeJs } from "../e2e/server";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SECURITY_HEADERS, CACHE, HASHED_FILE } = require("../../scripts/deploy-headers") as {
  SECURITY_HEADERS: [string, string][];
  CACHE: { hashed: string; other: string };
  HASHED_FILE: string;
};

export const ROOT = resolve(__dirname, "../..");
const OPENSSL = "/usr/bin/openssl";
/** The production address of the build, as a Département would choose it. */
const BASE_URL = "https://complements.exemple.fr/france-services/";

/** What a server's test gives the suite: how to start it on the test's ports and files. */
export interface Deployment {
  /** « nginx », « Caddy ». */
  name: string;
  /** The server's binary and the package that installs it. */
  binary: string;
  apt: string;
  /** Starts the server with its configuration of deploy/ templated for the test; it must stay in the foreground. */
  start(files: { dir: string; dist: string; cert: string; key: string; httpsPort: number; httpPort: number }): ChildProcess;
  /** The Server header it sends (undefined: none). */
  serverHeader: string | undefined;
  /** True when its HTTP port redirects to HTTPS in the test (Caddy's redirect needs port 80). */
  redirects: boolean;
}

/** A port free on 127.0.0.1 right now. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => done(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** `text` with `from` replaced by `to`, which must occur exactly once (the configuration changed otherwise). */
export function replaceOnce(text: string, from: string, to: string): string {
  const parts = text.split(from);
  if (parts.length !== 2) throw new Error(`deploy/ : « ${from.trim()} » trouvé ${parts.length - 1} fois au lieu d'une`);
  return parts.join(to);
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request to the server, without trusting its certificate (it is the test's own). */
function request(url: string, headers: Record<string, string> = {}): Promise<Reply> {
  const get = url.startsWith("https:") ? httpsGet : httpGet;
  return new Promise((done, fail) => {
    const req = get(url, { rejectUnauthorized: false, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", fail);
  });
}

/** Waits until the server answers, or fails with its output when it exits first. */
async function answering(url: string, server: ChildProcess, output: () => string): Promise<void> {
  for (;;) {
    if (server.exitCode !== null) throw new Error(`le serveur s'est arrêté (code ${server.exitCode}) :\n${output()}`);
    try {
      await request(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** The files of the build, and the Cache-Control each must have. */
function publishedFiles(dist: string): [string, string][] {
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  const bundle = html.match(/src="?(taskpane\.[0-9a-f]{8}\.js)/)?.[1];
  if (!bundle) throw new Error("taskpane.html ne charge pas de taskpane.<empreinte>.js");
  return [
    ["taskpane.html", CACHE.other],
    ["functions.html", CACHE.other],
    ["commands.html", CACHE.other],
    ["manifest.xml", CACHE.other],
    ["functions.js", CACHE.other],
    ["functions.json", CACHE.other],
    ["functions.fr-FR.json", CACHE.other],
    ["assets/icon-32.png", CACHE.other],
    [bundle, CACHE.hashed],
  ];
}

/** The suite of tests of one server's configuration. */
export function deploymentSuite(server: Deployment): void {
  const missing = [
    !existsSync(server.binary) && `${server.binary} est absent (apt-get install -y ${server.apt})`,
    !existsSync(OPENSSL) && `${OPENSSL} est absent (apt-get install -y openssl)`,
  ].filter(Boolean);
  const noBrowser = existsSync(CHROMIUM) ? undefined : `${CHROMIUM} est absent (apt-get install -y chromium)`;
  if (process.env.CI && (missing.length || noBrowser))
    throw new Error(`test du déploiement ${server.name} impossible en CI : ${[...missing, noBrowser].filter(Boolean).join(" ; ")}`);
  if (missing.length) console.warn(`Test du déploiement ${server.name} ignoré : ${missing.join(" ; ")}.`);
  else if (noBrowser) console.warn(`Déploiement ${server.name} : le volet n'est pas chargé dans Chromium, ${noBrowser}.`);
  const suite = missing.length ? describe.skip : describe;
  const inBrowser = noBrowser ? test.skip : test;

  suite(`the ${server.name} configuration of deploy/ serving the production build`, () => {
    jest.setTimeout(90_000);
    let dir: string;
    let dist: string;
    let process: ChildProcess;
    let output = "";
    let https: string;
    let http: string;
    let browser: Browser | undefined;

    beforeAll(async () => {
      dist = await builtDist(BASE_URL);
      dir = mkdtempSync(join(tmpdir(), "fs-deploy-"));
      const cert = join(dir, "cert.pem");
      const key = join(dir, "cle.key");
      // A throwaway certificate for 127.0.0.1, valid one day.
      const made = spawnSync(
        OPENSSL,
        ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1"].concat([
          "-addext",
          "subjectAltName=IP:127.0.0.1",
          "-keyout",
          key,
          "-out",
          cert,
        ]),
        { encoding: "utf8" },
      );
      if (made.status !== 0) throw new Error(`openssl : ${made.stderr}`);
      const [httpsPort, httpPort] = [await freePort(), await freePort()];
      https = `https://127.0.0.1:${httpsPort}`;
      http = `http://127.0.0.1:${httpPort}`;
      process = server.start({ dir, dist, cert, key, httpsPort, httpPort });
      process.stdout?.on("data", (d) => (output += d));
      process.stderr?.on("data", (d) => (output += d));
      await answering(`${https}/taskpane.html`, process, () => output);
      if (!noBrowser) browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    }, BUILD_TIMEOUT_MS);

    afterAll(async () => {
      await browser?.close();
      if (process && process.exitCode === null && process.signalCode === null) {
        const exited = new Promise((r) => process.once("exit", r));
        process.kill("SIGTERM");
        await exited;
      }
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    test("the production manifest has no localhost and only https addresses, all under ADDIN_BASE_URL", () => {
      const xml = readFileSync(join(dist, "manifest.xml"), "utf8");
      expect(xml).not.toMatch(/localhost/i);
      // Every address the manifest gives Office (attributes and text), not the XML namespaces.
      const addresses: string[] = [];
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) return node.forEach(walk);
        if (typeof node === "string") return void (/^[a-z][a-z0-9+.-]*:\/\//i.test(node.trim()) && addresses.push(node.trim()));
        if (node && typeof node === "object")
          for (const [key, value] of Object.entries(node)) if (!/^@_(xmlns|xsi:)/.test(key)) walk(value);
      };
      walk(new XMLParser({ ignoreAttributes: false, parseTagValue: false, parseAttributeValue: false }).parse(xml));
      expect(addresses.length).toBeGreaterThanOrEqual(12);
      expect(addresses.filter((a) => !a.startsWith(BASE_URL))).toEqual([]);
      expect(addresses).toContain(`${BASE_URL}taskpane.html`);
      expect(addresses).toContain(`${BASE_URL}functions.js`);
      // The version Office compares to update the add-in: the package's, with a fourth number.
      const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
      expect(xml.match(/<Version>([^<]*)<\/Version>/)?.[1]).toBe(`${pkg.version}.0`);
    });

    test("every file is served with the security headers and its cache rule", async () => {
      const files = publishedFiles(dist);
      expect(new RegExp(HASHED_FILE).test(files[files.length - 1][0])).toBe(true);
      for (const [file, cache] of files) {
        const reply = await request(`${https}/${file}`);
        const got = Object.fromEntries([
          ["status", reply.status],
          ...SECURITY_HEADERS.map(([name]) => [name, reply.headers[name.toLowerCase()]]),
        ]);
        expect({ file, ...got, "Cache-Control": reply.headers["cache-control"] }).toEqual({
          file,
          status: 200,
          ...Object.fromEntries(SECURITY_HEADERS),
          "Cache-Control": cache,
        });
        expect(reply.headers.server).toBe(server.serverHeader);
      }
      const type = async (file: string) => (await request(`${https}/${file}`)).headers["content-type"];
      await expect(type("taskpane.html")).resolves.toBe("text/html; charset=utf-8");
      await expect(type("manifest.xml")).resolves.toMatch(/^(text|application)\/xml\b/);
      await expect(type("functions.json")).resolves.toMatch(/^application\/json\b/);
      await expect(type(files[files.length - 1][0])).resolves.toMatch(/^(text|application)\/javascript\b/);
    });

    test("what is revalidated costs a 304; a missing file is a 404 with the headers; dist/lib is not served", async () => {
      const first = await request(`${https}/manifest.xml`);
      expect(first.headers.etag).toMatch(/^(W\/)?"/);
      const again = await request(`${https}/manifest.xml`, { "If-None-Match": String(first.headers.etag) });
      expect(again.status).toBe(304);
      const absent = await request(`${https}/absent.html`);
      expect([absent.status, absent.headers["content-security-policy"]]).toEqual([404, SECURITY_HEADERS[0][1]]);
      // dist/lib (the npm library) is not published, even when copied along.
      expect((await request(`${https}/lib/index.js`)).status).toBe(404);
      if (server.redirects) {
        const plain = await request(`${http}/taskpane.html?x=1`);
        expect([plain.status, plain.headers.location]).toEqual([301, "https://127.0.0.1/taskpane.html?x=1"]);
      }
    });

    inBrowser(`the pane loads in Chromium through ${server.name}, with the headers, without a refusal of its policy`, async () => {
      const context = await browser!.newContext({ ignoreHTTPSErrors: true, locale: "fr-FR", viewport: { width: 420, height: 900 } });
      try {
        const page = await context.newPage();
        const errors: string[] = [];
        // Outside Office, office.js frames its telemetry page from another host: the policy refuses it, as it must.
        const refusedTelemetry = (text: string) => text.includes(OFFICE_TELEMETRY);
        page.on("console", (m) => m.type() === "error" && !refusedTelemetry(m.text()) && errors.push(m.text()));
        page.on("pageerror", (e) => errors.push(e.message));
        const served: Record<string, Record<string, string>> = {};
        page.on("response", (r) => {
          if (r.url().startsWith(https)) served[r.url().slice(https.length + 1)] = r.headers();
        });
        const { external } = await routeOfficeJs(page);
        await page.addInitScript(() => {
          const list: string[] = [];
          (window as unknown as { cspViolations: string[] }).cspViolations = list;
          document.addEventListener("securitypolicyviolation", (e) => list.push(`${e.effectiveDirective} ${e.blockedURI}`));
        });
        const response = await page.goto(`${https}/taskpane.html`);
        expect(response?.status()).toBe(200);
        await page.waitForSelector("html[data-ready=true]", { timeout: 60_000 });
        await expect(page.textContent("#total-attribue")).resolves.toMatch(/^409[\s\u00a0\u202f]045,00[\s\u00a0\u202f]€$/);

        // The page and its bundle came from the server, with the headers.
        const bundle = publishedFiles(dist).find(([, cache]) => cache === CACHE.hashed)![0];
        expect(Object.keys(served)).toEqual(expect.arrayContaining(["taskpane.html", bundle]));
        for (const file of ["taskpane.html", bundle])
          for (const [name, value] of SECURITY_HEADERS)
            expect({ file, name, value: served[file][name.toLowerCase()] }).toEqual({ file, name, value });
        expect(served[bundle]["cache-control"]).toBe(CACHE.hashed);

        // The header policy and the <meta> policy both apply: nothing the pane needs is refused.
        const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations.slice());
        expect(violations.filter((v) => !refusedTelemetry(v))).toEqual([]);
        expect(errors).toEqual([]);
        expect(external.filter((u) => !refusedTelemetry(u))).toEqual([]);

        // The header alone is enforced where there is no <meta>: an image, shown by the browser in a
        // document of its own, refuses an inline script, and says so.
        await page.goto(`${https}/assets/icon-32.png`);
        const inline = await page.evaluate(() => {
          const s = document.createElement("script");
          s.textContent = "window.inlineRan = true";
          document.head.appendChild(s);
          return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
        });
        expect(inline).toBe(false);
        const refused = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations.slice());
        expect(refused).toEqual([expect.stringMatching(/^script-src-elem inline$/)]);
      } finally {
        await context.close();
      }
    });
  });
}
