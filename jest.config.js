/**
 * One Jest config, three projects: `unit` (no build, no browser, no spreadsheet engine), `e2e`
 * (the built dist/ in Debian's Chromium via playwright-core) and `engine` (native formulas
 * recalculated by LibreOffice Calc). Without --selectProjects only `unit` runs, so `npm test`,
 * `npm test -- <path>` and `npx jest <path>` never need a build; `npm run test:e2e` and
 * `npm run test:engine` select their project and run it in one worker, with the time limit per
 * test given there (--testTimeout: Jest reads it for the whole run, not per project).
 */
const shared = {
  testEnvironment: "node",
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

/** @type {import('jest').Config[]} */
const projects = [
  {
    ...shared,
    displayName: "unit",
    roots: ["<rootDir>/tests"],
    testMatch: ["**/*.test.ts"],
    // The browser tests need a build and Chromium: they are the e2e project.
    testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/e2e/"],
  },
  {
    ...shared,
    displayName: "e2e",
    roots: ["<rootDir>/tests/e2e"],
    testMatch: ["**/*.e2e.test.ts"],
  },
  {
    ...shared,
    displayName: "engine",
    roots: ["<rootDir>/tests/engine"],
    // Named *.engine.ts so the unit project (*.test.ts) never picks them up.
    testMatch: ["**/*.engine.ts"],
  },
];

// --selectProjects takes every word after it, so the scripts name it first and end it with flags
// (--maxWorkers, --testTimeout); paths and flags given after `npm run test:e2e --` reach Jest as usual.
const selecting = process.argv.some((a) => a.startsWith("--selectProjects") || a.startsWith("--ignoreProjects"));

/** @type {import('jest').Config} */
module.exports = { projects: selecting ? projects : projects.filter((p) => p.displayName === "unit") };
