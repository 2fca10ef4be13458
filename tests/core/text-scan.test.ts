/**
 * The scanners replace regular expressions that lookups and the schema used to run on cell text;
 * each is checked against the pattern it replaces, on generated text rich in the characters the
 * pattern cares about.
 */
import fc from "fast-check";
import { hasNonSpace, isIdText, isSectorCode, skipSpacesAndDashes, toIdText, toSectorCodeText, underscoreKey, wholeNumberDigits } from "../../src/core/text-scan";

const ALPHABET = ["0", "1", "9", ".", ",", "-", " ", "\t", "\u00a0", "\u3000", "\u200b", "\ufeff", "a", "Z", "_", "é", "÷", "x", "T"];
const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 12 }).map((cs) => cs.join(""));
const any = fc.oneof(text, fc.string(), fc.string({ unit: "binary" }));

test("wholeNumberDigits is /^0*(\\d+)(?:[.,]0+)?$/", () => {
  fc.assert(
    fc.property(any, (s) => {
      const m = /^0*(\d+)(?:[.,]0+)?$/.exec(s);
      expect(wholeNumberDigits(s)).toBe(m ? m[1] : null);
    }),
    { numRuns: 3000 },
  );
  expect(wholeNumberDigits("000")).toBe("0");
  expect(wholeNumberDigits("007,00")).toBe("7");
  expect(wholeNumberDigits("1.")).toBeNull();
});

test("skipSpacesAndDashes is the length of /^[\\s-]+/", () => {
  fc.assert(
    fc.property(any, fc.nat(4), (s, n) => {
      const from = Math.min(n, s.length);
      expect(skipSpacesAndDashes(s, from)).toBe(from + (/^[\s-]+/.exec(s.slice(from))?.[0].length ?? 0));
    }),
    { numRuns: 3000 },
  );
});

test("underscoreKey is trim, lower case and /[\\s-]+/g → _", () => {
  fc.assert(
    fc.property(any, (s) => expect(underscoreKey(s)).toBe(s.trim().toLowerCase().replace(/[\s-]+/g, "_"))),
    { numRuns: 3000 },
  );
});

test("hasNonSpace, isIdText and isSectorCode are the schema's former patterns", () => {
  fc.assert(
    fc.property(any, (s) => {
      expect(hasNonSpace(s)).toBe(/\S/.test(s));
      expect(isIdText(s)).toBe(/^[A-Za-z0-9_.-]+$/.test(s));
      expect(isSectorCode(s)).toBe(/^[a-z0-9à-ÿ][a-z0-9à-ÿ _-]*$/.test(s));
    }),
    { numRuns: 5000 },
  );
});

test("toIdText and toSectorCodeText are the export's former patterns, and give what the checks accept", () => {
  fc.assert(
    fc.property(any, (s) => {
      const id = toIdText(s);
      expect(id).toBe(s.replace(/[^A-Za-z0-9_.-]+/g, "_").replace(/^_+|_+$/g, ""));
      expect(id === "" || isIdText(id)).toBe(true);
      const lower = s.toLowerCase();
      const sector = toSectorCodeText(lower);
      expect(sector).toBe(lower.replace(/[^a-z0-9à-ÿ _-]/g, "-").replace(/^[^a-z0-9à-ÿ]+/, ""));
      expect(sector === "" || isSectorCode(sector)).toBe(true);
    }),
    { numRuns: 5000 },
  );
  expect(toIdText("  a b!!c_ ")).toBe("a_b_c");
  expect(toSectorCodeText("--zorg & welzijn")).toBe("zorg - welzijn");
});
