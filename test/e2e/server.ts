import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import type { Page } from "playwright-core";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".map": "application/json",
};

/** Debian's Chromium, driven by playwright-core (which cannot download a browser here); FS_CHROMIUM names another. */
export const CHROMIUM = process.env.FS_CHROMIUM || "/usr/bin/chromium";

/** Headless, and none of the background connections this machine's closed network refuses. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** A static server for a built folder, on 127.0.0.1 and a free port; nothing outside `root` is served. */
export async function serveDist(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^([/\\])+/, "");
    const file = join(root, path || "taskpane.html");
    if (!(file + sep).startsWith(root + sep) && file !== root) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
/**
 * Outside Office, office.js frames its telemetry page from this host 3 s after loading. The
 * pages' Content-Security-Policy refuses it (frame-src): the request never starts, and would
 * be listed in `external` if it did.
 */
export const OFFICE_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com";
const OFFICE_JS = resolve(__dirname, "../../node_modules/@microsoft/office-js/dist");

/** What to answer for a file of the office.js CDN instead of the npm package's copy. */
export type OfficeJsOverride = (path: string) => { body?: string; abort?: boolean } | undefined;

/**
 * Keeps a page on this machine: office.js's CDN is answered from the local @microsoft/office-js
 * package (or by `override`), and every other request to another host is aborted and listed in
 * `external`.
 */
export async function routeOfficeJs(page: Page, override?: OfficeJsOverride): Promise<{ external: string[] }> {
  const external: string[] = [];
  await page.route(
    (url) => url.hostname !== "127.0.0.1" && url.hostname !== "localhost",
    async (route) => {
      const url = route.request().url();
      if (!url.startsWith(OFFICE_CDN)) {
        external.push(url);
        return route.abort();
      }
      const path = url.slice(OFFICE_CDN.length).split("?")[0];
      const custom = override?.(path);
      if (custom?.abort) return route.abort();
      if (custom?.body !== undefined) return route.fulfill({ status: 200, contentType: "text/javascript", body: custom.body });
      const file = join(OFFICE_JS, path);
      if (!file.startsWith(OFFICE_JS + sep) || !existsSync(file)) return route.fulfill({ status: 404, body: "" });
      return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) });
    },
  );
  return { external };
}
