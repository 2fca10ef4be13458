/**
 * The dataset against the report's text: a test here fails when any Dutch sentence, number,
 * numbering or pairing in src/core/dataset/report.ts drifts from the extract.
 */
import { REPORT } from "../../../src/core/dataset/report";
import type { Dataset } from "../../../src/core/dataset/schema";
import {
  bilingualTexts,
  collapseWhitespace,
  inSource,
  joinHyphenatedLineBreaks,
  SOURCE,
  SOURCE_RAW,
} from "./source-text";

/** Dutch texts not found verbatim in the source; a figure label joins separate source lines with "; ". */
function textsNotInSource(dataset: Dataset, source: string = SOURCE): string[] {
  return bilingualTexts(dataset)
    .flatMap(({ path, nl }) => {
      const parts = /^keyFigures\.\d+\.label$/.test(path) ? nl.split("; ") : [nl];
      return parts.map((part) => ({ path, part }));
    })
    .filter(({ part }) => !inSource(part, source))
    .map(({ path, part }) => `${path}: ${part}`);
}

describe("the source copy", () => {
  it("is the extract of the report (title and department on its first lines)", () => {
    expect(SOURCE.startsWith("Departement WSE – Afdeling Sociale Economie en Werkbaar Werk Impact van de strategische trends")).toBe(true);
  });

  it("joins only hyphenated words at line ends, not a lone dash", () => {
    expect(joinHyphenatedLineBreaks("potentiële burn-\nout in")).toBe("potentiële burn-out in");
    expect(joinHyphenatedLineBreaks("Doorgroei-\ntrajecten")).toBe("Doorgroei-trajecten");
    expect(joinHyphenatedLineBreaks("ZORGSECTOR\n\n-\n• 46000")).toBe("ZORGSECTOR\n\n-\n• 46000");
    expect(SOURCE).toContain("ZORGSECTOR - • 46000");
  });
});

describe("every Dutch text is verbatim in the source", () => {
  it("holds for the whole dataset", () => {
    expect(textsNotInSource(REPORT)).toEqual([]);
  });

  it("covers a meaningful number of texts", () => {
    // Guards against the walker silently skipping parts of the dataset.
    expect(bilingualTexts(REPORT).length).toBeGreaterThan(90);
  });

  it("would catch a changed word", () => {
    const drifted = structuredClone(REPORT);
    drifted.threats[1].description.nl = drifted.threats[1].description.nl.replace("diploma", "diploma's");
    drifted.opportunities[3].title.nl = "'Multi-enclaves' in WZC";
    expect(textsNotInSource(drifted)).toEqual([
      expect.stringMatching(/^threats\.1\.description: /),
      expect.stringMatching(/^opportunities\.3\.title: /),
    ]);
  });

  it("keeps the source's spelling where a reading might normalise it", () => {
    expect(REPORT.opportunities[1].activities.nl).toContain("(bvb. ASP)");
    expect(REPORT.trends[2].points[3].nl).toContain("potentiële burn-out in deze jobs");
    expect(REPORT.opportunities[3].title.nl).toBe("‘multi-enclaves in WZC");
  });
});

describe("structure as printed", () => {
  const printedTrendNumber = (id: string) => (id === "6" ? "5" : id);

  it("has each trend as its printed number, title and bullets in one block", () => {
    for (const trend of REPORT.trends) {
      const block = `${printedTrendNumber(trend.id)}. ${trend.title.nl} • ${trend.points.map((p) => p.nl).join(" • ")}`;
      expect({ id: trend.id, found: inSource(block) }).toEqual({ id: trend.id, found: true });
    }
  });

  it("prints the second green trend as 5, and no trend 6", () => {
    expect(SOURCE).toContain("5. Minder producenten en meer dienstverleners");
    expect(SOURCE).not.toMatch(/\b6\. /);
  });

  it("has each threat's title directly followed by its description", () => {
    for (const threat of REPORT.threats) {
      expect({ id: threat.id, found: inSource(`${threat.title.nl} ${threat.description.nl}`) }).toEqual({ id: threat.id, found: true });
    }
  });

  it("has the threats in the report's order", () => {
    const positions = REPORT.threats.map((t) => SOURCE.indexOf(t.title.nl));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("has each opportunity's title followed by its printed number and its description", () => {
    for (const o of REPORT.opportunities) {
      const block = `${o.title.nl} ${o.id} ${o.description.nl}`;
      expect({ id: o.id, found: inSource(block) }).toEqual({ id: o.id, found: true });
    }
  });

  it("has the impact points and named references in one block per sector", () => {
    for (const impact of REPORT.impacts) {
      const bullets = [...impact.points, ...impact.references].map((p) => p.nl).join(" • ");
      expect({ id: impact.id, found: inSource(`• ${bullets}`) }).toEqual({ id: impact.id, found: true });
    }
  });

  it("has the potential definitions with their conditions in one block per level", () => {
    for (const level of REPORT.potentialRule.levels) {
      const block = [level.definition.nl, ...level.conditions.map((c) => c.text.nl)].join(" • ");
      expect({ level: level.level, found: inSource(block) }).toEqual({ level: level.level, found: true });
    }
  });

  it("has the assessment's paragraphs one after the other", () => {
    for (const a of REPORT.assessments) {
      expect(inSource(a.paragraphs.map((p) => p.nl).join(" "))).toBe(true);
    }
  });

  it("has every provenance slide and section in the source", () => {
    const provenances = [
      ...REPORT.keyFigures,
      ...REPORT.trends,
      ...REPORT.impacts,
      ...REPORT.assessments,
      ...REPORT.threats,
      ...REPORT.opportunities,
      REPORT.potentialRule,
    ].map((item) => item.provenance);
    for (const p of provenances) {
      if (!("slide" in p)) throw new Error("report rows cite a slide");
      expect(SOURCE).toContain(p.slide);
      if (p.section !== undefined) expect(SOURCE).toContain(p.section);
    }
  });
});

describe("key figures", () => {
  /** "14,7%" -> 0.147 and "46000" -> 46000: the reading of a printed number as a cell value. */
  const printedToValue = (printed: string) => {
    const n = Number(printed.replace("%", "").replace(",", "."));
    return printed.endsWith("%") ? n / 100 : n;
  };

  it("prints every number in the source as the dataset says", () => {
    for (const f of REPORT.keyFigures) {
      if (f.printed === null) continue;
      expect({ id: f.id, inRaw: SOURCE_RAW.includes(f.printed) }).toEqual({ id: f.id, inRaw: true });
    }
  });

  it("stores the printed number as a spreadsheet number", () => {
    for (const f of REPORT.keyFigures) {
      if (f.printed === null) {
        expect(f.value).toBeNull();
        continue;
      }
      expect(f.value).toBeCloseTo(printedToValue(f.printed), 10);
    }
  });

  it("has each number in its caption where the slide prints them together", () => {
    for (const f of REPORT.keyFigures) {
      if (f.printed === null || f.id === "care_budget_share") continue;
      expect(collapseWhitespace(f.label.nl)).toContain(f.printed);
    }
  });

  it("names the three departments of the green sector", () => {
    const label = REPORT.keyFigures.find((f) => f.id === "green_departments")!.label.nl;
    for (const dept of ["Landbouw en visserij", "Omgeving", "Mobiliteit & openbare werken"]) expect(label).toContain(dept);
  });
});

describe("everything in the extract is in the dataset", () => {
  // Layout the slides print that carries no content of its own: column and table headers, the
  // potential words (held as codes), the opportunities' printed numbers, a lone dash and "≠".
  const LAYOUT = new Set([
    "Zorgeconomie Groensector",
    "opportuniteit Omschrijving Activiteiten (best practice) Potentieel",
    "Hoog",
    "Medium",
    "-",
    "≠",
    "1",
    "2",
    "3",
    "4",
    "5",
  ]);

  it("finds every line of the source in some Dutch text of the dataset", () => {
    const corpus = [
      ...bilingualTexts(REPORT).map((t) => t.nl),
      ...REPORT.keyFigures.flatMap((f) => (f.printed === null ? [] : [f.printed])),
      `${REPORT.report.department.nl} – ${REPORT.report.division.nl}`,
    ]
      .map(collapseWhitespace)
      .join("\u0000");
    const missing = SOURCE_RAW.split("\n")
      .map((line) => collapseWhitespace(line).replace(/^• /, "").replace(/^\d+\. /, ""))
      .filter((line) => line !== "" && !LAYOUT.has(line))
      .filter((line) => !corpus.includes(line));
    expect(missing).toEqual([]);
  });
});
