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
    jest.useFakeTimers();
    try {
      let host: unknown;
      void detectHost(3000, { onReady: () => new Promise(() => {}) }).then((h) => (host = h));
      await jest.advanceTimersByTimeAsync(2999);
      expect(host).toBeUndefined();
      await jest.advanceTimersByTimeAsync(1);
      expect(host).toEqual({ kind: "standalone", reason: "delai" });
    } finally {
      jest.useRealTimers();
    }
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
