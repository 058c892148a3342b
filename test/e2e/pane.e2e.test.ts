/**
 * End-to-end: the production build of the task pane in a real Chromium, standalone (no Office).
 * Runs when /usr/bin/chromium exists (Debian's package: `apt-get install -y chromium`), on a fresh
 * production build of the sources (test/support/build.ts), or on the build FS_PANE_DIST names;
 * otherwise it is skipped with a message saying why. office.js is answered from the local
 * @microsoft/office-js package: the CDN is not reachable here. Every page runs under the pages'
 * Content-Security-Policy (scripts/csp.js) without a single violation, and the policy is shown to
 * refuse inline script, eval and new Function.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { AMOUNT_TERMS, compute } from "../../calc";
import { builtDist, BUILD_TIMEOUT_MS } from "../support/build";
import { CHROMIUM, CHROMIUM_ARGS, OFFICE_TELEMETRY, routeOfficeJs, serveDist, type OfficeJsOverride } from "./server";

const ROOT = resolve(__dirname, "../..");
/** A build to test instead of a fresh one (e.g. dist after `npm run build`). */
const GIVEN_DIST = process.env.FS_PANE_DIST && resolve(ROOT, process.env.FS_PANE_DIST);
const ARTIFACTS = resolve(ROOT, "test-artifacts");
const DOCS_IMG = resolve(ROOT, "docs/img");

const missing = !existsSync(CHROMIUM)
  ? `Chromium absent (${CHROMIUM}) : apt-get install -y chromium`
  : GIVEN_DIST && !existsSync(join(GIVEN_DIST, "taskpane.html"))
    ? `${join(GIVEN_DIST, "taskpane.html")} absent (FS_PANE_DIST)`
    : undefined;
if (missing && process.env.CI) throw new Error(`test de bout en bout impossible en CI : ${missing}`);
if (missing) {
  // Said twice, so that a newcomer sees it whatever the run: jest prints neither the console of a
  // file whose tests are all skipped nor, when it runs several files, the names of skipped tests.
  process.stderr.write(`\n⚠ Tests de bout en bout du volet ignorés : ${missing}.\n\n`);
  test.skip(`tests de bout en bout ignorés : ${missing}`, () => undefined);
}
const suite = missing ? describe.skip : describe;

const PANE_WIDTH = 350;
const NBSP = /[\s\u00a0\u202f]+/g;
const norm = (s: string | null) => (s ?? "").replace(NBSP, " ").trim();

/**
 * The one refusal expected standalone: office.js, outside Office, frames its telemetry page from
 * another host 3 s after loading; the policy refuses it (frame-src), as it must. Chromium also
 * logs it as a console error.
 */
const telemetryRefused = (text: string) => text.includes(OFFICE_TELEMETRY) && /frame-src|Content Security Policy/.test(text);

/** Same-origin scripts the tests add to a page (the policy refuses inline ones). */
const TEST_SCRIPTS = {
  "axe.min.js": () => readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"),
  // What an injected script from the add-in's own origin would try: eval and new Function.
  "probe.js": () => `
    window.probe = {};
    try { eval("window.probe.eval = 'exécuté'"); } catch (e) { window.probe.eval = e.name; }
    try { new Function("window.probe.newFunction = 'exécuté'")(); } catch (e) { window.probe.newFunction = e.name; }
    try { Function("window.probe.callFunction = 'exécuté'")(); } catch (e) { window.probe.callFunction = e.name; }`,
} satisfies Record<string, () => string>;

suite("task pane in a browser, standalone (production build)", () => {
  jest.setTimeout(90_000);
  let server: Awaited<ReturnType<typeof serveDist>>;
  let context: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await serveDist(GIVEN_DIST || (await builtDist()));
    profile = mkdtempSync(join(tmpdir(), "fs-pane-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      acceptDownloads: true,
      // A task pane's usual width (the docs' screenshots are taken at it).
      viewport: { width: PANE_WIDTH, height: 900 },
      locale: "fr-FR",
    });
  }, BUILD_TIMEOUT_MS);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  /** A page of the build, where office.js comes from the npm package (or from `officeJs`), and nothing else leaves the machine. */
  async function openPage(name: string, officeJs?: OfficeJsOverride) {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && !telemetryRefused(m.text()) && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(e.message));
    const { external } = await routeOfficeJs(page, officeJs);
    for (const [file, body] of Object.entries(TEST_SCRIPTS))
      await page.route(`${server.url}/test-only/${file}`, (route) => route.fulfill({ contentType: "text/javascript", body: body() }));
    // Each page starts from nothing saved (the profile is shared by the tests), and records every
    // refusal of its Content-Security-Policy from the start.
    await page.addInitScript(() => {
      if (window.top === window) window.localStorage.clear();
      const list: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = list;
      document.addEventListener("securitypolicyviolation", (e) =>
        list.push(`${e.effectiveDirective} ${e.blockedURI}${e.sample ? ` « ${e.sample} »` : ""}`),
      );
    });
    const started = Date.now();
    await page.goto(`${server.url}/${name}`);
    return { page, errors, external, started };
  }

  /** The task pane, once it shows its first figures. */
  async function openPane(officeJs?: OfficeJsOverride) {
    const { started, ...opened } = await openPage("taskpane.html", officeJs);
    await opened.page.waitForSelector("html[data-ready=true]", { timeout: 15_000 });
    return { ...opened, readyMs: Date.now() - started };
  }

  /** Every refusal of the page's Content-Security-Policy so far: the directive, then what it refused. */
  const allViolations = (page: Page): Promise<string[]> =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations.slice());
  /** The refusals that would mean the page needs something its policy does not allow. */
  const violations = async (page: Page) => (await allViolations(page)).filter((v) => !telemetryRefused(v));

  /**
   * Adds one of TEST_SCRIPTS to the page from the page's own origin (the policy refuses an inline
   * script) and waits for it to run. Not page.addScriptTag: that one fails on any console error
   * mentioning the Content Security Policy while it waits, and office.js's telemetry frame is
   * refused (and logged) 3 s after loading, whenever the script happens to be added then.
   */
  async function addTestScript(page: Page, file: keyof typeof TEST_SCRIPTS) {
    await page.evaluate(
      (src) =>
        new Promise<void>((done, fail) => {
          const script = document.createElement("script");
          script.src = src;
          script.onload = () => done();
          script.onerror = () => fail(new Error(`script de test non chargé : ${src}`));
          document.head.appendChild(script);
        }),
      `${server.url}/test-only/${file}`,
    );
  }

  async function axe(page: Page) {
    await addTestScript(page, "axe.min.js");
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
      // The docs show each tab from its top, whatever the test scrolled to.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(DOCS_IMG, `${name}.png`), clip: { x: 0, y: 0, width: PANE_WIDTH, height: 900 } });
    }
  };

  /** Chooses an entry of the command bar's « Exporter » menu. */
  async function exportItem(page: Page, name: string) {
    await page.getByRole("menuitem", { name: "Exporter", exact: true }).click();
    await page.getByRole("menuitem", { name }).click();
  }

  test("opens on the example with the 409 045,00 € total, updates on an edit, exports, and passes axe", async () => {
    const { page, errors, external, readyMs } = await openPane();
    console.log(
      `Volet prêt en ${readyMs} ms (mesuré par la page : ${await page.evaluate(() => (window as { fsReadyMs?: number }).fsReadyMs)} ms depuis la navigation).`,
    );
    expect(norm(await page.textContent("#total-attribue"))).toBe("409 045,00 €");
    // Standalone because office.js answered "no host", not because the pane gave up waiting.
    await expect(page.getByText("Mode autonome.").count()).resolves.toBe(1);
    await expect(page.getByText("Le volet est ouvert dans un navigateur, hors d'Excel.").count()).resolves.toBe(1);
    await shot(page, "simuler", true);
    const simulate = await axe(page);
    // Standalone, the Excel part of the pane is never downloaded.
    const resources = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name.split("/").pop()));
    expect(resources).toContainEqual(expect.stringMatching(/^taskpane\.[0-9a-f]{8}\.js$/));
    expect(resources).not.toContainEqual(expect.stringMatching(/^taskpane\.excel\./));

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
    const [download] = await Promise.all([page.waitForEvent("download"), exportItem(page, "Exporter le scénario (JSON)")]);
    expect(download.suggestedFilename()).toBe("scenario-france-services.json");
    const exported = JSON.parse(readFileSync(await download.path(), "utf8"));
    expect(exported.managers[0].structures[0].agents[0].fte).toBe("0.5");
    const recomputed = compute(exported, { traces: false });
    expect(recomputed.ok && recomputed.result.managers[0].payroll).toBe(after.replace(/ /g, "").replace(",", ".").replace("€", ""));

    // The results as CSV for French Excel.
    const [csv] = await Promise.all([page.waitForEvent("download"), exportItem(page, "Exporter les résultats (CSV)")]);
    const csvText = readFileSync(await csv.path(), "utf8");
    expect(csvText.split("\r\n")[0]).toMatch(/^\ufeffAnnée;Gestionnaire;Structure;/);
    expect(csvText.split("\r\n").length).toBe(12 + 2);
    const edited = await axe(page);

    expect(serious([...simulate, ...convention, ...parameters, ...edited])).toEqual([]);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    // Loaded, computed, edited, exported through blob: downloads: all under the policy.
    await expect(violations(page)).resolves.toEqual([]);
    await page.close();
  });

  test("« Exporter en .xlsx »: ExcelJS loads on the click from the add-in's origin, and the file's total is 409 045 €", async () => {
    const { page, errors, external } = await openPane();
    const loaded = () => page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
    // The pane opened without the workbook writer and ExcelJS.
    expect((await loaded()).filter((url) => /taskpane\.(xlsx|exceljs)\.chunk/.test(url))).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent("download"), exportItem(page, "Exporter en .xlsx")]);
    expect(download.suggestedFilename()).toBe("convention-france-services-2022.xlsx");
    const chunks = (await loaded()).filter((url) => /taskpane\.(xlsx|exceljs)\.chunk/.test(url));
    expect(chunks.map((url) => url.split("/").pop())).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^taskpane\.xlsx\.chunk\.[0-9a-f]{8}\.js$/),
        expect.stringMatching(/^taskpane\.exceljs\.chunk\.[0-9a-f]{8}\.js$/),
      ]),
    );
    expect(chunks.every((url) => url.startsWith(`${server.url}/`))).toBe(true);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(await download.path()) as never);
    const sheet = wb.getWorksheet("Convention");
    if (!sheet) throw new Error("feuille Convention absente");
    // The totals' section, then the allocation's line: a formula whose cached value is the engine's.
    let section = 0;
    sheet.eachRow((row, n) => {
      if (!section && row.getCell(1).value === "Totaux de la convention") section = n;
    });
    let total: unknown;
    sheet.eachRow((row, n) => {
      if (n > section && total === undefined && row.getCell(1).value === AMOUNT_TERMS.allocated.label) total = row.getCell(2).value;
    });
    expect(section).toBeGreaterThan(0);
    expect(total).toEqual({ formula: expect.stringMatching(/^SUM\(/), result: 409045 });
    await page.getByText("Classeur « convention-france-services-2022.xlsx » préparé", { exact: false }).waitFor();
    await expect(page.getByText("Préparation du classeur…").count()).resolves.toBe(0);

    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await expect(violations(page)).resolves.toEqual([]);
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
    await expect(violations(page)).resolves.toEqual([]);
    await page.close();
  });

  test("a failed import says where, by names; a successful one takes the error back", async () => {
    const { page, errors } = await openPane();
    const s = JSON.parse(readFileSync(resolve(ROOT, "examples/vosges-2022.json"), "utf8"));
    const wrong = structuredClone(s);
    wrong.managers[1].structures[0].agents[1].fte = 3;
    delete wrong.managers[1].structures[0].agents[1].name;
    const file = page.locator('input[type="file"]');
    await file.setInputFiles({ name: "faux.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(wrong)) });
    const error = page.getByText(/« faux\.json » n'est pas un scénario valide/);
    await error.waitFor();
    const where = `${s.managers[1].name} › ${s.managers[1].structures[0].name} › agent 2 › Quotité (ETP)`;
    expect(norm(await error.textContent())).toContain(`${where} : une quotité doit être comprise entre 0 et 1`);
    expect(norm(await error.textContent())).not.toContain("managers[");

    s.rules.envelope = 1_000_000;
    await file.setInputFiles({ name: "juste.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(s)) });
    await page.getByRole("button", { name: "Importer", exact: true }).click();
    await page.getByText("Scénario importé.").waitFor();
    await error.waitFor({ state: "detached" });
    expect(errors).toEqual([]);
    await page.close();
  });

  test("Paramètres: values with separators and units, standalone wording, cards that follow an override", async () => {
    const { page, errors } = await openPane();
    await page.getByRole("tab", { name: "Paramètres" }).click();
    await page.getByRole("heading", { name: "Paramètres datés" }).waitFor();
    const card = (name: string) => page.locator(`li[data-parameter="${name}"]`);
    expect(norm(await card("point.annuel").locator(".param-value").textContent())).toBe("5 623,23 € (depuis le 1er février 2017)");
    expect(norm(await card("departement.enveloppe").locator(".param-value").textContent())).toMatch(/^409 045,00 € /);
    // Standalone, there is no workbook to speak of.
    await expect(page.getByText(/Valeur du classeur/).count()).resolves.toBe(0);
    const taux = card("departement.taux");
    expect(norm(await taux.locator(".param-value").textContent())).toMatch(/^80 % /);
    await taux.getByLabel("Remplacer par (une fraction : 0,8 pour 80 %)").fill("0,7");
    await taux.getByText("Valeur remplacée").waitFor();
    expect(norm(await taux.locator(".param-value").textContent())).toBe("70 %");
    await taux.getByRole("button", { name: "Revenir à la valeur de référence" }).click();
    await taux.getByText("Valeur remplacée").waitFor({ state: "detached" });
    expect(norm(await taux.locator(".param-value").textContent())).toMatch(/^80 % /);
    expect(errors).toEqual([]);
    await page.close();
  });

  /** The page's width against the window's, on each tab, every folded part unfolded. */
  async function widths(page: Page, tabs: readonly (readonly [string, string])[], width: number) {
    await page.setViewportSize({ width, height: 800 });
    const out: { tab: string; width: number; scrollWidth: number; innerWidth: number }[] = [];
    for (const [tab, heading] of tabs) {
      await page.getByRole("tab", { name: tab }).click();
      await page.getByRole("heading", { name: heading, exact: true }).waitFor();
      const m = await page.evaluate(async () => {
        document.querySelectorAll("details").forEach((d) => (d.open = true));
        // Two frames: the layout after the resize, then after the command bar's own measuring.
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return { scrollWidth: (document.scrollingElement as Element).scrollWidth, innerWidth: window.innerWidth };
      });
      out.push({ tab, width, ...m });
    }
    return out;
  }

  const TABS = [
    ["Simuler", "Simuler un gestionnaire"],
    ["Convention", "Convention"],
    ["Paramètres", "Paramètres datés"],
    ["Comparer", "Comparer deux scénarios"],
  ] as const;

  test("no tab scrolls sideways at 320 and 350 px (tables reflow into label–value rows)", async () => {
    const { page, errors } = await openPane();
    const measured = [...(await widths(page, TABS, 320)), ...(await widths(page, TABS, 350))];
    console.log(`Largeurs mesurées : ${measured.map((m) => `${m.tab} ${m.width} px → ${m.scrollWidth}`).join(" ; ")}.`);
    expect(measured.filter((m) => m.scrollWidth > m.innerWidth)).toEqual([]);
    expect(measured).toHaveLength(8);
    // The money table is still all there, as label–value rows.
    await page.getByRole("tab", { name: "Simuler" }).click();
    const row = page.locator("table.reflow tbody tr").first();
    await row.locator("td").first().waitFor();
    await expect(row.locator("td").count()).resolves.toBe(4);
    expect(
      norm(
        await row
          .locator("td")
          .last()
          .evaluate((td) => getComputedStyle(td, "::before").content),
      ),
    ).toBe('"Reste à charge prévisionnel"');
    expect(errors).toEqual([]);
    await page.close();
  });

  test("« Comparer »: another year, then an imported file whose names stay text; no sideways scroll at 320 and 350 px", async () => {
    const { page, errors } = await openPane();
    await page.getByRole("tab", { name: "Comparer" }).click();
    await page.getByRole("heading", { name: "Comparer deux scénarios" }).waitFor();
    const choose = async (option: string) => {
      await page.getByRole("combobox", { name: /^Comparer le scénario du volet avec/ }).click();
      await page.getByRole("option", { name: option }).click();
    };
    await choose("Le même scénario, une autre année");
    // 2023's forfait is 35 000 € against 30 000 € in 2022; G2, 9 months open in 2022, gets a full year.
    await page.getByText("Écarts par structure (12)").click();
    const structures = page.locator("table", { has: page.locator("caption", { hasText: "Écarts par structure" }) });
    const forfait = structures.locator("tbody tr").last().locator(`td[data-label="${AMOUNT_TERMS.forfait.label}"]`);
    await forfait.waitFor();
    expect(norm(await forfait.textContent())).toBe("+12 500,00 €");
    await page.getByText("Année : 2022 → 2023").waitFor();
    await shot(page, "comparer", true);
    expect(serious(await axe(page))).toEqual([]);
    const measured = [
      ...(await widths(page, [["Comparer", "Comparer deux scénarios"]], 320)),
      ...(await widths(page, [["Comparer", "Comparer deux scénarios"]], 350)),
    ];
    console.log(`Largeurs mesurées (Comparer, une autre année) : ${measured.map((m) => `${m.width} px → ${m.scrollWidth}`).join(" ; ")}.`);
    expect(measured.filter((m) => m.scrollWidth > m.innerWidth)).toEqual([]);
    // The comparison outlives a change of tab.
    await forfait.waitFor();

    // An imported file: a name that would be markup is shown as it is written.
    const s = JSON.parse(readFileSync(resolve(ROOT, "examples/vosges-2022.json"), "utf8"));
    const name = '<img src=x onerror="window.pwned=1">Gestionnaire';
    s.managers[0].name = name;
    await choose("Un scénario importé (fichier JSON)");
    await page
      .getByLabel("Fichier de scénario à comparer")
      .setInputFiles({ name: "autre.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(s)) });
    await page.getByText("Comparé avec « autre.json ».").waitFor();
    const managers = page.locator("table", { has: page.locator("caption", { hasText: "Écarts par gestionnaire" }) });
    await managers.locator("tbody th", { hasText: "Gestionnaire" }).first().waitFor();
    expect(await managers.locator("tbody th").first().textContent()).toBe(name);
    await expect(page.locator("main img").count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).resolves.toBeUndefined();
    const again = [
      ...(await widths(page, [["Comparer", "Comparer deux scénarios"]], 320)),
      ...(await widths(page, [["Comparer", "Comparer deux scénarios"]], 350)),
    ];
    expect(again.filter((m) => m.scrollWidth > m.innerWidth)).toEqual([]);
    expect(errors).toEqual([]);
    await expect(violations(page)).resolves.toEqual([]);
    await page.close();
  });

  test("runs standalone when office.js cannot load, or when Office never answers (3 s limit)", async () => {
    const absent = await openPane(() => ({ abort: true }));
    expect(norm(await absent.page.textContent("#total-attribue"))).toBe("409 045,00 €");
    await expect(absent.page.getByText("La bibliothèque Office (office.js) n'a pas pu être chargée.").count()).resolves.toBe(1);
    await expect(violations(absent.page)).resolves.toEqual([]);
    await absent.page.close();

    const silent = await openPane((path) =>
      path === "office.js" ? { body: "window.Office = { onReady: function () { return new Promise(function () {}); } };" } : {},
    );
    // It waited for Office the whole 3 s before giving up (no upper bound: a loaded machine is slower).
    expect(silent.readyMs).toBeGreaterThanOrEqual(2_900);
    await expect(silent.page.getByText("Office n'a pas répondu dans les 3 secondes.").count()).resolves.toBe(1);
    expect(norm(await silent.page.textContent("#total-attribue"))).toBe("409 045,00 €");
    expect(silent.errors).toEqual([]);
    await expect(violations(silent.page)).resolves.toEqual([]);
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
    expect(loaded).toContainEqual(expect.stringMatching(/^taskpane\.excel\.chunk\.[0-9a-f]{8}\.js$/));
    await expect(page.getByText("Mode autonome.").count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "Calculer et écrire les résultats" }).count()).resolves.toBe(1);
    await shot(page, "convention-excel", true);
    const narrow = [
      ...(await widths(page, [["Convention", "Convention"]], 320)),
      ...(await widths(page, [["Convention", "Convention"]], 350)),
    ];
    console.log(`Largeurs mesurées dans Excel : ${narrow.map((m) => `${m.tab} ${m.width} px → ${m.scrollWidth}`).join(" ; ")}.`);
    expect(narrow.filter((m) => m.scrollWidth > m.innerWidth)).toEqual([]);
    await page.setViewportSize({ width: PANE_WIDTH, height: 900 });
    expect(serious(await axe(page))).toEqual([]);
    await page.getByRole("tab", { name: "Simuler" }).click();
    await expect(page.getByRole("button", { name: "Écrire dans le classeur" }).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await expect(violations(page)).resolves.toEqual([]);
    await page.close();
  });

  test("the policy holds: no inline script, no eval, no new Function, no frame from another host", async () => {
    const { page, external } = await openPane();
    // An inline script, as an injection into the page would add it, does not run.
    const inline = await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.inlineRan = true;";
      document.head.appendChild(script);
      return (window as unknown as { inlineRan?: boolean }).inlineRan ?? false;
    });
    expect(inline).toBe(false);
    // A script from the page's own origin runs, but its eval and Function are refused. (The test's
    // own page.evaluate is the debugger's and not subject to the policy: it cannot show this.)
    await addTestScript(page, "probe.js");
    await expect(page.evaluate(() => (window as unknown as { probe: unknown }).probe)).resolves.toEqual({
      eval: "EvalError",
      newFunction: "EvalError",
      callFunction: "EvalError",
    });
    await expect(violations(page)).resolves.toEqual([
      expect.stringMatching(/^script-src-elem inline/),
      expect.stringMatching(/^script-src eval/),
      expect.stringMatching(/^script-src eval/),
      expect.stringMatching(/^script-src eval/),
    ]);
    // office.js's telemetry frame, 3 s after it loads: refused, so it never leaves the machine.
    await page.waitForFunction(
      (host) => (window as unknown as { cspViolations: string[] }).cspViolations.some((v) => v.startsWith(`frame-src ${host}`)),
      OFFICE_TELEMETRY,
      { timeout: 10_000 },
    );
    expect(external).toEqual([]);
    await page.close();
  });

  test.each(["commands.html", "functions.html"])("%s loads office.js and its bundle under the policy", async (name) => {
    const { page, errors, external } = await openPage(name);
    await page.waitForLoadState("load");
    // office.js (or the custom functions runtime) and the page's bundle loaded, and ran without error.
    await expect(page.evaluate(() => typeof Office)).resolves.toBe("object");
    const loaded = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name.split("/").pop()));
    // functions.js keeps its name (the manifest points to it); commands.js carries a hash of its content.
    const bundle = name === "functions.html" ? /^functions\.js$/ : /^commands\.[0-9a-f]{8}\.js$/;
    expect(loaded).toContainEqual(expect.stringMatching(bundle));
    expect(errors).toEqual([]);
    await expect(violations(page)).resolves.toEqual([]);
    expect(external).toEqual([]);
    await page.close();
  });
});
