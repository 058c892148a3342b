import { defineConfig } from "tsup";

// The library, as ESM and CommonJS with type declarations, and the command line.
export default defineConfig([
  {
    entry: { index: "calc/index.ts" },
    outDir: "dist/lib",
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    target: "es2020",
  },
  {
    entry: { cli: "cli/main.ts" },
    // The command line bundles the library: one file, no import path to resolve at run time.
    outDir: "dist/lib",
    format: ["cjs"],
    target: "node20",
    platform: "node",
  },
]);
