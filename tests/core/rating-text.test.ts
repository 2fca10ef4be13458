/**
 * Ratings typed as text: invisible characters, numbers whose reading depends on the language,
 * and the promise that reading any text is linear in its length (counted work, not time).
 */
import { plainError, type CellError } from "../../src/core/errors";
import { AMBIGUOUS, INVALID_TEXT, MISSING, OUT_OF_SCALE, parseWork, ratingAmount } from "../../src/core/rating";
import { potentialGrid, scoreGrid } from "../../src/core/scoring";

describe("invisible characters are ignored like spaces", () => {
  test.each([
    ["ho\u200Bog", "zero-width space U+200B"],
    ["\u00ADhoog", "soft hyphen U+00AD"],
    ["\uFEFFhoog", "byte-order mark U+FEFF"],
    ["hoog\u2060", "word joiner U+2060"],
    ["\u00A0hoog\u00A0", "no-break space U+00A0"],
    ["h\u200Co\u200Do\u200Eg\u202F", "joiners, direction mark, narrow no-break space"],
    ["\u2066hoog\u2069", "bidi isolates"],
  ])("%j (%s) reads as hoog", (text) => {
    expect(ratingAmount(text, "fit")).toBe(1);
  });
  test("a number with an invisible character is still the number", () => {
    expect(ratingAmount("3\u200B,5", "fit")).toBe(0.625);
  });
  test("only invisible characters: an empty cell", () => {
    expect(ratingAmount("\u200B\u00AD\uFEFF", "fit")).toBe(MISSING);
  });
  test("an invisible character does not make junk valid", () => {
    expect(ratingAmount("x\u200B", "fit")).toBe(INVALID_TEXT);
  });
});

describe("numbers typed as text whose reading depends on the language", () => {
  test.each(["4.000", "4,000", "1.234,5", "1,234.5", "1.2.3", "2.125"])("%j is ambiguous", (text) => {
    expect(ratingAmount(text, "fit")).toBe(AMBIGUOUS);
  });
  test.each([
    ["3,5", 0.625],
    ["3.50", 0.625],
    ["4.0000", 0.75],
    ["2,25", 0.3125],
  ])("%j is not ambiguous", (text, amount) => {
    expect(ratingAmount(text, "fit")).toBe(amount);
  });
  test.each([",5", "5,", "3,,5", "-3", "+3", "3 ,5x"])("%j is not a number", (text) => {
    expect(ratingAmount(text, "fit")).toBe(INVALID_TEXT);
  });
  test("the message says why, in both languages", () => {
    const en = potentialGrid([[["4.000"]], 3, 3, 3], "en", "en", plainError);
    const nl = potentialGrid([[["1.234,5"]], 3, 3, 3], "nl", "nl", plainError);
    if (!en.ok || !nl.ok) throw new Error("whole-call error");
    const e = en.values[0][0] as CellError;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/^demand: "4\.000" is ambiguous: .*thousands separator.*four thousand in Dutch/);
    expect((nl.values[0][0] as CellError).message).toMatch(/^vraag: "1\.234,5" is dubbelzinnig: .*duizendtalscheiding/);
  });
  test("out of the scale stays out of the scale", () => {
    expect(ratingAmount("7,5", "fit")).toBe(OUT_OF_SCALE);
  });
});

describe("reading text is linear in its length", () => {
  const N = 32_767; // Excel's longest cell text
  const adversarial: [string, string][] = [
    ["digits then a letter", "1".repeat(N - 1) + "x"],
    ["zeros then a comma", "0".repeat(N - 1) + ","],
    ["spaces then a letter", " ".repeat(N - 1) + "x"],
    ["invisible characters then a letter", "\u200B".repeat(N - 1) + "x"],
    ["alternating digits and separators", "1,".repeat((N - 1) / 2) + "x"],
    ["separators only", ".,".repeat((N - 1) / 2) + "."],
    ["digits, one separator, digits, junk", "9".repeat(16_000) + "," + "9".repeat(16_000) + "!"],
    ["spaces between letters", "h ".repeat((N - 1) / 2) + "q"],
  ];
  test.each(adversarial)("%s: at most a few passes over 32,767 characters", (_name, text) => {
    expect(text.length).toBeLessThanOrEqual(N);
    for (const criterion of ["demand", "fit"] as const) {
      const before = parseWork.chars;
      const amount = ratingAmount(text, criterion);
      const work = parseWork.chars - before;
      expect(amount).toBeLessThan(0);
      // compactText once, parseNumberText at most once: two passes, never n².
      expect(work).toBeLessThanOrEqual(2 * text.length);
    }
  });
  test("work doubles when the text doubles (not fourfold)", () => {
    const work = (n: number) => {
      const before = parseWork.chars;
      ratingAmount("1".repeat(n) + "x", "local");
      return parseWork.chars - before;
    };
    expect(work(20_000)).toBeLessThanOrEqual(2 * work(10_000) + 4);
  });
  test("a long text cell gives a #VALUE! with a short message", () => {
    const r = scoreGrid([[["1".repeat(N - 1) + "x"]], 3, 3, 3], new Float64Array([1, 1, 1, 1]), "en", plainError);
    if (!r.ok) throw new Error("whole-call error");
    const e = r.values[0][0] as CellError;
    expect(e.code).toBe("#VALUE!");
    expect(e.message.length).toBeLessThan(1000);
  });
});
