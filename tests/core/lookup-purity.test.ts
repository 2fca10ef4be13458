/**
 * The functions bundle imports src/core/lookup.ts; it must stay free of zod, Office.js and the DOM.
 * This follows the runtime imports (not `import type`) from lookup.ts through the source tree.
 */
import { existsSync, readFileSync } from "fs";
import { dirname, join, relative } from "path";

const SRC = join(__dirname, "../../src");

/** Runtime import specifiers of a module: `import type` and `export type` are erased by TypeScript. */
function runtimeImports(source: string): string[] {
  const specifiers: string[] = [];
  const statement = /^\s*(import|export)\s+(type\s+)?[^;]*?from\s+["']([^"']+)["']/gms;
  for (const match of source.matchAll(statement)) if (!match[2]) specifiers.push(match[3]);
  for (const match of source.matchAll(/^\s*import\s+["']([^"']+)["']/gm)) specifiers.push(match[1]);
  for (const match of source.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)|\bimport\(\s*["']([^"']+)["']\s*\)/g)) {
    specifiers.push(match[1] ?? match[2]);
  }
  return specifiers;
}

function resolveLocal(from: string, specifier: string): string {
  const base = join(dirname(from), specifier);
  // A catalogue is a JSON file: data, with no imports of its own.
  if (base.endsWith(".json") && existsSync(base)) return base;
  for (const candidate of [`${base}.ts`, join(base, "index.ts")]) if (existsSync(candidate)) return candidate;
  throw new Error(`cannot resolve ${specifier} from ${from}`);
}

function runtimeGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    if (file.endsWith(".json")) return;
    for (const specifier of runtimeImports(readFileSync(file, "utf8"))) {
      if (specifier.startsWith(".")) visit(resolveLocal(file, specifier));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return { files: [...files].map((f) => relative(SRC, f).split("\\").join("/")).sort(), packages: [...packages] };
}

describe("the lookups' runtime imports", () => {
  const graph = runtimeGraph(join(SRC, "core/lookup.ts"));

  it("reach only core modules and the report data, not the schema", () => {
    expect(graph.files).toEqual([
      "core/catalogue.ts",
      "core/cell-value.ts",
      "core/dataset/report.ts",
      "core/dataset/version.ts",
      "core/errors.ts",
      "core/invisible.ts",
      "core/language.ts",
      "core/lookup-args.ts",
      "core/lookup-text.ts",
      "core/lookup-texts.json",
      "core/lookup.ts",
      "core/text-scan.ts",
      "core/vocabulary.ts",
    ]);
  });

  it("use no package (no zod, no Office.js)", () => {
    expect(graph.packages).toEqual([]);
  });

  it("use no Office or DOM globals", () => {
    for (const file of graph.files.filter((f) => f.endsWith(".ts"))) {
      // Comments may mention Excel (errors.ts explains its adapters); only code counts.
      const source = readFileSync(join(SRC, file), "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
      expect({ file, office: /\b(Office|Excel|CustomFunctions|document|window)\./.test(source) }).toEqual({ file, office: false });
    }
  });

  it("would notice a runtime import of the schema", () => {
    expect(runtimeImports('import { DatasetSchema } from "./schema";')).toEqual(["./schema"]);
    expect(runtimeImports('import type { Dataset } from "./schema";')).toEqual([]);
    expect(runtimeImports('import { z } from "zod";\nexport * from "./schema";')).toEqual(["zod", "./schema"]);
  });
});
