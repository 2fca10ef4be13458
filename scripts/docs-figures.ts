// `npm run docs:figures`: writes the case-count tables of docs/RELIABILITY.md from
// tests/support/reliability-figures.ts, the constants the property, fuzz and attack tests run
// with. Each table sits between `<!-- figures:NAME -->` and `<!-- /figures -->`; everything
// else in the document is left as it is. `--check` writes nothing and exits 1 when the document
// is not what this script would write.
import fs from "node:fs";
import path from "node:path";
import { FUZZ_RUNS, PROPERTY_RUNS, SECURITY_CASES } from "../tests/support/reliability-figures";

export const RELIABILITY_DOC = path.resolve(__dirname, "../docs/RELIABILITY.md");

const FIGURES: Record<string, number> = { ...PROPERTY_RUNS, ...FUZZ_RUNS, ...SECURITY_CASES };

type FigureKey = keyof typeof PROPERTY_RUNS | keyof typeof FUZZ_RUNS | keyof typeof SECURITY_CASES;

interface FigureTable {
  /** Header of the first column and of the count column. */
  columns: [string, string];
  /** One row per figure: what is checked, and the key of its count. */
  rows: [string, FigureKey][];
}

/** The tables, by block name. Every figure appears in exactly one row. */
export const FIGURE_TABLES: Record<string, FigureTable> = {
  properties: {
    columns: ["Property", "Cases per run"],
    rows: [
      ["Raising a criterion towards favourable never lowers the potential (Laag < Medium < Hoog)", "monotone-potential"],
      ["… nor the score, with any weights ≥ 0", "monotone-score"],
      ["Demand, fit and local are interchangeable (all 6 permutations, weights moved along)", "interchangeable-demand-fit-local"],
      ["Investment x behaves like demand 6 − x, a level like the reversed level", "investment-mirror"],
      ["Every accepted spelling (any case; spaces, tabs, NBSP, ideographic space around and inside) gives the canonical word's potential, score and explanation", "spellings"],
      ['A number typed as text (`3.5`, `3,5`, `" 4 "`) reads as the number', "numbers-as-text"],
      ["The range form gives exactly the per-cell scalar results (shapes 1×1 to 6×6, 1×1 broadcasting, errors with their messages)", "range-equals-cells"],
      ["Language changes only the label (Hoog↔High, Medium↔Medium, Laag↔Low); errors keep their code", "language-only-label"],
    ],
  },
  fuzz: {
    columns: ["Function", "Calls per run"],
    rows: [
      ["SE.POTENTIAL", "potential"],
      ["SE.SCORE", "score"],
      ["SE.EXPLAIN", "explain"],
    ],
  },
  writer: {
    columns: ["Cases", "Cases per run"],
    rows: [
      ["Injection payloads, each through 4 paths", "injection-payloads"],
      ["Hostile JSON files", "json-attacks"],
      ["Fault points (failed batches)", "fault-points"],
      ["Cut points (every request cut after each of its commands, then rerun)", "cut-points"],
      ["Double cuts (the import and its rerun both cut at random commands, then a third run)", "double-cuts"],
      ["Second clicks while an import runs", "second-click"],
    ],
  },
  browser: {
    columns: ["Checks", "Cases per run"],
    rows: [["Real-browser checks: markup as text, CSP on every page, network", "browser-checks"]],
  },
};

/** One table as Markdown, the key of each figure shown so a reader can find it in the tests. */
export function renderTable(table: FigureTable): string {
  const lines = [`| ${table.columns[0]} | Key | ${table.columns[1]} |`, "| --- | --- | --- |"];
  for (const [label, key] of table.rows) {
    if (!(key in FIGURES)) throw new Error(`docs:figures: no figure named ${key}`);
    lines.push(`| ${label} | \`${key}\` | ${FIGURES[key]} |`);
  }
  return lines.join("\n");
}

const BLOCK = /(<!-- figures:([\w-]+) -->\n)[\s\S]*?(<!-- \/figures -->)/g;

/**
 * The document with every figures block rewritten. Throws when a block names no table, a table
 * has no block, or a figure is in no table, so a figure cannot silently go unreported.
 */
export function withFigures(doc: string): string {
  const shown = new Set(Object.values(FIGURE_TABLES).flatMap((t) => t.rows.map(([, key]) => key as string)));
  const unshown = Object.keys(FIGURES).filter((key) => !shown.has(key));
  if (unshown.length > 0) throw new Error(`docs:figures: no table shows ${unshown.join(", ")}`);
  const written = new Set<string>();
  const out = doc.replace(BLOCK, (_all, open: string, name: string, close: string) => {
    const table = FIGURE_TABLES[name];
    if (!table) throw new Error(`docs:figures: the document has a block "${name}" but there is no such table`);
    written.add(name);
    return `${open}${renderTable(table)}\n${close}`;
  });
  const missing = Object.keys(FIGURE_TABLES).filter((name) => !written.has(name));
  if (missing.length > 0) throw new Error(`docs:figures: the document has no block for ${missing.join(", ")}`);
  return out;
}

function main(args: string[]): number {
  const doc = fs.readFileSync(RELIABILITY_DOC, "utf8");
  const next = withFigures(doc);
  const rel = path.relative(process.cwd(), RELIABILITY_DOC);
  if (args.includes("--check")) {
    if (next === doc) return 0;
    console.error(`${rel}: the figures are out of date; run npm run docs:figures`);
    return 1;
  }
  if (next !== doc) fs.writeFileSync(RELIABILITY_DOC, next);
  console.log(`${rel}: figures ${next === doc ? "already up to date" : "written"}`);
  return 0;
}

if (require.main === module) process.exit(main(process.argv.slice(2)));
