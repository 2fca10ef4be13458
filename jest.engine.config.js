/** The real-engine check (npm run test:engine): native formulas recalculated by LibreOffice Calc. */
const base = require("./jest.config");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ["<rootDir>/tests/engine"],
  // Named *.engine.ts so the default `npm test` (*.test.ts) never picks them up.
  testMatch: ["**/*.engine.ts"],
  testPathIgnorePatterns: [],
  testTimeout: 240_000,
  maxWorkers: 1,
};
