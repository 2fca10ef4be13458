/**
 * The help pages as src/help renders them, before any build: a section per function in both
 * languages, the same rule as README.md, and every spelling the rating reader accepts, so the
 * pages cannot drift from the code. The built pages are checked in tests/build/build-output; the
 * description itself (both languages alike, every text filled in) in ./render.test.ts.
 */
import fs from "fs";
import path from "path";
import { DEMAND_ONLY_LOW, SPELLINGS } from "../../src/core/rating";
import table from "../../src/core/translations/nl.json";
import { exactRule } from "../../src/core/rule-text";
import { renderHelpPage } from "../../src/help/render";

const root = path.resolve(__dirname, "../..");
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");
const pages = { en: renderHelpPage("en"), nl: renderHelpPage("nl") };

/** Visible text: tags and markdown emphasis removed, whitespace collapsed. */
const plain = (s: string) =>
  s
    .replace(/<[^>]+>/g, "")
    .replace(/[*`]/g, "")
    .replace(/&lt;/g, "<")
    .replace(/\s+/g, " ")
    .trim();

const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

describe.each(Object.entries(pages))("help page (%s)", (lang, html) => {
  test("a section for every function of the translation table, lookup functions included", () => {
    for (const id of Object.keys(table.functions)) expect(ids(html)).toContain(id);
  });

  test("every internal link has its anchor", () => {
    for (const [, anchor] of html.matchAll(/href="#([^"]+)"/g)) expect(ids(html)).toContain(anchor);
  });

  test("every Dutch function name is given, and nl-BE and en-US examples", () => {
    for (const t of Object.values(table.functions)) expect(html).toContain(`SE.${t.name}`);
    expect(html).toContain("=SE.POTENTIEEL(B2;C2;D2;E2)");
    expect(html).toContain("=SE.POTENTIAL(B2,C2,D2,E2)");
  });

  test("every error has its Dutch name", () => {
    for (const [en, nl] of [
      ["#VALUE!", "#WAARDE!"],
      ["#N/A", "#N/B"],
    ]) {
      expect(html).toContain(en);
      expect(html).toContain(nl);
    }
  });

  test("every accepted spelling is listed", () => {
    const codes = new Set([...html.matchAll(/<code>([^<]+)<\/code>/g)].map((m) => m[1].toLowerCase()));
    for (const s of [...SPELLINGS.high, ...SPELLINGS.medium, ...SPELLINGS.low, ...DEMAND_ONLY_LOW]) expect(codes).toContain(s);
    expect(plain(html)).toContain("x ≤ 2");
    expect(plain(html)).toContain("x ≥ 4");
  });

  test("no script, no inline style", () => {
    expect(html).not.toMatch(/<script|\son[a-z]+=|javascript:|<style|\sstyle=/i);
  });

  test(`links to the page in the other language`, () => {
    expect(html).toContain(lang === "en" ? 'href="help.nl.html"' : 'href="help.html"');
  });
});

test("the English page states the rule exactly as README.md does", () => {
  const readme = read("README.md");
  const section = /### The rule[^\n]*\n([\s\S]*?)\n### /.exec(readme)![1];
  const [favourable] = section.trim().split("\n\n");
  const bullets = section.split("\n").filter((l) => l.startsWith("- "));
  expect(bullets).toHaveLength(3);
  const text = plain(pages.en);
  for (const line of [favourable, ...bullets.map((b) => b.slice(2))]) expect(text).toContain(plain(line));
});

test("the Dutch page states the same rule in Dutch", () => {
  const text = plain(pages.nl);
  expect(text).toContain("Hoog als alle vier criteria gunstig zijn;");
  expect(text).toContain("Laag als geen enkel criterium gunstig is en minstens één ongunstig;");
  expect(text).toContain("Medium in alle andere gevallen");
  expect(text).toContain("een lage investering is gunstig");
});

test.each(["nl", "en"] as const)("the %s page gives the exact rule as the core renders it: thresholds, investment reversed, score formula", (language) => {
  const text = plain(pages[language]);
  const rule = exactRule(language);
  expect(text).toContain(plain(rule.remark));
  expect(text).toContain(plain(rule.score));
  for (const c of rule.criteria) {
    // One table row: the cells run together once the tags are gone.
    expect(text).toContain(plain(`${c.name}${c.note ? ` (${c.note})` : ""}${c.favourable}${c.neutral}${c.unfavourable}`));
  }
  expect(text).toContain(language === "nl" ? "investering (laag = gunstig)" : "investment (low is favourable)");
});
