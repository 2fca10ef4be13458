import { displayFormula, functionName, invariantFormula, ratingArg } from "../../src/core/formula-text";
import nl from "../../src/core/translations/nl.json";

describe("formula text", () => {
  const call = { fn: "POTENTIAL" as const, args: ["3,5", "hoog", "2", "laag"].map(ratingArg) };

  test("written form: English names, commas, decimal point, numbers unquoted", () => {
    expect(invariantFormula(call)).toBe('=SE.POTENTIAL(3.5,"hoog",2,"laag")');
  });

  test("Dutch display: the Dutch name from the translations, semicolons and a decimal comma", () => {
    expect(displayFormula(call, "nl")).toBe(`=SE.${nl.functions.POTENTIAL.name}(3,5;"hoog";2;"laag")`);
    expect(displayFormula(call, "nl")).toBe('=SE.POTENTIEEL(3,5;"hoog";2;"laag")');
    expect(displayFormula(call, "en")).toBe('=SE.POTENTIAL(3.5,"hoog",2,"laag")');
  });

  test("every function has its Dutch name", () => {
    expect(functionName("OPPORTUNITY", "nl")).toBe("SE.OPPORTUNITEIT");
    expect(functionName("FIGURE", "nl")).toBe("SE.KENGETAL");
    expect(functionName("FIGURE", "en")).toBe("SE.FIGURE");
  });

  test("text that only looks like a number, and quotes, stay text for the function to judge", () => {
    expect(ratingArg("4.000")).toBe("4.000");
    expect(ratingArg("1.234,5")).toBe("1.234,5");
    expect(invariantFormula({ fn: "TREND", args: [1, 'a"b'] })).toBe('=SE.TREND(1,"a""b")');
    expect(invariantFormula({ fn: "SCORE", args: [{ ref: "[@Vraag]" }, { ref: "C5" }] })).toBe("=SE.SCORE([@Vraag],C5)");
  });
});
