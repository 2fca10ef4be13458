/**
 * Least privilege in the manifest: the add-in asks for no more than it uses, and the production
 * manifest sends Office nowhere but the add-in's own HTTPS origin.
 */
import fs from "fs";
import path from "path";
import { parseStringPromise } from "xml2js";
import { productionManifest } from "../../scripts/manifest-url";

const root = path.resolve(__dirname, "../..");
const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

/**
 * Domains the task pane may navigate to besides its own origin. Empty on purpose: every page is
 * served from the add-in's origin (which Office trusts without listing it), and office.js is
 * loaded by a <script> tag, which AppDomains does not govern. Adding a domain here needs a reason
 * next to it and a review, like any other privilege.
 */
const ALLOWED_APP_DOMAINS: readonly string[] = [];

/** XML namespace names: identifiers that look like URLs but are never fetched. */
const NAMESPACE_ATTRIBUTE = /^xmlns(:|$)/;

const HOSTS = ["https://se-trends.example.org/", "https://static.example.be/addins/se/", "https://cdn.example.com:8443/x"];

type Node = { $?: Record<string, string>; _?: string; [child: string]: unknown };

/** Every attribute value and text in the tree, with where it was found; namespace names excluded. */
function values(node: unknown, where = "", out: { where: string; value: string }[] = []) {
  if (typeof node === "string") out.push({ where, value: node });
  else if (Array.isArray(node)) node.forEach((n) => values(n, where, out));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node as Node)) {
      if (k === "$") {
        for (const [a, val] of Object.entries(v as Record<string, string>)) if (!NAMESPACE_ATTRIBUTE.test(a)) out.push({ where: `${where}@${a}`, value: val });
      } else values(v, k === "_" ? where : `${where}/${k}`, out);
    }
  }
  return out;
}

function findAll(node: unknown, name: string, out: unknown[] = []): unknown[] {
  if (Array.isArray(node)) node.forEach((n) => findAll(n, name, out));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node as Node)) {
      if (k === name) (Array.isArray(v) ? v : [v]).forEach((x) => out.push(x));
      if (k !== "$") findAll(v, name, out);
    }
  }
  return out;
}

test("Permissions is exactly ReadWriteDocument: the functions read cells, the pane writes tables", async () => {
  const doc = await parseStringPromise(xml);
  const permissions = findAll(doc, "Permissions");
  expect(permissions).toEqual(["ReadWriteDocument"]);
  // Nothing beyond the document: no mailbox or Graph scopes, no single sign-on app registration.
  for (const element of ["WebApplicationInfo", "Scopes", "ExtendedPermissions"]) expect(findAll(doc, element)).toEqual([]);
});

test(`AppDomains lists only the reviewed domains (${ALLOWED_APP_DOMAINS.length === 0 ? "none" : ALLOWED_APP_DOMAINS.join(", ")})`, async () => {
  const doc = await parseStringPromise(xml);
  const domains = findAll(doc, "AppDomain").map((d) => String(typeof d === "object" && d !== null ? (d as Node)._ : d).trim());
  expect(domains.filter((d) => !ALLOWED_APP_DOMAINS.includes(d))).toEqual([]);
});

test("no http: anywhere in the manifest, except XML namespace names", async () => {
  const all = values(await parseStringPromise(xml));
  expect(all.length).toBeGreaterThan(20);
  expect(all.filter((v) => /http:/i.test(v.value))).toEqual([]);
  // The namespace names are the only http: left in the raw text.
  const raw = xml.replace(/\s(xmlns(?::\w+)?)="http:[^"]*"/g, "");
  expect(raw).not.toMatch(/http:/i);
});

describe.each(HOSTS)("production manifest for %s", (host) => {
  let prod: string;
  let all: { where: string; value: string }[];
  beforeAll(async () => {
    prod = productionManifest(xml, host);
    all = values(await parseStringPromise(prod));
  });
  const origin = new URL(host).origin;

  test("every URL is https on the hosting origin; no localhost, no http:", () => {
    const urls = all.filter((v) => /:\/\//.test(v.value) || /^(www\.|localhost)/i.test(v.value));
    expect(urls.length).toBeGreaterThan(5);
    for (const { where, value } of urls) {
      const u = new URL(value);
      expect({ where, protocol: u.protocol, origin: u.origin }).toEqual({ where, protocol: "https:", origin });
    }
    expect(prod).not.toMatch(/localhost|127\.0\.0\.1|\[::1\]/i);
    expect(prod.replace(/\s(xmlns(?::\w+)?)="http:[^"]*"/g, "")).not.toMatch(/http:/i);
  });

  test("the manifest names no other origin at all, not even in text", () => {
    const others = all.flatMap(({ where, value }) =>
      [...value.matchAll(/https?:\/\/[^\s"'<>)]+/gi)].map((m) => ({ where, url: m[0] })).filter(({ url }) => new URL(url).origin !== origin),
    );
    expect(others).toEqual([]);
  });
});

test("the check would catch a manifest that slips in http: or a foreign origin", async () => {
  const prod = productionManifest(xml, HOSTS[0]).replace(
    '<SupportUrl DefaultValue="https://se-trends.example.org/help.html"',
    '<SupportUrl DefaultValue="http://tracker.example.net/help"',
  );
  expect(prod).toContain("http://tracker.example.net/help");
  const bad = values(await parseStringPromise(prod)).filter((v) => /^https?:/.test(v.value) && new URL(v.value).origin !== "https://se-trends.example.org");
  expect(bad).toHaveLength(1);
});
