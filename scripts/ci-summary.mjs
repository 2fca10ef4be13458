// Prints the plain closing line CI reads ("N passed, N failed") from the JSON reports of the
// test runs, and fails when any report is missing or has a failure.
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
let ok = true;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`missing test report: ${file}`);
    ok = false;
    continue;
  }
  const r = JSON.parse(readFileSync(file, "utf8"));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
  if (!r.success) ok = false;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
