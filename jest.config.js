/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/calc", "<rootDir>/test", "<rootDir>/src", "<rootDir>/cli"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", isolatedModules: true, jsx: "react-jsx" } }],
  },
  moduleNameMapper: {
    // office-addin-mock only uses this package's OfficeApp enum; the real one pulls ESM-only dependencies.
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js",
  },
};
