/**
 * Builds the add-in for production the way `npm run build` does (into a temporary folder, with a
 * hosting URL) and checks what Office will load: the metadata, the associations, the manifest.
 */
import fs from "fs";
import os from "os";
import path from "path";
import webpack from "webpack";
import { functionNameProblems } from "../../scripts/localize-metadata";
import zlib from "zlib";

const root = path.resolve(__dirname, "../..");
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "se-build-"));
const HOST = "https://addins.example.be/se-trends/";

type Metadata = {
  functions: {
    id: string;
    name: string;
    description: string;
    helpUrl?: string;
    parameters: { name: string; description: string; type: string; dimensionality?: string; optional?: boolean }[];
    result: { type?: string; dimensionality?: string };
    options?: { excludeFromAutoComplete?: boolean };
  }[];
};

let metadata: Metadata;
let dutch: Metadata;
let functionsJs: string;
/** Packages (from node_modules) whose code webpack put into the functions bundle. */
let functionsPackages: string[];

beforeAll(async () => {
  process.env.ADDIN_URL = HOST;
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const factory = require(path.join(root, "webpack.config.js"));
    const config = await factory({}, { mode: "production" });
    config.output.path = outDir;
    config.mode = "production";
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      webpack(config, (err, s) => (err || !s ? reject(err) : resolve(s))),
    );
    if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
    const chunk = stats.toJson({ all: false, chunks: true, chunkModules: true }).chunks?.find((c) => c.names?.includes("functions"));
    const names = (chunk?.modules ?? []).flatMap((m) => [m.name, ...(m.modules ?? []).map((x) => x.name)]);
    functionsPackages = [...new Set(names.map((n) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(n ?? "")?.[1]).filter((p): p is string => !!p))];
  } finally {
    process.chdir(cwd);
    delete process.env.ADDIN_URL;
  }
  metadata = JSON.parse(fs.readFileSync(path.join(outDir, "functions.json"), "utf8"));
  dutch = JSON.parse(fs.readFileSync(path.join(outDir, "functions.nl.json"), "utf8"));
  functionsJs = fs.readFileSync(path.join(outDir, "functions.js"), "utf8");
}, 120_000);

afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

const criteria = ["demand", "investment", "fit", "local"];

test("functions.json lists the scoring functions with fixed ids", () => {
  const ids = metadata.functions.map((f) => f.id);
  expect(ids).toEqual(expect.arrayContaining(["POTENTIAL", "SCORE", "EXPLAIN"]));
  for (const f of metadata.functions) {
    expect(f.name).toBe(f.id);
    expect(f.description.length).toBeGreaterThan(20);
  }
});

test.each(["POTENTIAL", "SCORE", "EXPLAIN"])("%s: criteria as matrices, optional last argument, spilling result", (id) => {
  const f = metadata.functions.find((x) => x.id === id)!;
  expect(f.parameters.slice(0, 4).map((p) => p.name)).toEqual(criteria);
  for (const p of f.parameters.slice(0, 4)) {
    expect(p.dimensionality).toBe("matrix");
    expect(p.type).toBe("any");
    expect(p.optional).toBeFalsy();
    expect(p.description.length).toBeGreaterThan(10);
  }
  const last = f.parameters[4];
  expect(last.optional).toBe(true);
  expect(last.name).toBe(id === "SCORE" ? "weights" : "language");
  if (id === "SCORE") expect(last.dimensionality).toBe("matrix");
  expect(f.result.dimensionality).toBe("matrix");
});

test("every function in functions.json is associated in the bundle", () => {
  for (const f of metadata.functions) expect(functionsJs).toContain(`CustomFunctions.associate("${f.id}"`);
});

test("the functions bundle carries no zod and no ES5 polyfills", () => {
  expect(functionsJs).not.toMatch(/ZodError|core-js|regenerator-runtime/);
});

test("the production manifest points everywhere to the hosting URL", () => {
  const xml = fs.readFileSync(path.join(outDir, "manifest.xml"), "utf8");
  expect(xml).not.toContain("localhost");
  const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
  expect(urls.length).toBeGreaterThan(5);
  for (const u of urls) expect(u.startsWith(HOST)).toBe(true);
});

test("the pane page loads the functions bundle before the pane's own script", () => {
  const html = fs.readFileSync(path.join(outDir, "taskpane.html"), "utf8");
  const f = html.indexOf("functions.js");
  const t = html.indexOf("taskpane.js");
  expect(f).toBeGreaterThan(-1);
  expect(t).toBeGreaterThan(f);
  expect(html).toContain("appsforoffice.microsoft.com/lib/1/hosted/office.js");
});

test("the core both views share is in deferred scripts after functions.js, before taskpane.js", () => {
  const html = fs.readFileSync(path.join(outDir, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
  const local = scripts.filter((a) => !/https:/.test(a));
  const src = local.map((a) => /src="?([^"\s>]+)/.exec(a)![1]);
  expect(src[0]).toBe("functions.js");
  expect(src[src.length - 1]).toBe("taskpane.js");
  expect(src.length).toBeGreaterThan(2);
  // Deferred: they run in document order, after functions.js has associated the functions.
  for (const a of local) expect(a).toMatch(/\bdefer\b/);
  // At high priority: Chromium fetches low-priority scripts from an HTTP/1.1 server one at a time
  // while office.js is loading (measured on loopback: taskpane.js requested ~100 ms late).
  for (const a of local) expect(a).toMatch(/\bfetchpriority="?high\b/);
  // Each one a lazy chunk: it only registers modules, so nothing of it runs before taskpane.js asks.
  for (const file of src.slice(1, -1)) expect(fs.readFileSync(path.join(outDir, file), "utf8")).toMatch(/^"use strict";\(Array\.isArray\(globalThis\.webpackChunk\w+\)/);
});

test("the pane's stylesheet is in the page, with the Fluent tokens it uses, light and dark, minified; no script defines custom elements", () => {
  const html = fs.readFileSync(path.join(outDir, "taskpane.html"), "utf8");
  // In the page: office.js, a blocking script, would otherwise wait for one more request.
  expect(html).not.toMatch(/<link\b[^>]*\bstylesheet\b/);
  expect(fs.existsSync(path.join(outDir, "taskpane.css"))).toBe(false);
  const styles = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1]);
  expect(styles).toHaveLength(1);
  const css = styles[0];
  expect(html.indexOf("<style>")).toBeLessThan(html.indexOf("appsforoffice.microsoft.com/lib/1/hosted/office.js"));
  // Tokens first, then the pane's rules; minified (office.js is parsed after them).
  expect(css).toMatch(/^:root\{--\w+:/);
  expect(css).toMatch(/:root\[data-theme=("?)dark\1\]\{[^}]*--colorNeutralBackground1:/);
  expect(css).toContain("--colorBrandBackground:#0f6cbd;");
  expect(css).not.toContain("/*");
  expect(css).toContain(".btn-primary");
  // The controls are native: nothing has to be defined before the pane can be used.
  for (const file of fs.readdirSync(outDir).filter((f) => f.endsWith(".js"))) expect({ file, defines: fs.readFileSync(path.join(outDir, file), "utf8").includes("customElements.define") }).toEqual({ file, defines: false });
});

test("office.js is the page's only blocking script and stands after the styles and every deferred script", () => {
  // With the Content-Security-Policy meta in the page, Chromium holds back the fetch of whatever
  // comes after a parser-blocking script until that script has run (crbug.com/1458493; measured: functions.js was
  // requested only after office.js, association ~60 ms later). Listed before office.js, they are
  // fetched alongside it; office.js still runs first, since deferred scripts wait for the parse.
  const html = fs.readFileSync(path.join(outDir, "taskpane.html"), "utf8");
  const csp = html.indexOf("Content-Security-Policy");
  const tags = [...html.matchAll(/<(script|link|style)\b([^>]*)>/g)].map((m) => ({ at: m.index!, tag: m[1], attrs: m[2] }));
  const office = tags.filter((t) => t.tag === "script" && t.attrs.includes("appsforoffice.microsoft.com/lib/1/hosted/office.js"));
  expect(office).toHaveLength(1);
  expect(office[0].attrs).not.toMatch(/\b(defer|async|type=)/);
  const blocking = tags.filter((t) => t.tag === "script" && !/\b(defer|async)\b/.test(t.attrs));
  expect(blocking).toEqual(office);
  const before = tags.filter((t) => t !== office[0]);
  expect(before.length).toBeGreaterThan(3);
  for (const t of before) expect(t.at).toBeLessThan(office[0].at);
  // The policy still comes first, so it covers office.js and what office.js loads.
  expect(csp).toBeGreaterThan(-1);
  expect(csp).toBeLessThan(Math.min(...tags.map((t) => t.at)));
});

test("icons are shipped", () => {
  for (const s of [16, 32, 64, 80, 128]) expect(fs.existsSync(path.join(outDir, "assets", `icon-${s}.png`))).toBe(true);
});

describe("Dutch Excel", () => {
  test("functions.nl.json covers every function: same id, position and parameters, Dutch texts", () => {
    expect(dutch.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
    dutch.functions.forEach((f, i) => {
      const en = metadata.functions[i];
      expect(functionNameProblems(f.name)).toEqual([]);
      expect(f.description.length).toBeGreaterThan(20);
      expect(f.description).not.toBe(en.description);
      expect(f.parameters).toHaveLength(en.parameters.length);
      f.parameters.forEach((p, j) => {
        expect(p.name.length).toBeGreaterThan(0);
        expect(p.description).not.toBe(en.parameters[j].description);
        expect({ ...p, name: "", description: "" }).toEqual({ ...en.parameters[j], name: "", description: "" });
      });
    });
  });

  test("no two functions share a Dutch name", () => {
    const names = dutch.functions.map((f) => f.name.toUpperCase());
    expect(new Set(names).size).toBe(names.length);
  });
});

/** Every file the build wrote, relative to the output folder. */
function emittedFiles(dir = outDir, prefix = ""): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? emittedFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

/** The emitted file and anchor a hosted URL points to. */
function target(url: string): { file: string; anchor: string } {
  expect(url.startsWith(HOST)).toBe(true);
  const [file, anchor = ""] = url.slice(HOST.length).split("#");
  return { file, anchor };
}

// Production builds minify HTML, which drops attribute quotes where it can.
function anchors(file: string): Set<string> {
  const html = fs.readFileSync(path.join(outDir, file), "utf8");
  return new Set([...html.matchAll(/\sid=(?:"([^"]+)"|([^\s>"]+))/g)].map((m) => m[1] ?? m[2]));
}

test("every URL in the manifest, overrides included, points to a file the build produced", () => {
  const xml = fs.readFileSync(path.join(outDir, "manifest.xml"), "utf8");
  const files = new Set(emittedFiles());
  const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
  for (const u of urls) expect(files).toContain(target(u).file);
  const metadataUrl = /<bt:Url id="Functions.Metadata.Url"[^>]*>([\s\S]*?)<\/bt:Url>/.exec(xml)![1];
  for (const locale of ["nl-NL", "nl-BE"]) {
    expect(metadataUrl).toContain(`<bt:Override Locale="${locale}" Value="${HOST}functions.nl.json"/>`);
  }
});

describe("help pages", () => {
  test.each([
    ["help.html", "en"],
    ["help.nl.html", "nl"],
  ])("%s exists in its language with a section for every function id", (file, lang) => {
    const html = fs.readFileSync(path.join(outDir, file), "utf8");
    expect(html).toMatch(new RegExp(`<html lang="?${lang}"?>`));
    const ids = anchors(file);
    // An alias (the Dutch name as a function of its own) links to its function's section.
    for (const f of metadata.functions.filter((x) => !x.options?.excludeFromAutoComplete)) expect(ids).toContain(f.id);
  });

  test.each(["help.html", "help.nl.html"])("%s needs no script and no inline style (Content-Security-Policy)", (file) => {
    const html = fs.readFileSync(path.join(outDir, file), "utf8");
    expect(html).not.toMatch(/<script|\son[a-z]+=|javascript:|<style|\sstyle=/i);
    expect(html).toMatch(/href="?help\.css"?[\s>]/);
    expect(fs.existsSync(path.join(outDir, "help.css"))).toBe(true);
  });

  test("every helpUrl points to an existing page and anchor, in the metadata's language", () => {
    for (const [m, page] of [
      [metadata, "help.html"],
      [dutch, "help.nl.html"],
    ] as const) {
      for (const f of m.functions) {
        expect(f.helpUrl).toBeDefined();
        const { file, anchor } = target(f.helpUrl!);
        expect(file).toBe(page);
        expect(anchors(file)).toContain(anchor);
      }
    }
  });

  test("the Dutch page shows nl-BE syntax and the Dutch error names", () => {
    const html = fs.readFileSync(path.join(outDir, "help.nl.html"), "utf8");
    expect(html).toContain("=SE.POTENTIEEL(B2;C2;D2;E2)");
    expect(html).toContain("=SE.POTENTIAL(B2,C2,D2,E2)");
    for (const e of ["#WAARDE!", "#N/B"]) expect(html).toContain(e);
  });
});

test("no emitted text file mentions localhost in a production build", () => {
  for (const file of emittedFiles().filter((f) => !f.endsWith(".png"))) {
    expect([file, fs.readFileSync(path.join(outDir, file), "utf8").includes("localhost")]).toEqual([file, false]);
  }
});

// Bundle budgets (docs/PERFORMANCE.md): Excel waits for functions.js before it can calculate.
test("functions.js stays within 30 kB gzip", () => {
  const gzip = zlib.gzipSync(Buffer.from(functionsJs), { level: 9 }).length;
  expect(gzip).toBeLessThanOrEqual(30_000);
});

test("functions.js bundles no heavy package (zod, exceljs, polyfills, test tooling)", () => {
  const heavy = ["zod", "exceljs", "core-js", "core-js-pure", "regenerator-runtime", "@microsoft/office-js", "office-addin-mock", "fast-check", "xml2js"];
  expect(functionsPackages.filter((p) => heavy.includes(p))).toEqual([]);
  expect(functionsJs).not.toMatch(/\$ZodType|ZodError|zod\/v4/);
});

describe("ready-made workbooks", () => {
  test.each(["nl", "en"])("se-trends.%s.xlsx is served, linked from both help pages, and a workbook with every sheet", async (lang) => {
    const file = `se-trends.${lang}.xlsx`;
    expect(emittedFiles()).toContain(file);
    for (const page of ["help.html", "help.nl.html"]) {
      expect(fs.readFileSync(path.join(outDir, page), "utf8")).toMatch(new RegExp(`href="?${file.replace(/\./g, "\\.")}"?[\\s>]`));
    }
    const bytes = fs.readFileSync(path.join(outDir, file));
    // A zip package (PK), holding the opportunities table with its calculated columns.
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(bytes);
    const tables = await Promise.all(Object.keys(zip.files).filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async("string")));
    expect(tables.some((x) => x.includes('name="SE_Opportunities"') && x.includes("<calculatedColumnFormula>"))).toBe(true);
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbook).toContain(lang === "nl" ? 'name="Opportuniteiten"' : 'name="Opportunities"');
  });
});
