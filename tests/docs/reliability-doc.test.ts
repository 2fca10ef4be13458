/** docs/RELIABILITY.md reports the case counts the tests actually run; this keeps them in step. */
import fs from "fs";
import path from "path";
import { FUZZ_RUNS, PROPERTY_RUNS, SECURITY_CASES } from "../support/reliability-figures";

const doc = fs.readFileSync(path.resolve(__dirname, "../../docs/RELIABILITY.md"), "utf8");

/** Table rows of the form `| … | \`key\` | count | failures |`. */
const reported = new Map(
  [...doc.matchAll(/^\|[^|\n]*\|\s*`([\w-]+)`\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|$/gm)].map((m) => [m[1], { runs: Number(m[2]), failures: Number(m[3]) }]),
);

test.each(Object.entries({ ...PROPERTY_RUNS, ...FUZZ_RUNS, ...SECURITY_CASES }))("%s: the document reports %d cases and 0 failures", (key, runs) => {
  expect(reported.get(key)).toEqual({ runs, failures: 0 });
});

test("the document reports no figure the tests do not run", () => {
  expect([...reported.keys()].sort()).toEqual(Object.keys({ ...PROPERTY_RUNS, ...FUZZ_RUNS, ...SECURITY_CASES }).sort());
});
