import { showValue } from "../../src/core/errors";

/** A lone surrogate half, which Excel cannot show. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("showValue in error messages", () => {
  test("a long text is cut to 40 characters with an ellipsis", () => {
    expect(showValue("x".repeat(100))).toBe(`"${"x".repeat(40)}…"`);
  });

  test("never cuts an emoji (a surrogate pair) in half", () => {
    // 39 letters then an emoji: a cut at 40 UTF-16 units would keep only the emoji's first half.
    const shown = showValue(`${"a".repeat(39)}😀 and more`);
    expect(shown).not.toMatch(LONE_SURROGATE);
    expect(shown).toBe(`"${"a".repeat(39)}…"`);
    expect(showValue(`${"a".repeat(38)}😀 and more`)).toBe(`"${"a".repeat(38)}😀…"`);
  });
});

test("showValue writes invisible characters out, so a message never seems to quote a valid value", () => {
  expect(showValue("x\u200B")).toBe('"x⟨U+200B⟩"');
  expect(showValue("\u00ADa\u00A0b c")).toBe('"⟨U+00AD⟩a⟨U+00A0⟩b c"');
  expect(showValue("plain")).toBe('"plain"');
});
