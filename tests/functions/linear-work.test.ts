/**
 * Every lookup parser and function, fed Excel's longest cell (32,767 characters) built to make a
 * backtracking pattern work hard: long runs of digits, zeros, spaces and separators, with and
 * without an id prefix, then one wrong last character. Work is counted, never timed (see
 * tests/support/work-counter.ts): character reads stay within READS_PER_CHAR per input
 * character, and no regular expression that could backtrack meets the long text.
 */
import { readField, readFigure, readItem, readLanguage, normaliseKey, indexById } from "../../src/core/lookup-args";
import {
  OPPORTUNITY_FIELDS,
  TREND_KIND,
  lookupFigure,
  lookupOpportunity,
  lookupThreat,
  lookupTrend,
  opportunityCard,
} from "../../src/core/lookup";
import { REPORT } from "../../src/core/dataset/report";
import { guardText, needsTextGuard } from "../../src/core/plan/text-guard";
import { figure, opportunity, threat, trend, version } from "../../src/functions/functions";
import { countWork, oneRunPerChar, type Work } from "../support/work-counter";

const EXCEL_MAX = 32_767;
/** A scanner reads each character a few times (trim, case, prefix, number); 8 leaves room, a square does not. */
const READS_PER_CHAR = 8;

const RUNS = ["1", "0", "9", " ", "\u00a0", "\t", "-", ".", ",", "0.", "0,", "1-", "- ", "_", "a"];
const PREFIXES = ["", "T", "th", "K-", "B ", "O0"];
const LAST = ["x", "!", "\u200b"];

/** Adversarial text of exactly `length` characters. */
function adversarial(prefix: string, run: string, last: string, length: number): string {
  const body = length - prefix.length - last.length;
  return prefix + run.repeat(Math.ceil(body / run.length)).slice(0, body) + last;
}

const FAMILIES = PREFIXES.flatMap((p) => RUNS.flatMap((r) => LAST.map((l) => ({ name: JSON.stringify(`${p}${r}…${l}`), make: (n: number) => adversarial(p, r, l, n) }))));

const trends = indexById(REPORT.trends);
const figures = indexById(REPORT.keyFigures);

/** Every place a cell's text enters the lookups, as the parser and as the function Excel calls. */
const TARGETS: Record<string, (s: string) => unknown> = {
  readItem: (s) => readItem(s, trends, TREND_KIND, "nl"),
  readFigure: (s) => readFigure(s, figures, "en"),
  normaliseKey: (s) => normaliseKey(s),
  readField: (s) => readField(s, OPPORTUNITY_FIELDS, "nl"),
  readLanguage: (s) => readLanguage(s),
  "lookupTrend(id)": (s) => lookupTrend(s, "title", "nl"),
  "lookupTrend(field)": (s) => lookupTrend(1, s, "nl"),
  "lookupTrend(language)": (s) => lookupTrend(1, "title", s),
  "lookupOpportunity(id)": (s) => lookupOpportunity(s, undefined, "en"),
  "lookupThreat(id)": (s) => lookupThreat(s, undefined, undefined),
  "lookupFigure(key)": (s) => lookupFigure(s, undefined, "nl"),
  "opportunityCard(id)": (s) => opportunityCard(s, "nl"),
  "SE.TREND(id)": (s) => trend([[s]], "titel"),
  "SE.TREND(field)": (s) => trend([[1]], s),
  "SE.OPPORTUNITY(id)": (s) => opportunity([[s]], "potential"),
  "SE.OPPORTUNITY(language)": (s) => opportunity([[1]], "title", s as never),
  "SE.THREAT(id)": (s) => threat([[s]]),
  "SE.FIGURE(key)": (s) => figure([[s]], "value"),
  "SE.FIGURE(field)": (s) => figure([["care_budget_share"]], s),
  "SE.VERSION(language)": (s) => version(s as never),
};

function findings(work: Work): string[] {
  return [...work.regexOnLongInput.entries()].filter(([pattern]) => !oneRunPerChar(pattern)).map(([p, n]) => `${p} on ${n} characters`);
}

describe.each(Object.entries(TARGETS))("%s", (_name, target) => {
  test("reads each character a bounded number of times, on every adversarial family, with no backtracking pattern", () => {
    const worst = { perChar: 0, family: "" };
    for (const family of FAMILIES) {
      const work = countWork(() => target(family.make(EXCEL_MAX)));
      expect({ family: family.name, patterns: findings(work) }).toEqual({ family: family.name, patterns: [] });
      if (work.reads / EXCEL_MAX > worst.perChar) Object.assign(worst, { perChar: work.reads / EXCEL_MAX, family: family.name });
    }
    expect(worst.perChar).toBeLessThanOrEqual(READS_PER_CHAR);
  });

  test("twice the text is at most about twice the work", () => {
    for (const family of FAMILIES.filter((_, i) => i % 7 === 0)) {
      const small = countWork(() => target(family.make(EXCEL_MAX >> 1))).reads;
      const large = countWork(() => target(family.make(EXCEL_MAX))).reads;
      expect({ family: family.name, large }).toEqual({ family: family.name, large: expect.any(Number) });
      expect(large).toBeLessThanOrEqual(2 * small + 64);
    }
  });
});

/**
 * The text guard sees every text the pane writes, through its public functions only, and is held
 * to the same rule: it marks every non-empty string as text with one check, whatever it holds.
 */
describe.each([
  ["needsTextGuard", (s: string) => needsTextGuard(s)],
  ["guardText", (s: string) => guardText(s)],
])("%s", (_name, target) => {
  test("runs no backtracking pattern on adversarial text", () => {
    for (const family of FAMILIES) {
      const work = countWork(() => target(family.make(EXCEL_MAX)));
      expect({ family: family.name, patterns: findings(work) }).toEqual({ family: family.name, patterns: [] });
      expect(work.reads).toBeLessThanOrEqual(READS_PER_CHAR * EXCEL_MAX);
    }
  });
});

describe("the counter itself", () => {
  test("flags the pattern ids were once read with, and passes one-pass patterns", () => {
    const work = countWork(() => /^0*(\d+)(?:[.,]0+)?$/.exec("0".repeat(1000)));
    expect(findings(work)).toEqual(["/^0*(\\d+)(?:[.,]0+)?$/ on 1000 characters"]);
    expect(oneRunPerChar("/^[A-Za-z0-9_.-]+$/")).toBe(true);
    expect(oneRunPerChar("/\\S/")).toBe(true);
    expect(oneRunPerChar("/^\\s*[\\d.,:/% -]*\\d[\\d.,:/% -]*\\s*$/")).toBe(false);
    expect(oneRunPerChar("/(a+)+$/")).toBe(false);
    expect(oneRunPerChar("/a+b/")).toBe(false);
  });

  test("counts a quadratic scan as over the bound", () => {
    const s = "0".repeat(4096);
    const work = countWork(() => {
      for (let i = 0; i < s.length; i++) for (let j = i; j < s.length && s.charCodeAt(j) === 48; j++);
    });
    expect(work.reads).toBeGreaterThan(READS_PER_CHAR * s.length);
  });
});
