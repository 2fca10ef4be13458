import { REPORT } from "../../../src/core/dataset/report";
import { formatFigureValue, formatScore } from "../../../src/taskpane/ui/format";

const fig = (id: string) => {
  const f = REPORT.keyFigures.find((x) => x.id === id);
  if (!f) throw new Error(id);
  return f;
};

test("shares are percentages with the report's decimals, in each language's notation", () => {
  expect(formatFigureValue(fig("care_employment_share"), "nl")).toBe("14,7%");
  expect(formatFigureValue(fig("care_employment_share"), "en")).toBe("14.7%");
  expect(formatFigureValue(fig("care_budget_share"), "nl")).toBe("27%");
  expect(formatFigureValue(fig("care_budget_share"), "en")).toBe("27%");
});

test("counts are grouped per language and carry their unit", () => {
  expect(formatFigureValue(fig("care_jobs_ten_years"), "nl")).toBe("46.000 jobs");
  expect(formatFigureValue(fig("care_jobs_ten_years"), "en")).toBe("46,000 jobs");
  expect(formatFigureValue(fig("green_departments"), "nl")).toBe("3 departementen");
  expect(formatFigureValue(fig("green_departments"), "en")).toBe("3 departments");
});

test("qualitative figures have no value to format", () => {
  expect(formatFigureValue(fig("green_market_trend"), "nl")).toBeNull();
});

test("every figure of the report formats to the number it printed (same digits)", () => {
  for (const f of REPORT.keyFigures) {
    const shown = formatFigureValue(f, "nl");
    if (f.printed === null) {
      expect(shown).toBeNull();
      continue;
    }
    const digits = (s: string) => s.replace(/\D/g, "");
    expect(digits(shown ?? "")).toBe(digits(f.printed));
  }
});

test("made-up figures: a decimal count and a share without a printed form", () => {
  const base = { unit: null, printed: "2,5" } as const;
  expect(formatFigureValue({ ...base, kind: "count", value: 2.5 }, "nl")).toBe("2,5");
  expect(formatFigureValue({ kind: "share", value: 0.5, printed: null, unit: null }, "en")).toBe("50%");
});

test("scores: at most one decimal", () => {
  expect(formatScore(87.5, "nl")).toBe("87,5");
  expect(formatScore(87.5, "en")).toBe("87.5");
  expect(formatScore(100 / 3, "en")).toBe("33.3");
  expect(formatScore(100, "nl")).toBe("100");
});
