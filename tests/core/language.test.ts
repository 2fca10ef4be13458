import { parseLanguage, pick } from "../../src/core/language";
import { showValue } from "../../src/core/errors";

test.each([
  [undefined, "nl"],
  [null, "nl"],
  ["", "nl"],
  [" NL ", "nl"],
  ["nl-BE", "nl"],
  ["Nederlands", "nl"],
  ["en", "en"],
  ["EN-us", "en"],
  ["English", "en"],
  ["fr", null],
  [1, null],
  [true, null],
])("parseLanguage(%p) = %p", (v, expected) => expect(parseLanguage(v)).toBe(expected));

test("pick", () => {
  expect(pick("nl", "a", "b")).toBe("a");
  expect(pick("en", "a", "b")).toBe("b");
});

test("showValue", () => {
  expect(showValue("abc")).toBe('"abc"');
  expect(showValue("x".repeat(50))).toBe(`"${"x".repeat(40)}…"`);
  expect(showValue(null)).toBe("(leeg/empty)");
  expect(showValue(true)).toBe("TRUE");
  expect(showValue(2.5)).toBe("2.5");
});
