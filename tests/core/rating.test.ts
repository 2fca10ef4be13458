import { CRITERIA } from "../../src/core/criteria";
import {
  DEMAND_ONLY_LOW,
  INVALID_TEXT,
  INVALID_TYPE,
  MISSING,
  OUT_OF_SCALE,
  SPELLINGS,
  acceptedSpellings,
  levelOf,
  ratingAmount,
} from "../../src/core/rating";

const variants = (s: string) => [s, s.toUpperCase(), ` ${s} `, `\t${s[0].toUpperCase()}${s.slice(1)}\u00a0`, s.split("").join(" ")];

describe("ratingAmount: accepted spellings", () => {
  test.each(SPELLINGS.high.flatMap(variants))("high: %j", (s) => {
    for (const c of CRITERIA) expect(ratingAmount(s, c)).toBe(1);
  });
  test.each(SPELLINGS.medium.flatMap(variants))("medium: %j", (s) => {
    for (const c of CRITERIA) expect(ratingAmount(s, c)).toBe(0.5);
  });
  test.each(SPELLINGS.low.flatMap(variants))("low: %j", (s) => {
    for (const c of CRITERIA) expect(ratingAmount(s, c)).toBe(0);
  });
  test("the spec's lists, exactly", () => {
    expect(SPELLINGS.high).toEqual(["hoog", "groot", "sterk", "veel", "ja", "high", "large", "strong", "yes", "h", "true"]);
    expect(SPELLINGS.medium).toEqual(["medium", "gemiddeld", "matig", "moderate", "average", "m"]);
    expect(SPELLINGS.low).toEqual(["laag", "klein", "zwak", "weinig", "geen", "nee", "low", "small", "weak", "little", "none", "no", "l", "false"]);
  });
  test.each(DEMAND_ONLY_LOW.flatMap(variants))("saturated is low demand only: %j", (s) => {
    expect(ratingAmount(s, "demand")).toBe(0);
    expect(ratingAmount(s, "investment")).toBe(INVALID_TEXT);
    expect(ratingAmount(s, "fit")).toBe(INVALID_TEXT);
    expect(ratingAmount(s, "local")).toBe(INVALID_TEXT);
  });
  test("booleans are yes/no", () => {
    expect(ratingAmount(true, "fit")).toBe(1);
    expect(ratingAmount(false, "fit")).toBe(0);
  });
});

describe("ratingAmount: numbers on the 1–5 scale", () => {
  test.each([
    [1, 0, "low"],
    [2, 0.25, "low"],
    [2.0001, 0.250025, "medium"],
    [3, 0.5, "medium"],
    [3.9999, 0.749975, "medium"],
    [4, 0.75, "high"],
    [5, 1, "high"],
  ])("%p → amount %p (%s)", (x, amount, level) => {
    const a = ratingAmount(x, "demand");
    expect(a).toBeCloseTo(amount as number, 12);
    expect(levelOf(a)).toBe(level);
  });
  test.each([0.9999, 5.0001, 6, -1, 1e308, -Infinity, Infinity, NaN])("%p is outside the scale", (x) => {
    expect(ratingAmount(x, "fit")).toBe(OUT_OF_SCALE);
  });
  // Some Excel desktop builds pass empty cells to `any` matrix parameters as 0, others as null
  // (OfficeDev/office-js #4702, #5262, #1951): 0 is not on the scale, so it means "not filled in".
  test.each([0, -0])("the number %p is an empty cell (office-js #4702, #5262, #1951)", (x) => {
    for (const c of ["demand", "investment", "fit", "local"] as const) expect(ratingAmount(x, c)).toBe(MISSING);
  });
  test("numbers typed as text count as numbers, with a decimal comma too", () => {
    expect(ratingAmount("4", "fit")).toBe(0.75);
    expect(ratingAmount(" 3,5 ", "fit")).toBe(0.625);
    expect(ratingAmount("2.0", "fit")).toBe(0.25);
    expect(ratingAmount("7", "fit")).toBe(OUT_OF_SCALE);
    // Typed, not an empty cell: text "0" is a number off the scale.
    expect(ratingAmount("0", "fit")).toBe(OUT_OF_SCALE);
    expect(ratingAmount("4e0", "fit")).toBe(INVALID_TEXT);
  });
});

describe("ratingAmount: missing and invalid", () => {
  test.each([null, undefined, "", "   ", "\t"])("%j is missing", (v) => {
    expect(ratingAmount(v, "local")).toBe(MISSING);
  });
  test.each(["hooog", "x", "#VALUE!", "hoog!", "mid", "=1+1"])("%j is invalid text", (v) => {
    expect(ratingAmount(v, "local")).toBe(INVALID_TEXT);
  });
  test.each([{}, [], Symbol("s"), () => 1, BigInt(3)])("%p is an invalid type", (v) => {
    expect(ratingAmount(v, "local")).toBe(INVALID_TYPE);
  });
});

test("acceptedSpellings lists every spelling and the scale, per language", () => {
  const nl = acceptedSpellings("demand", "nl");
  for (const s of [...SPELLINGS.high, ...SPELLINGS.medium, ...SPELLINGS.low, ...DEMAND_ONLY_LOW]) expect(nl).toContain(s);
  expect(nl).toContain("1–5");
  expect(acceptedSpellings("fit", "en")).not.toContain("saturated");
  expect(acceptedSpellings("fit", "en")).toContain("or a number 1–5");
});
