import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, routeOfficeJs, serveDist } from "../test/e2e/server";
import type { BenchResult } from "./harness";

/** Time from navigation to the example's totals shown in the standalone pane, headless Chromium, local server. */
export async function benchPaneReady(rootDir: string): Promise<BenchResult[]> {
  const name = "task pane ready (example totals shown)";
  const target = "≤ 1.5 s";
  const dist = path.join(rootDir, "dist");
  if (!existsSync(CHROMIUM) || !existsSync(path.join(dist, "taskpane.html"))) {
    return [{ name, value: null, unit: "s", target, pass: null, note: "chromium ou dist/taskpane.html absent" }];
  }
  const server = await serveDist(dist);
  // A fresh profile: playwright takes it as launchPersistentContext's first argument, not as --user-data-dir.
  const browser = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), "bench-")), {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  const samples: number[] = [];
  try {
    for (let i = 0; i < 6; i++) {
      const page = await browser.newPage();
      await routeOfficeJs(page);
      const start = Date.now();
      await page.goto(`${server.url}/taskpane.html`);
      await page.getByText("409 045,00", { exact: false }).first().waitFor({ timeout: 15000 });
      if (i > 0) samples.push((Date.now() - start) / 1000); // the first load warms the server and the disk cache
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  return [{ name, value: median, unit: "s", min: samples[0], max: samples[samples.length - 1], target, pass: median <= 1.5 }];
}
