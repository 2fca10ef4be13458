/**
 * docs/RELIABILITY.md shows the case counts the tests run with: its figure tables are exactly what
 * `npm run docs:figures` writes from tests/support/reliability-figures.ts.
 */
import fs from "fs";
import { FIGURE_TABLES, RELIABILITY_DOC, withFigures } from "../../scripts/docs-figures";
import { FUZZ_RUNS, PROPERTY_RUNS, SECURITY_CASES } from "../support/reliability-figures";

const doc = fs.readFileSync(RELIABILITY_DOC, "utf8");

test("the document's figure tables are the generator's output (run npm run docs:figures)", () => {
  expect(doc).toBe(withFigures(doc));
});

test("every figure the tests run with has a row, and every row a figure", () => {
  const rows = Object.values(FIGURE_TABLES).flatMap((t) => t.rows.map(([, key]) => key));
  expect([...rows].sort()).toEqual(Object.keys({ ...PROPERTY_RUNS, ...FUZZ_RUNS, ...SECURITY_CASES }).sort());
});

test("a stale count is rewritten, a block without a table or a table without a block is refused", () => {
  const stale = doc.replace(/(\| `monotone-potential` \| )\d+ \|/, "$1 1 |");
  expect(stale).not.toBe(doc);
  expect(withFigures(stale)).toBe(withFigures(doc));
  expect(() => withFigures(`${doc}\n<!-- figures:nothing -->\n<!-- /figures -->\n`)).toThrow(/no such table/);
  expect(() => withFigures(doc.replace("<!-- figures:fuzz -->", "<!-- fuzz -->"))).toThrow(/no block for fuzz/);
});
