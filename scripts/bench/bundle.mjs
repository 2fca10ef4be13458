// Bytes the shared-runtime page (taskpane.html) loads before the functions are associated, and
// bytes of the whole pane, raw and gzip. Deterministic for a given source: a budget, not a trend.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { root } from "./build.mjs";

/** 30 kB in decimal bytes: the stricter reading of "30 KB". */
export const BEFORE_ASSOCIATION_BUDGET = 30_000;

function sizes(file) {
  const bytes = fs.readFileSync(file);
  return { raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
}

function total(entries) {
  return entries.reduce((t, e) => ({ raw: t.raw + e.raw, gzip: t.gzip + e.gzip }), { raw: 0, gzip: 0 });
}

const ATTR = (name) => new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i");

/** The local scripts and stylesheets a page loads, in document order (the build minifies, so quotes are optional). */
function localReferences(html) {
  const refs = [];
  for (const [tag, name] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const attr = (a) => {
      const m = ATTR(a).exec(tag);
      return m ? (m[1] ?? m[2] ?? m[3]) : null;
    };
    const url = name.toLowerCase() === "script" ? attr("src") : attr("rel") === "stylesheet" ? attr("href") : null;
    if (url && !/^[a-z]+:\/\//i.test(url)) refs.push(url);
  }
  return refs;
}

export function benchBundle(outDir, stats) {
  const html = fs.readFileSync(path.join(outDir, "taskpane.html"), "utf8");
  const refs = localReferences(html);
  const functionsAt = refs.indexOf("functions.js");
  if (functionsAt < 0) throw new Error("taskpane.html does not load functions.js");
  // The page (its styles are in it) and everything it references up to and including
  // functions.js: a stylesheet would block the deferred scripts, and the mark fires at the end of
  // functions.js.
  const before = [{ file: "taskpane.html", ...sizes(path.join(outDir, "taskpane.html")) }];
  for (const ref of refs.slice(0, functionsAt + 1)) before.push({ file: ref, ...sizes(path.join(outDir, ref)) });
  const paneInitial = [...before];
  for (const ref of refs.slice(functionsAt + 1)) paneInitial.push({ file: ref, ...sizes(path.join(outDir, ref)) });
  // Chunks no entry loads up front: split off with import() and fetched when the pane needs them.
  const lazy = [];
  for (const chunk of stats.chunks ?? []) {
    if (chunk.initial) continue;
    for (const f of chunk.files ?? []) if (/\.(js|css)$/.test(f)) lazy.push({ file: f, ...sizes(path.join(outDir, f)) });
  }
  const officeJs = sizes(path.join(root, "node_modules/@microsoft/office-js/dist/office.js"));
  const functionsChunk = (stats.chunks ?? []).find((c) => (c.names ?? []).includes("functions"));
  const packages = [
    ...new Set(
      (functionsChunk?.modules ?? [])
        .flatMap((m) => [m.name, ...(m.modules ?? []).map((x) => x.name)])
        .map((n) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(n ?? "")?.[1])
        .filter(Boolean),
    ),
  ].sort();
  return {
    beforeAssociation: { files: before, ...total(before), budgetGzip: BEFORE_ASSOCIATION_BUDGET },
    functionsJs: before.find((f) => f.file === "functions.js"),
    functionsPackages: packages,
    pane: { initial: paneInitial, lazy, initialTotal: total(paneInitial), lazyTotal: total(lazy), total: total([...paneInitial, ...lazy]) },
    officeJs,
  };
}
