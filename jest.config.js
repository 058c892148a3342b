const { existsSync } = require("node:fs");
const path = require("node:path");

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // Only the folders that exist: jest refuses a missing root (src/ arrives with the add-in).
  roots: ["calc", "test", "src", "cli"].filter((dir) => existsSync(path.join(__dirname, dir))).map((dir) => `<rootDir>/${dir}`),
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", isolatedModules: true, jsx: "react-jsx" } }],
  },
  moduleNameMapper: {
    // office-addin-mock only uses this package's OfficeApp enum; the real one pulls ESM-only dependencies.
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js",
  },
};
