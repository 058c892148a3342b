import { detectHost } from "../../src/taskpane/host";

describe("where the pane runs", () => {
  test("without office.js it runs standalone at once", async () => {
    await expect(detectHost(3000, undefined)).resolves.toEqual({ kind: "standalone", reason: "office-absent" });
  });

  test("in a plain browser office.js answers with no host: standalone", async () => {
    await expect(detectHost(3000, { onReady: async () => ({ host: null }) })).resolves.toEqual({
      kind: "standalone",
      reason: "navigateur",
    });
  });

  test("when Office never answers it stops waiting after the timeout", async () => {
    const started = Date.now();
    const host = await detectHost(80, { onReady: () => new Promise(() => {}) });
    expect(host).toEqual({ kind: "standalone", reason: "delai" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(75);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  test("in Excel it says so", async () => {
    await expect(detectHost(3000, { onReady: async () => ({ host: "Excel" }), HostType: { Excel: "Excel" } })).resolves.toEqual({
      kind: "excel",
    });
  });

  test("in another Office application it runs standalone", async () => {
    await expect(detectHost(3000, { onReady: async () => ({ host: "Word" }), HostType: { Excel: "Excel" } })).resolves.toEqual({
      kind: "standalone",
      reason: "autre-application",
    });
  });
});
