/** What the report holds, item by item, checked against the report's own counts and the reading notes. */
import { REPORT } from "../../../src/core/dataset/report";
import { collapseWhitespace, READING_NOTES } from "./source-text";

const LEVEL_OF_WORD: Record<string, string> = { Hoog: "high", Medium: "medium", Laag: "low" };

/** The reading notes' opportunities table: | # | opportunity | activities | potential |. */
function readingNotesOpportunities(): Array<{ id: string; title: string; activities: string; potential: string }> {
  const section = READING_NOTES.slice(READING_NOTES.indexOf("## Opportunities"));
  return section
    .split("\n")
    .filter((line) => /^\| \d \|/.test(line))
    .map((line) => {
      const [id, title, activities, potential] = line.split("|").slice(1, 5).map((cell) => cell.trim());
      return { id, title, activities, potential };
    });
}

const allItems = () => [
  ...REPORT.keyFigures,
  ...REPORT.trends,
  ...REPORT.impacts,
  ...REPORT.threats,
  ...REPORT.opportunities,
];

describe("the report's items", () => {
  it("has 6 trends, 5 threats, 5 opportunities and 7 key figures with the report's ids", () => {
    expect(REPORT.trends.map((t) => t.id)).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(REPORT.threats.map((t) => t.id)).toEqual(["1", "2", "3", "4", "5"]);
    expect(REPORT.opportunities.map((o) => o.id)).toEqual(["1", "2", "3", "4", "5"]);
    expect(REPORT.keyFigures.map((f) => f.id).sort()).toEqual(
      [
        "care_budget_share",
        "care_employment_share",
        "care_health_spending_gdp",
        "care_jobs_ten_years",
        "green_custom_work_companies",
        "green_departments",
        "green_market_trend",
      ].sort(),
    );
  });

  it("has unique ids per kind", () => {
    for (const list of [REPORT.trends, REPORT.threats, REPORT.opportunities, REPORT.keyFigures, REPORT.impacts]) {
      const ids = list.map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("puts trends 1-4 in the care economy and 5-6 in the green sector", () => {
    expect(REPORT.trends.map((t) => t.sector)).toEqual(["zorg", "zorg", "zorg", "zorg", "groen", "groen"]);
  });

  it("notes that trend 6 is printed as a second 5", () => {
    expect(REPORT.trends[5].provenance.note?.en).toMatch(/'5' a second time/);
    expect(REPORT.trends.slice(0, 5).every((t) => t.provenance.note === undefined)).toBe(true);
  });

  it("has the threats in the report's order with their sectors", () => {
    expect(REPORT.threats.map((t) => [t.title.nl, t.sector])).toEqual([
      ["Zorg: Kostenplaatje en regelgeving", "zorg"],
      ["Zorg: Diplomagerichtheid", "zorg"],
      ["Zorg: Begeleidingsnood", "zorg"],
      ["Groen: fysieke belasting & tempo", "groen"],
      ["Groen: lopende klacht BFG/ABSU", "groen"],
    ]);
  });

  it("gives every item of the extract the societal-needs domain, a declared sector, Dutch and English, and a slide", () => {
    const sectors = new Set(REPORT.sectors.map((s) => s.id));
    for (const item of allItems()) {
      expect(item.domain).toBe("maatschappelijke noden");
      expect(sectors.has(item.sector)).toBe(true);
      if (!("slide" in item.provenance)) throw new Error(`${item.id} has no slide`);
      expect(item.provenance.slide.length).toBeGreaterThan(0);
      const texts = [
        ...("title" in item ? [item.title] : []),
        ...("label" in item ? [item.label] : []),
        ...("description" in item ? [item.description] : []),
        ...("activities" in item ? [item.activities] : []),
        ...("points" in item ? item.points : []),
      ];
      expect(texts.length).toBeGreaterThan(0);
      for (const text of texts) {
        expect(text.nl.trim()).not.toBe("");
        expect(text.en.trim()).not.toBe("");
        // An English rendering identical to the Dutch is a forgotten translation (short codes aside).
        if (text.nl.length > 12) expect(text.en).not.toBe(text.nl);
      }
    }
  });

  it("names the report: title, department, division and publisher", () => {
    expect(REPORT.report.department.nl).toBe("Departement WSE");
    expect(REPORT.report.publisher.nl).toBe("Departement WSE");
    expect(REPORT.report.division.nl).toBe("Afdeling Sociale Economie en Werkbaar Werk");
    expect(REPORT.report.title.nl).toMatch(/^Impact van de strategische trends .* in het bijzonder$/);
    expect(REPORT.schemaVersion).toBe(1);
    expect(REPORT.version).toBe("1.0.0");
  });
});

describe("key figures per the reading notes", () => {
  const byId = new Map(REPORT.keyFigures.map((f) => [f.id, f]));

  it.each([
    ["care_budget_share", 0.27, "zorg"],
    ["care_employment_share", 0.147, "zorg"],
    ["care_health_spending_gdp", 0.106, "zorg"],
    ["green_departments", 3, "groen"],
    ["green_market_trend", null, "groen"],
    ["green_custom_work_companies", 50, "groen"],
    ["care_jobs_ten_years", 46000, "zorg"],
  ])("%s is %p in sector %s", (id, value, sector) => {
    const figure = byId.get(id)!;
    expect(figure.value).toBe(value);
    expect(figure.sector).toBe(sector);
  });

  it("states the market trend in words: producers falling, service providers rising", () => {
    expect(byId.get("green_market_trend")!.label.nl).toBe("Producenten: dalende trend; Dienstverleners: stijgende trend");
  });

  it("records a reading note for every figure placed by the reading notes", () => {
    for (const f of REPORT.keyFigures) {
      if (f.provenance.slide === "Zorgeconomie en groensector zijn belangrijke maatschappelijke sectoren in verandering") {
        expect({ id: f.id, note: f.provenance.note !== undefined }).toEqual({ id: f.id, note: true });
      }
    }
  });
});

describe("opportunities per the reading notes", () => {
  const notes = readingNotesOpportunities();

  it("reads five rows from the reading notes", () => {
    expect(notes.map((n) => n.id)).toEqual(["1", "2", "3", "4", "5"]);
  });

  it("has the report's potential as the reading notes read it (1, 4, 5 high; 2, 3 medium)", () => {
    for (const row of notes) {
      const o = REPORT.opportunities.find((x) => x.id === row.id)!;
      expect({ id: row.id, potential: o.potential }).toEqual({ id: row.id, potential: LEVEL_OF_WORD[row.potential] });
    }
    expect(REPORT.opportunities.map((o) => o.potential)).toEqual(["high", "medium", "medium", "high", "high"]);
  });

  it("pairs each opportunity with the activities the reading notes give it", () => {
    // The notes drop a trailing full stop and normalise quotes; the dataset keeps the source.
    const loose = (s: string) => collapseWhitespace(s).replace(/\.$/, "");
    for (const row of notes) {
      const o = REPORT.opportunities.find((x) => x.id === row.id)!;
      expect(loose(o.activities.nl)).toBe(loose(row.activities));
    }
  });

  it("are report rows in the care economy, each noting the potential reading", () => {
    for (const o of REPORT.opportunities) {
      expect(o.origin).toBe("report");
      expect(o.sector).toBe("zorg");
      expect(o.provenance.note?.nl).toMatch(/leesnotities/);
    }
  });
});

describe("the other parts of the extract", () => {
  it("has the impact per sector with the named care references", () => {
    const care = REPORT.impacts.find((i) => i.sector === "zorg")!;
    expect(care.references.map((r) => r.nl)).toEqual(["IN.Z + CM", "Vzw Elmer", "Proeftuinen zorg (Deloitte/TwInsight)"]);
    expect(care.points.map((p) => p.nl)).toContain("46000 jobs in de zorgeconomie de komende tien jaar");
    const green = REPORT.impacts.find((i) => i.sector === "groen")!;
    expect(green.headline?.nl).toBe("Groeiende sector ≠ gelijke groei in tewerkstelling");
    expect(green.points.map((p) => p.nl)).toContain("Duurzame tewerkstelling van kansengroepen in de groensector");
  });

  it("has the overall assessment in two paragraphs", () => {
    expect(REPORT.assessments).toHaveLength(1);
    expect(REPORT.assessments[0].paragraphs).toHaveLength(2);
    expect(REPORT.assessments[0].paragraphs[1].nl).toMatch(/^Anderzijds bieden industriële ontwikkelingen/);
  });

  it("has the potential rule: four criteria, high and low with a condition per criterion, medium as a mix", () => {
    const rule = REPORT.potentialRule;
    expect(rule.criteria.map((c) => c.id)).toEqual(["demand", "investment", "fit", "local"]);
    expect(rule.levels.map((l) => l.level)).toEqual(["high", "low", "medium"]);
    for (const level of rule.levels.filter((l) => l.level !== "medium")) {
      expect(level.conditions.map((c) => c.criterion)).toEqual(["demand", "investment", "fit", "local"]);
    }
    expect(rule.levels[2].definition.nl).toMatch(/mix is van criteria uit hoog en laag potentieel$/);
  });
});
