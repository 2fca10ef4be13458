/** Offline checks of manifest.xml: Microsoft's validation service is not reachable everywhere. */
import fs from "fs";
import path from "path";
import { parseStringPromise } from "xml2js";
import { DEV_URL, normaliseHostUrl, productionManifest } from "../../scripts/manifest-url";
import { renderHelpPages } from "../../src/help/render";

const root = path.resolve(__dirname, "../..");
const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

type Node = Record<string, unknown>;
let doc: Node;

beforeAll(async () => {
  doc = await parseStringPromise(xml, { explicitArray: true });
});

/** Every element named `name` anywhere in the parsed tree. */
function findAll(node: unknown, name: string, out: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => findAll(n, name, out));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node as Node)) {
      if (k === name) (Array.isArray(v) ? v : [v]).forEach((x) => out.push(x as Node));
      if (k !== "$") findAll(v, name, out);
    }
  }
  return out;
}
const attr = (n: Node, a: string) => (n.$ as Record<string, string> | undefined)?.[a];

test("well-formed, an Excel task pane add-in with ReadWriteDocument", () => {
  const app = doc.OfficeApp as Node;
  expect(attr(app, "xsi:type")).toBe("TaskPaneApp");
  expect(findAll(doc, "Host").some((h) => attr(h, "Name") === "Workbook")).toBe(true);
  expect(findAll(doc, "Permissions")).toEqual(["ReadWriteDocument"]);
  expect((findAll(doc, "Id")[0] as unknown as string).trim()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(findAll(doc, "Version")[0]).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  expect(findAll(doc, "ProviderName")[0]).toBeTruthy();
  expect(attr(findAll(doc, "SupportUrl")[0], "DefaultValue")).toMatch(/^https:\/\//);
});

test("the manifest version follows package.json", () => {
  const { version } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  expect(findAll(doc, "Version")[0]).toBe(`${version}.0`);
});

test("shared runtime: SharedRuntime 1.1 required, one long-lived runtime for pane and functions", () => {
  const sets = findAll(doc, "Set");
  expect(sets.some((s) => attr(s, "Name") === "SharedRuntime" && attr(s, "MinVersion") === "1.1")).toBe(true);
  const runtimes = findAll(doc, "Runtime");
  expect(runtimes).toHaveLength(1);
  expect(attr(runtimes[0], "lifetime")).toBe("long");
  const runtimeId = attr(runtimes[0], "resid");
  const cf = findAll(doc, "ExtensionPoint").find((e) => attr(e, "xsi:type") === "CustomFunctions")!;
  expect(attr(findAll(findAll(cf, "Page")[0], "SourceLocation")[0], "resid")).toBe(runtimeId);
  const action = findAll(doc, "Action").find((a) => attr(a, "xsi:type") === "ShowTaskpane")!;
  expect(attr(findAll(action, "SourceLocation")[0], "resid")).toBe(runtimeId);
  expect(attr(findAll(doc, "FunctionFile")[0], "resid")).toBe(runtimeId);
});

test("custom functions: namespace SE, script and metadata URLs", () => {
  const strings = findAll(doc, "bt:String");
  const ns = findAll(doc, "Namespace")[0];
  expect(attr(strings.find((s) => attr(s, "id") === attr(ns, "resid"))!, "DefaultValue")).toBe("SE");
  const urls = Object.fromEntries(findAll(doc, "bt:Url").map((u) => [attr(u, "id"), attr(u, "DefaultValue")]));
  expect(urls["Functions.Metadata.Url"]).toBe(`${DEV_URL}functions.json`);
  expect(urls["Functions.Script.Url"]).toBe(`${DEV_URL}functions.js`);
  expect(urls["Taskpane.Url"]).toBe(`${DEV_URL}taskpane.html`);
});

test("every resid resolves to a resource", () => {
  const ids = new Set(["bt:Image", "bt:Url", "bt:String"].flatMap((n) => findAll(doc, n).map((r) => attr(r, "id"))));
  const refs = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
  expect(refs.length).toBeGreaterThan(10);
  for (const r of refs) expect(ids).toContain(r);
});

test("every URL is the dev URL over https", () => {
  const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
  expect(urls.length).toBeGreaterThan(5);
  for (const u of urls) expect(u.startsWith(DEV_URL)).toBe(true);
});

test("icons exist with the sizes the manifest declares", () => {
  const images = findAll(doc, "bt:Image").filter((i) => attr(i, "DefaultValue"));
  const declared = [
    ...images.map((i) => [attr(i, "DefaultValue")!, Number(/(\d+)x\d+/.exec(attr(i, "id")!)?.[1])] as const),
    [attr(findAll(doc, "IconUrl")[0], "DefaultValue")!, 32] as const,
    [attr(findAll(doc, "HighResolutionIconUrl")[0], "DefaultValue")!, 64] as const,
  ];
  for (const [url, size] of declared) {
    const file = path.join(root, url.slice(DEV_URL.length));
    const png = fs.readFileSync(file);
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  }
  for (const s of [16, 32, 64, 80, 128]) expect(fs.existsSync(path.join(root, `assets/icon-${s}.png`))).toBe(true);
});

describe("production manifest", () => {
  test("replaces the dev URL in every place", () => {
    const prod = productionManifest(xml, "https://host.example.be/se");
    expect(prod).not.toContain("localhost");
    const count = xml.split(DEV_URL).length - 1;
    expect(count).toBeGreaterThan(5);
    expect(prod.split("https://host.example.be/se/").length - 1).toBe(count);
  });
  test.each(["", "http://host.example.be/", "not a url", "https://host.example.be/?x=1"])("rejects %j", (u) => {
    expect(() => normaliseHostUrl(u)).toThrow(/ADDIN_URL/);
  });

  test.each([
    ["https://user:secret@host.example.be/", /user name or password/],
    ["https://user@host.example.be/", /user name or password/],
    ["https://localhost/", /user's own machine/],
    ["https://LOCALHOST:8443/se/", /user's own machine/],
    ["https://app.localhost/", /user's own machine/],
    ["https://127.0.0.1/", /user's own machine/],
    ["https://127.1/", /user's own machine/],
    ["https://2130706433/", /user's own machine/],
    ["https://[::1]:3000/", /user's own machine/],
    ["https://[0:0:0:0:0:0:0:1]/", /user's own machine/],
    ["https://[::ffff:127.0.0.1]/", /user's own machine/],
    ["https://0.0.0.0/", /user's own machine/],
    ["https://host.example.be/#x", /query or fragment/],
    ["https://host.example.be/?", /query or fragment/],
    ["javascript:alert(1)", /https/],
    ["file:///etc/passwd", /https/],
  ])("a production build refuses %j with a message saying what is accepted", (u, why) => {
    expect(() => normaliseHostUrl(u)).toThrow(why);
    expect(() => normaliseHostUrl(u)).toThrow(/https:\/\/ address the add-in is hosted at/);
  });

  test("a local test of a production build may use a loopback host, never credentials", () => {
    expect(normaliseHostUrl("https://localhost:3000", { production: false })).toBe("https://localhost:3000/");
    expect(() => normaliseHostUrl("https://u:p@localhost/", { production: false })).toThrow(/user name or password/);
  });

  test("characters that are special in XML are escaped in the manifest, which stays well-formed", async () => {
    const prod = productionManifest(xml, "https://x.example/a&b/it's/");
    expect(prod).toContain("https://x.example/a&amp;b/it&apos;s/help.html");
    const parsed = await parseStringPromise(prod, { explicitArray: true, strict: true });
    expect(findAll(parsed, "SupportUrl").map((n) => attr(n, "DefaultValue"))).toEqual(["https://x.example/a&b/it's/help.html"]);
    // Unescaped, the same URL is not XML at all.
    await expect(parseStringPromise(xml.split(DEV_URL).join("https://x.example/a&b/"), { strict: true })).rejects.toThrow();
  });
});

describe("Dutch Excel (nl-NL, nl-BE)", () => {
  const DUTCH = ["nl-NL", "nl-BE"];
  /** Locale → value of the Override children of an element. */
  const overrides = (n: Node) =>
    Object.fromEntries([...findAll(n, "bt:Override"), ...findAll(n, "Override")].map((o) => [attr(o, "Locale"), attr(o, "Value")]));
  const resource = (name: string, id: string) => findAll(doc, name).find((r) => attr(r, "id") === id)!;

  test("the functions metadata is overridden with functions.nl.json, a file the build emits", () => {
    const o = overrides(resource("bt:Url", "Functions.Metadata.Url"));
    for (const l of DUTCH) expect(o[l]).toBe(`${DEV_URL}functions.nl.json`);
    // The build emits what the locale plugin is configured to write; tests/build checks the output.
    const config = fs.readFileSync(path.join(root, "webpack.config.js"), "utf8");
    expect(config).toContain('output: "functions.nl.json"');
  });

  test("help links are overridden with the Dutch help page", () => {
    for (const n of [findAll(doc, "SupportUrl")[0], resource("bt:Url", "GetStarted.LearnMoreUrl")]) {
      expect(attr(n, "DefaultValue")).toBe(`${DEV_URL}help.html`);
      for (const l of DUTCH) expect(overrides(n)[l]).toBe(`${DEV_URL}help.nl.html`);
    }
    // The pages the build renders (src/help/render.ts, emitted by HelpPagesPlugin).
    expect(Object.keys(renderHelpPages()).sort()).toEqual(["help.html", "help.nl.html"]);
  });

  test("display name, description and every ribbon and Get Started text have Dutch overrides", () => {
    const nodes = [
      findAll(doc, "DisplayName")[0],
      findAll(doc, "Description")[0],
      ...["GetStarted.Title", "Group.Label", "TaskpaneButton.Label", "GetStarted.Description", "TaskpaneButton.Tooltip"].map((id) =>
        resource("bt:String", id),
      ),
    ];
    for (const n of nodes) {
      const o = overrides(n);
      for (const l of DUTCH) expect(o[l]).toBeTruthy();
    }
  });

  test("the Dutch Get Started text uses the Dutch function name", () => {
    const o = overrides(resource("bt:String", "GetStarted.Description"));
    for (const l of DUTCH) expect(o[l]).toContain("=SE.POTENTIEEL(vraag; investering; fit; lokaal)");
  });

  test("the namespace is the same in every language, so formulas move between languages", () => {
    expect(overrides(resource("bt:String", "Functions.Namespace"))).toEqual({});
  });
});
