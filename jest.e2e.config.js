/** Real-browser tests (npm run test:e2e): built dist/ in Debian's Chromium via playwright-core. */
const base = require("./jest.config");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ["<rootDir>/tests/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  testPathIgnorePatterns: [],
  testTimeout: 60_000,
  maxWorkers: 1,
};
