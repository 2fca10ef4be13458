// The JSON check (checkDatasetJson, what the pane runs on a colleague's file) on the reliability
// suite's hostile files, each in a fresh Node process: the time of the check and its peak memory
// (the process's peak resident size while checking, minus its size just before). Targets: every
// file < 1 s and < 100 MB. The files are built here, written to a temporary folder, and read by
// the child as the pane reads a file: one string.
// Usage as a section: benchParsers(). As the child: node parsers.mjs <file>. The TypeScript sources
// are loaded through tsx (types stripped on load, checked by `npm run lint`).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { require as tsxRequire } from "tsx/cjs/api";
import { root } from "./build.mjs";

export const PARSER_BUDGETS = { ms: 1000, peakMB: 100 };
const MAX_BYTES = 5 * 1024 * 1024;
const self = new URL(import.meta.url).pathname;
const load = (file) => tsxRequire(path.join(root, file), import.meta.url);

/** The files: name → text. `base` is the report itself, `rows(n)` a valid file with n analyst rows. */
function hostileFiles(base, analystDataset) {
  const json = (d) => JSON.stringify(d);
  const withList = (key, item, count) => json({ ...base, [key]: 0 }).replace(`"${key}":0`, `"${key}":[${Array(count).fill(item).join(",")}]`);
  const fill = (key, item) => withList(key, item, Math.floor((0.99 * MAX_BYTES - json(base).length) / (item.length + 1)));
  const digits = "1".repeat(200_000) + "x";
  const largestValid = () => {
    let lo = 1_000;
    let hi = 60_000;
    while (hi - lo > 100) {
      const mid = (lo + hi) >> 1;
      if (Buffer.byteLength(json(analystDataset(mid))) <= MAX_BYTES) lo = mid;
      else hi = mid;
    }
    return json(analystDataset(lo));
  };
  return {
    "600,000 empty analyst rows (1.8 MB)": () => withList("analystOpportunities", "{}", 600_000),
    "5 MB of empty analyst rows": () => fill("analystOpportunities", "{}"),
    "5 MB of zeros as ratings": () => fill("opportunityRatings", "0"),
    "5 MB of one-key rows as trends": () => fill("trends", '{"a":0}'),
    "49,999 empty analyst rows (just under the row limit)": () => withList("analystOpportunities", "{}", 49_999),
    "50,000 rows with a bad id (at the row limit)": () => withList("opportunityRatings", '{"id":"a b"}', 50_000),
    "one title of 200,000 digits and an x": () => json({ ...base, trends: base.trends.map((t, i) => (i === 0 ? { ...t, title: { nl: digits, en: digits } } : t)) }),
    "5 MB title of spaces": () => json({ ...base, version: "1.0.0", report: { ...base.report, note: { nl: " ".repeat(MAX_BYTES - 200_000), en: "x" } } }),
    "150 ids of 32,767 zeros and an x": () => withList("opportunityRatings", json({ id: "0".repeat(32_766) + "x" }), 150),
    "100,000 nested arrays": () => json({ ...base, trends: 0 }).replace('"trends":0', `"trends":${"[".repeat(100_000)}${"]".repeat(100_000)}`),
    "2,000 nested arrays": () => json({ ...base, trends: 0 }).replace('"trends":0', `"trends":${"[".repeat(2_000)}${"]".repeat(2_000)}`),
    "largest valid file (analyst rows and ratings, under 5 MB)": largestValid,
  };
}

export function benchParsers() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "se-bench-json-"));
  try {
    const { REPORT } = load("src/core/dataset/index.ts");
    const { analystDataset } = load("tests/taskpane/excel/helpers.ts");
    const files = [];
    for (const [name, make] of Object.entries(hostileFiles(REPORT, analystDataset))) {
      const file = path.join(tmp, "file.json");
      const text = make();
      fs.writeFileSync(file, text);
      const out = execFileSync(process.execPath, ["--expose-gc", self, file], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
      files.push({ name, bytes: Buffer.byteLength(text), ...JSON.parse(out) });
    }
    const by = (field) => files.reduce((a, b) => (b[field] > a[field] ? b : a));
    return { files, worst: { ms: by("ms").ms, msFile: by("ms").name, peakMB: by("peakMB").peakMB, peakFile: by("peakMB").name } };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function child(file) {
  const { checkDatasetJson } = load("src/core/share/index.ts");
  const { REPORT } = load("src/core/dataset/index.ts");
  // Warm the modules (zod builds its parsers on first use) on a small valid file, as a pane that
  // has checked one file before; the file itself is then checked once, as the pane does.
  checkDatasetJson(JSON.stringify(REPORT), REPORT, "en");
  const text = fs.readFileSync(file, "utf8");
  globalThis.gc();
  const before = process.memoryUsage().rss;
  const t = performance.now();
  const result = checkDatasetJson(text, REPORT, "en");
  const ms = performance.now() - t;
  const peak = process.resourceUsage().maxRSS * 1024;
  return { ms, peakMB: Math.max(0, peak - before) / 1e6, ok: result.ok, message: result.ok ? "" : result.message.slice(0, 160) };
}

if (process.argv[1] === self) {
  process.stdout.write(JSON.stringify(child(process.argv[2])));
}
