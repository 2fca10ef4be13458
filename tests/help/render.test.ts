/**
 * The help pages' one description (src/help/content.ts) and its renderer: both languages have
 * the same structure (sections, table rows, argument lists, code blocks, internal links), every
 * text exists in both languages with the same placeholders, and a placeholder without a value
 * fails the render instead of reaching a page.
 */
import golden from "../build/golden/functions.json";
import table from "../../src/core/translations/nl.json";
import * as content from "../../src/help/content";
import { HELP_CSP, exampleFormula, functionName, placeholdersIn, renderHelpPage } from "../../src/help/render";
import { potential, score } from "../../src/functions/functions";

const pages = { en: renderHelpPage("en"), nl: renderHelpPage("nl") };

const BLOCKS = "html|head|body|header|nav|main|section|h1|h2|h3|p|ul|li|table|caption|thead|tbody|tr|th|td|dl|dt|dd|pre";

/** The page's block structure: every block tag with its id, in order; text and inline markup left out. */
function skeleton(html: string): string[] {
  return [...html.matchAll(new RegExp(`<(/?)(${BLOCKS})\\b([^>]*)>`, "g"))].map(([, close, tag, attrs]) => {
    const id = /\sid="([^"]+)"/.exec(attrs)?.[1];
    return `${close}${tag}${id ? `#${id}` : ""}`;
  });
}

const internalLinks = (html: string) => [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);

/** Every { nl, en } text in the description, with where it is. */
function texts(value: unknown, at = "content"): [string, { nl: string; en: string }][] {
  if (typeof value !== "object" || value === null) return [];
  const keys = Object.keys(value);
  if (keys.length === 2 && keys.includes("nl") && keys.includes("en")) {
    const v = value as { nl: unknown; en: unknown };
    if (typeof v.nl === "string" && typeof v.en === "string") return [[at, { nl: v.nl, en: v.en }]];
  }
  return Object.entries(value).flatMap(([k, v]) => texts(v, `${at}.${k}`));
}

test("both pages have the same structure: blocks, ids, table rows, internal links", () => {
  expect(skeleton(pages.nl)).toEqual(skeleton(pages.en));
  expect(skeleton(pages.en).filter((t) => t === "tr").length).toBeGreaterThan(40);
  expect(internalLinks(pages.nl)).toEqual(internalLinks(pages.en));
});

test.each(Object.entries(pages))("the %s page has a names row, a section and a syntax line per function", (language, html) => {
  const other = language === "en" ? "nl" : "en";
  for (const f of content.FUNCTIONS) {
    const own = functionName(f.id, language as "nl" | "en");
    expect(html).toContain(`<tr><td><code>${own}</code></td><td><code>${functionName(f.id, other)}</code></td>`);
    expect(html).toContain(`<section id="${f.id}">`);
    if (f.syntax) expect(html).toContain(`<pre tabindex="0">${own}(`);
  }
  expect(content.FUNCTIONS.map((f) => f.id).sort()).toEqual(Object.keys(table.functions).sort());
  expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${HELP_CSP}" />`);
});

test("every text of the description is there in Dutch and English, with the same placeholders", () => {
  const all = texts(content);
  expect(all.length).toBeGreaterThan(100);
  for (const [at, t] of all) {
    // Some texts are deliberately empty in one language (an English page has no WAAR/ONWAAR).
    if (t.nl === "" || t.en === "") {
      expect(at).toMatch(/^content\.RATINGS_SECTION\.logical\./);
      continue;
    }
    expect([at, placeholdersIn(t.nl).sort()]).toEqual([at, placeholdersIn(t.en).sort()]);
  }
});

test("no placeholder is left on a page", () => {
  for (const html of Object.values(pages)) expect(placeholdersIn(html.replace(/\{\d[^}]*\}/g, ""))).toEqual([]);
});

test("a text whose placeholder has no value fails the render", () => {
  jest.isolateModules(() => {
    jest.doMock("../../src/help/content", () => {
      const real = jest.requireActual("../../src/help/content");
      return { ...real, FRAME: { ...real.FRAME, intro: { nl: "{arg.nope}", en: "{arg.nope}" } } };
    });
    const { renderHelpPage: render } = require("../../src/help/render") as typeof import("../../src/help/render");
    expect(() => render("en")).toThrow(/\{arg\.nope\}/);
  });
  jest.dontMock("../../src/help/content");
});

test("the arguments shown in [brackets] are exactly the optional ones of the metadata", () => {
  for (const f of golden.functions) {
    for (const p of f.parameters as { name: string; optional?: boolean }[]) {
      expect([f.id, p.name, content.OPTIONAL_ARGUMENTS.includes(p.name as content.ArgumentId)]).toEqual([f.id, p.name, p.optional === true]);
    }
  }
});

test("examples are written in each Excel's syntax; the default language is left out", () => {
  const potential = content.FUNCTIONS.find((f) => f.id === "POTENTIAL")!;
  expect(exampleFormula("POTENTIAL", potential.examples[1], "en", "en")).toBe('=SE.POTENTIAL("high","low","high","strong","en")');
  expect(exampleFormula("POTENTIAL", potential.examples[1], "nl", "en")).toBe('=SE.POTENTIEEL("hoog";"laag";"hoog";"sterk";"en")');
  expect(exampleFormula("POTENTIAL", potential.examples[1], "nl", "nl")).toBe('=SE.POTENTIEEL("hoog";"laag";"hoog";"sterk")');
  const trend = content.FUNCTIONS.find((f) => f.id === "TREND")!;
  expect(exampleFormula("TREND", trend.examples[1], "nl", "nl")).toBe('=SE.TREND("T5";"punten")');
  expect(exampleFormula("TREND", trend.examples[1], "en", "en")).toBe('=SE.TREND("T5","points","en")');
});

describe("the error tables quote the messages the functions give for the same input", () => {
  type Choice = Parameters<typeof potential>[4];
  /** What Excel shows for a call: the message of the error it threw or put in the first cell. */
  const messageOf = (call: () => unknown[][]): string => {
    try {
      const first = call()[0][0];
      if (first instanceof Error) return first.message;
      throw new Error(`no error: ${String(first)}`);
    } catch (error) {
      return (error as Error).message;
    }
  };
  const asHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

  test.each(["nl", "en"] as const)("%s page", (language) => {
    const l = language as Choice;
    const calls = [
      () => potential([["hogh"]], [["laag"]], [["hoog"]], [["hoog"]], l),
      () => potential([["hoog"]], [["laag"]], [[7]], [["hoog"]], l),
      () => potential([["hoog"], ["hoog"], ["hoog"]], [["laag"], ["laag"]], [["hoog"]], [["hoog"]], l),
      () => potential([["hoog"]], [["laag"]], [[null]], [[null]], l),
    ];
    for (const call of calls) expect(pages[language]).toContain(`<code>${asHtml(messageOf(call))}</code>`);
  });

  test("nl page: a language the functions do not know, and weights (messages in Dutch when Excel does not say)", () => {
    const calls = [
      () => potential([["hoog"]], [["laag"]], [["hoog"]], [["hoog"]], "fr" as Choice),
      () => score([["hoog"]], [["laag"]], [["hoog"]], [["hoog"]], [[1, 1, 1]]),
      () => score([["hoog"]], [["laag"]], [["hoog"]], [["hoog"]], [[1, "x", 1, 1]]),
      () => score([["hoog"]], [["laag"]], [["hoog"]], [["hoog"]], [[1, 1, -1, 1]]),
      () => score([["hoog"]], [["laag"]], [["hoog"]], [["hoog"]], [[0, 0, 0, 0]]),
    ];
    for (const call of calls) expect(pages.nl).toContain(`<code>${asHtml(messageOf(call))}</code>`);
  });
});
