// Compiles TypeScript sources for Node without a bundler: starting from entry files, each module
// is transpiled on its own (typescript's transpileModule, CommonJS, no type check — lint and jest
// do that) into a temporary folder that mirrors the repository, following relative imports;
// imported JSON and CommonJS .js files are copied as they are.
// Package imports (zod) resolve through a node_modules link to the repository's. About a second
// for the writer, the core and the fake Excel.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { root } from "./build.mjs";

const require = createRequire(import.meta.url);

const COMPILER_OPTIONS = {
  module: "CommonJS",
  target: "ES2020",
  esModuleInterop: true,
  isolatedModules: true,
  sourceMap: false,
};

function resolveSource(fromFile, specifier) {
  const base = path.resolve(path.dirname(fromFile), specifier);
  for (const candidate of [`${base}.ts`, `${base}.js`, path.join(base, "index.ts"), base]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`transpile: cannot resolve ${specifier} from ${path.relative(root, fromFile)}`);
}

/**
 * Transpiles `entries` (paths relative to the repository) and every module they import by a
 * relative path. Returns { dir, load(entry), dispose() }: load requires the compiled entry.
 */
export function transpileForNode(entries) {
  const ts = require("typescript");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "se-bench-ts-"));
  fs.symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"), "junction");
  const seen = new Set();
  const pending = entries.map((e) => path.join(root, e));
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const rel = path.relative(root, file);
    if (rel.startsWith("..")) throw new Error(`transpile: ${file} is outside the repository`);
    if (!file.endsWith(".ts")) {
      // JSON data and CommonJS scripts (the build's own metadata code) run as they are.
      const target = path.join(dir, rel);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(file, target);
      if (file.endsWith(".js")) for (const m of fs.readFileSync(file, "utf8").matchAll(/require\("(\.{1,2}\/[^"]*)"\)/g)) pending.push(resolveSource(file, m[1]));
      continue;
    }
    const out = ts.transpileModule(fs.readFileSync(file, "utf8"), { compilerOptions: COMPILER_OPTIONS, fileName: file, reportDiagnostics: true });
    if (out.diagnostics?.length) throw new Error(`transpile: ${rel}: ${ts.flattenDiagnosticMessageText(out.diagnostics[0].messageText, "\n")}`);
    // Type-only imports are erased by the transpiler, so only what runs is followed.
    for (const m of out.outputText.matchAll(/require\("(\.{1,2}\/[^"]*)"\)/g)) pending.push(resolveSource(file, m[1]));
    const target = path.join(dir, rel.replace(/\.ts$/, ".js"));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, out.outputText);
  }
  return {
    dir,
    modules: seen.size,
    load: (entry) => require(path.join(dir, entry.replace(/\.ts$/, ".js"))),
    dispose: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
