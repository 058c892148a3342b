/**
 * End-to-end: the production build of the task pane in a real Chromium, standalone (no Office).
 * Runs when /usr/bin/chromium exists (Debian's package: `apt-get install -y chromium`) and the
 * build is in dist/ (`npm run build`); otherwise it is skipped with a message saying why.
 * office.js is answered from the local @microsoft/office-js package: the CDN is not reachable here.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { compute } from "../../calc";
import { CHROMIUM, CHROMIUM_ARGS, routeOfficeJs, serveDist, type OfficeJsOverride } from "./server";

const ROOT = resolve(__dirname, "../..");
const DIST = resolve(ROOT, process.env.FS_PANE_DIST ?? "dist");
const ARTIFACTS = resolve(ROOT, "test-artifacts");
const DOCS_IMG = resolve(ROOT, "docs/img");

const missing = !existsSync(CHROMIUM)
  ? `${CHROMIUM} est absent (apt-get install -y chromium)`
  : !existsSync(join(DIST, "taskpane.html"))
    ? `${join(DIST, "taskpane.html")} est absent (npm run build)`
    : undefined;
if (missing && process.env.CI) throw new Error(`test de bout en bout impossible en CI : ${missing}`);
if (missing) console.warn(`Tests de bout en bout du volet ignorés : ${missing}.`);
const suite = missing ? describe.skip : describe;

const NBSP = /[\s\u00a0\u202f]+/g;
const norm = (s: string | null) => (s ?? "").replace(NBSP, " ").trim();

suite("task pane in a browser, standalone (production build)", () => {
  jest.setTimeout(90_000);
  let server: Awaited<ReturnType<typeof serveDist>>;
  let context: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await serveDist(DIST);
    profile = mkdtempSync(join(tmpdir(), "fs-pane-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      acceptDownloads: true,
      viewport: { width: 420, height: 900 },
      locale: "fr-FR",
    });
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  /** A page where office.js comes from the npm package (or from `officeJs` when given), and nothing else leaves the machine. */
  async function openPane(officeJs?: OfficeJsOverride) {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(e.message));
    const { external } = await routeOfficeJs(page, officeJs);
    // Each page starts from nothing saved (the profile is shared by the tests).
    await page.addInitScript(() => {
      try {
        if (window.top === window) window.localStorage.clear();
      } catch {
        // frames without storage (office.js's telemetry frame)
      }
    });
    const started = Date.now();
    await page.goto(`${server.url}/taskpane.html`);
    await page.waitForSelector("html[data-ready=true]", { timeout: 15_000 });
    const readyMs = Date.now() - started;
    return { page, errors, external, readyMs };
  }

  async function axe(page: Page) {
    await page.addScriptTag({ content: readFileSync(require.resolve("axe-core/axe.min.js"), "utf8") });
    const result = await page.evaluate(async () => {
      const r = await (
        window as unknown as {
          axe: {
            run: (
              ctx: unknown,
              opts: unknown,
            ) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
      });
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
      }));
    });
    return result;
  }

  const serious = (violations: { impact: string }[]) => violations.filter((v) => v.impact === "serious" || v.impact === "critical");

  const shot = async (page: Page, name: string, docs?: boolean) => {
    await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
    if (docs && process.env.UPDATE_DOCS_IMG) {
      mkdirSync(DOCS_IMG, { recursive: true });
      await page.screenshot({ path: join(DOCS_IMG, `${name}.png`), clip: { x: 0, y: 0, width: 420, height: 900 } });
    }
  };

  test("opens on the example with the 409 045,00 € total, updates on an edit, exports, and passes axe", async () => {
    const { page, errors, external, readyMs } = await openPane();
    console.log(
      `Volet prêt en ${readyMs} ms (mesuré par la page : ${await page.evaluate(() => (window as { fsReadyMs?: number }).fsReadyMs)} ms depuis la navigation).`,
    );
    expect(readyMs).toBeLessThan(5_000);
    expect(norm(await page.textContent("#total-attribue"))).toBe("409 045,00 €");
    await expect(page.getByText("Mode autonome.").count()).resolves.toBe(1);
    await shot(page, "simuler", true);
    const simulate = await axe(page);
    // Standalone, the Excel part of the pane is never downloaded.
    const resources = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name.split("/").pop()));
    expect(resources).toContain("taskpane.js");
    expect(resources).not.toContain("taskpane.excel.chunk.js");

    // The other areas, before any edit (their screenshots illustrate docs/volet.md).
    await page.getByRole("tab", { name: "Convention" }).click();
    await page.getByRole("heading", { name: "Convention", exact: true }).waitFor();
    expect(norm(await page.textContent("#conv-attribue"))).toBe("409 045,00 €");
    await shot(page, "convention", true);
    const convention = await axe(page);
    await page.getByRole("tab", { name: "Paramètres" }).click();
    await page.getByRole("heading", { name: "Paramètres datés" }).waitFor();
    await page.getByText("Afficher seulement les paramètres estimés").click();
    await expect(page.getByLabel("Afficher seulement les paramètres estimés").isChecked()).resolves.toBe(true);
    await expect(page.locator(".param.estimate").count()).resolves.toBeGreaterThan(0);
    await shot(page, "parametres", true);
    const parameters = await axe(page);
    await page.getByRole("tab", { name: "Simuler" }).click();

    // An edit: the first agent at half time; the manager's payroll follows.
    const before = norm(await page.textContent("#fig-masse"));
    const agent = page.getByRole("group", { name: "Agent A1-1" });
    await agent.getByLabel("Quotité (ETP)").fill("0,5");
    await page.waitForFunction(
      (b) =>
        document
          .getElementById("fig-masse")
          ?.textContent?.replace(/[\s\u00a0\u202f]+/g, " ")
          .trim() !== b,
      before,
    );
    const after = norm(await page.textContent("#fig-masse"));
    expect(after).not.toBe(before);
    expect(after).toMatch(/^\d{1,3}( \d{3})*,\d{2} €$/);

    // The scenario exports with the edit, and computes.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Exporter le scénario (JSON)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("scenario-france-services.json");
    const exported = JSON.parse(readFileSync(await download.path(), "utf8"));
    expect(exported.managers[0].structures[0].agents[0].fte).toBe("0.5");
    const recomputed = compute(exported, { traces: false });
    expect(recomputed.ok && recomputed.result.managers[0].payroll).toBe(after.replace(/ /g, "").replace(",", ".").replace("€", ""));

    // The results as CSV for French Excel.
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Exporter les résultats (CSV)" }).click(),
    ]);
    const csvText = readFileSync(await csv.path(), "utf8");
    expect(csvText.split("\r\n")[0]).toMatch(/^\ufeffAnnée;Gestionnaire;Structure;/);
    expect(csvText.split("\r\n").length).toBe(12 + 2);
    const edited = await axe(page);

    expect(serious([...simulate, ...convention, ...parameters, ...edited])).toEqual([]);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.close();
  });

  test("imports a scenario file, after asking", async () => {
    const { page, errors } = await openPane();
    const s = JSON.parse(readFileSync(resolve(ROOT, "examples/vosges-2022.json"), "utf8"));
    s.rules.envelope = 1_000_000;
    const expected = compute(s, { traces: false });
    if (!expected.ok) throw new Error("exemple");
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: "grande-enveloppe.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(s)) });
    await page.getByRole("button", { name: "Importer", exact: true }).click();
    await page.waitForFunction(() => !document.getElementById("total-attribue")?.textContent?.includes("409"));
    const allocated = norm(await page.textContent("#total-attribue"));
    expect(allocated.replace(/ /g, "").replace(",", ".").replace("€", "")).toBe(expected.result.totals.allocated);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("runs standalone when office.js cannot load, or when Office never answers (3 s limit)", async () => {
    const absent = await openPane(() => ({ abort: true }));
    expect(norm(await absent.page.textContent("#total-attribue"))).toBe("409 045,00 €");
    await expect(absent.page.getByText("La bibliothèque Office (office.js) n'a pas pu être chargée.").count()).resolves.toBe(1);
    await absent.page.close();

    const silent = await openPane((path) =>
      path === "office.js" ? { body: "window.Office = { onReady: function () { return new Promise(function () {}); } };" } : {},
    );
    expect(silent.readyMs).toBeGreaterThanOrEqual(2_900);
    expect(silent.readyMs).toBeLessThan(8_000);
    await expect(silent.page.getByText("Office n'a pas répondu dans les 3 secondes.").count()).resolves.toBe(1);
    expect(norm(await silent.page.textContent("#total-attribue"))).toBe("409 045,00 €");
    expect(silent.errors).toEqual([]);
    await silent.page.close();
  });

  test("inside Excel (office.js stand-in answering Excel) the Excel chunk loads and Convention offers the workbook steps", async () => {
    // Just enough of office.js for the pane's start: Office.onReady says Excel, and the workbook has no saved settings.
    const stub = `window.Office = { HostType: { Excel: "Excel" }, onReady: function () { return Promise.resolve({ host: "Excel" }); } };
      window.Excel = { run: function (batch) {
        var setting = { isNullObject: true, value: undefined, load: function () {} };
        return batch({ workbook: { settings: { getItemOrNullObject: function () { return setting; } } }, sync: function () { return Promise.resolve(); } });
      } };`;
    const { page, errors } = await openPane((path) => (path === "office.js" ? { body: stub } : {}));
    await page.getByRole("tab", { name: "Convention" }).click();
    await page.getByRole("button", { name: "Créer les tableaux de saisie" }).waitFor();
    const loaded = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name.split("/").pop()));
    expect(loaded).toContain("taskpane.excel.chunk.js");
    await expect(page.getByText("Mode autonome.").count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "Calculer et écrire les résultats" }).count()).resolves.toBe(1);
    await shot(page, "convention-excel", true);
    expect(serious(await axe(page))).toEqual([]);
    await page.getByRole("tab", { name: "Simuler" }).click();
    await expect(page.getByRole("button", { name: "Écrire dans le classeur" }).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
