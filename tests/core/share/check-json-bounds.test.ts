/**
 * The JSON check is bounded whatever a file up to 5 MB holds: a cheap scan refuses lists over the
 * row limit and nesting over the depth limit before anything is built, rows are checked one by
 * one and the check stops at the first problems, and the schema's limits match Excel's. Work is
 * counted (rows validated, characters read, patterns run), never timed.
 */
import { REPORT } from "../../../src/core/dataset";
import { AnalystRowSchema, MAX_CELL_TEXT, MAX_ID_LENGTH, MAX_LIST_ROWS, type Dataset } from "../../../src/core/dataset/schema";
import { checkDatasetJson } from "../../../src/core/share";
import { MAX_JSON_DEPTH, scanJsonLimits } from "../../../src/core/share/json-scan";
import { countWork, oneRunPerChar } from "../../support/work-counter";

const file = (extra: Partial<Dataset> | Record<string, unknown>) => JSON.stringify({ ...REPORT, ...extra });
const list = (key: string, item: string, count: number) => file({ [key]: 0 }).replace(`"${key}":0`, `"${key}":[${Array(count).fill(item).join(",")}]`);
const check = (text: string) => checkDatasetJson(text, REPORT, "en");
const analyst = (id: string, title = "Eigen rij") => ({ id, domain: "maatschappelijke noden", sector: "zorg", title: { nl: title, en: title }, provenance: { source: "Analist" } });

describe("lists and nesting", () => {
  test("600,000 empty analyst rows are refused by the scan, naming the list and the limit, before any row is validated", () => {
    const spy = jest.spyOn(AnalystRowSchema, "safeParse");
    const result = check(list("analystOpportunities", "{}", 600_000));
    expect(result).toEqual({ ok: false, message: expect.stringContaining(`analystOpportunities: more than ${MAX_LIST_ROWS} entries`) });
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  test("49,999 empty rows: the check stops after the first problems and says there may be more", () => {
    const spy = jest.spyOn(AnalystRowSchema, "safeParse");
    const result = check(list("analystOpportunities", "{}", MAX_LIST_ROWS - 1));
    expect(spy.mock.calls.length).toBeLessThanOrEqual(5);
    spy.mockRestore();
    expect(result.ok).toBe(false);
    const message = result.ok ? "" : result.message;
    expect(message).toMatch(/^The file does not follow the schema: analystOpportunities\.0\.id: .*\(the first problems, there may be more\)\. Nothing was changed\.$/);
    expect(message.split("; ")).toHaveLength(5);
  });

  test("a list at the row limit passes the scan; one more row does not", () => {
    expect(scanJsonLimits(list("opportunityRatings", "0", MAX_LIST_ROWS))).toBeNull();
    expect(scanJsonLimits(list("opportunityRatings", "0", MAX_LIST_ROWS + 1))).toEqual({ kind: "entries", limit: MAX_LIST_ROWS, key: "opportunityRatings" });
  });

  test("nesting deeper than the limit is refused with a message, not a stack overflow", () => {
    const deep = (n: number) => file({ trends: 0 }).replace('"trends":0', `"trends":${"[".repeat(n)}${"]".repeat(n)}`);
    expect(check(deep(100_000))).toEqual({ ok: false, message: expect.stringMatching(new RegExp(`nested deeper than ${MAX_JSON_DEPTH} levels`)) });
    expect(scanJsonLimits(deep(MAX_JSON_DEPTH - 1))).toBeNull();
    // Brackets inside text are text.
    expect(scanJsonLimits(file({ version: "[".repeat(10_000) }))).toBeNull();
    expect(scanJsonLimits(JSON.stringify({ a: '\\"['.repeat(5_000) }))).toBeNull();
  });

  test("the scan reads each character once", () => {
    const text = list("analystOpportunities", JSON.stringify(analyst("A1")), 10_000);
    expect(countWork(() => scanJsonLimits(text)).reads).toBeLessThanOrEqual(text.length);
  });
});

describe("Excel's limits", () => {
  test("a text of 32,767 characters is accepted, one of 32,768 refused", () => {
    expect(check(file({ analystOpportunities: [analyst("A1", "x".repeat(MAX_CELL_TEXT))] })).ok).toBe(true);
    expect(check(file({ analystOpportunities: [analyst("A1", "x".repeat(MAX_CELL_TEXT + 1))] }))).toEqual({
      ok: false,
      message: expect.stringContaining("analystOpportunities.0.title.nl: Too big"),
    });
  });

  test("a note as long as a cell holds is accepted (the pane's own export always imports again)", () => {
    const d = { analystOpportunities: [analyst("A1")], opportunityRatings: [{ id: "A1", notes: "n".repeat(MAX_CELL_TEXT) }] };
    expect(check(file(d)).ok).toBe(true);
  });

  test(`ids longer than ${MAX_ID_LENGTH} characters are refused`, () => {
    expect(check(file({ analystOpportunities: [analyst("A".repeat(MAX_ID_LENGTH))] })).ok).toBe(true);
    expect(check(file({ analystOpportunities: [analyst("A".repeat(MAX_ID_LENGTH + 1))] }))).toEqual({ ok: false, message: expect.stringContaining("Too big") });
  });
});

describe("hostile text in every checked field", () => {
  const N = 32_767;
  const runs = ["1", "0", " ", "-", "0.", "1,", "a-", "\u00a0"];
  const texts = runs.flatMap((r) => ["x", "!"].map((last) => r.repeat(N).slice(0, N - 1) + last));
  const places: Record<string, (s: string) => string> = {
    id: (s) => file({ analystOpportunities: [analyst(s)] }),
    sector: (s) => file({ analystOpportunities: [{ ...analyst("A1"), sector: s }] }),
    title: (s) => file({ analystOpportunities: [analyst("A1", s)] }),
    version: (s) => file({ version: s }),
    rating: (s) => file({ opportunityRatings: [{ id: "1", demand: s }] }),
    key: (s) => file({ analystOpportunities: [{ ...analyst("A1"), [s]: 1 }] }),
  };

  test.each(Object.entries(places))("%s: no backtracking pattern, and reads bounded by the file's size", (_place, make) => {
    for (const s of texts) {
      const text = make(s);
      const work = countWork(() => check(text));
      const risky = [...work.regexOnLongInput.keys()].filter((p) => !oneRunPerChar(p));
      expect({ input: s.slice(-3), risky }).toEqual({ input: s.slice(-3), risky: [] });
      expect(work.reads).toBeLessThanOrEqual(6 * text.length);
    }
  });
});

describe("file size", () => {
  test("jsonBytes counts UTF-8 bytes as an encoder writes them, lone surrogates included", () => {
    const { jsonBytes } = jest.requireActual("../../../src/core/share/size");
    for (const s of ["", "abc", "é", "€", "😀", "a😀b", "\ud800", "\udc00x", "\ud800\ud800\udc00", "x".repeat(1000) + "é€😀"]) {
      expect(jsonBytes(s)).toBe(new TextEncoder().encode(s).length);
    }
  });
});
