import { levelOf, numberAmount } from "../../src/core/rating";
import { exactRule } from "../../src/core/rule-text";

describe("the exact rule in words", () => {
  test("thresholds are the rating reader's own: 2 is still low, 4 already high, between is medium", () => {
    // The text is rendered from the reader; these checks tie the words to its behaviour at the edges.
    expect(levelOf(numberAmount(2))).toBe("low");
    expect(levelOf(numberAmount(2.01))).toBe("medium");
    expect(levelOf(numberAmount(3.99))).toBe("medium");
    expect(levelOf(numberAmount(4))).toBe("high");
    const demand = exactRule("nl").criteria[0];
    expect(demand).toMatchObject({ favourable: "hoog of x ≥ 4", neutral: "medium of 2 < x < 4", unfavourable: "laag of x ≤ 2", note: null });
  });

  test("investment is reversed and says so in both languages", () => {
    expect(exactRule("nl").criteria[1]).toMatchObject({ note: "laag = gunstig", favourable: "laag of x ≤ 2", unfavourable: "hoog of x ≥ 4" });
    expect(exactRule("en").criteria[1]).toMatchObject({ note: "low is favourable", favourable: "low or x ≤ 2" });
  });

  test("conditions per potential and the consequence the report's wording hides", () => {
    const nl = exactRule("nl");
    expect(nl.levels.map((l) => l.label)).toEqual(["Hoog", "Laag", "Medium"]);
    expect(nl.levels[1].condition).toBe("geen enkel criterium is gunstig en minstens één is ongunstig");
    expect(nl.remark).toContain("Alle vier „hoog” geeft Medium");
    expect(exactRule("en").remark).toContain('"High" on all four gives Medium');
  });

  test("the score formula with the scale's ends, decimal comma in Dutch", () => {
    expect(exactRule("nl").score).toContain("medium 0,5, hoog 1, een getal x als (x − 1) / 4");
    expect(exactRule("en").score).toContain("medium 0.5, high 1, a number x as (x − 1) / 4");
  });
});
