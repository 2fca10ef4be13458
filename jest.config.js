/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  // Browser tests need a build and Chromium: they run with `npm run test:e2e`.
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", isolatedModules: true } }],
  },
  setupFiles: ["<rootDir>/tests/setup/custom-functions-shim.ts"],
  // office-addin-mock requires office-addin-manifest, whose ESM-only dependencies
  // (strip-bom, uuid) cannot be required under Jest 30 on Node 20; the mock never uses it.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/tests/stubs/office-addin-manifest.js",
  },
};
