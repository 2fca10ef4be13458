import { DatasetSchema, parseDataset, REPORT, type Dataset } from "../../../src/core/dataset";
import { analystOpportunity as analystRow } from "../../support/analyst-row";

const clone = (): Dataset => structuredClone(REPORT);

/** Parses a broken variant and returns the issue messages with paths, for exact assertions. */
function issues(broken: unknown): string[] {
  const result = parseDataset(broken);
  return result.ok ? [] : result.issues;
}

describe("the dataset schema", () => {
  it("accepts the bundled report", () => {
    expect(issues(REPORT)).toEqual([]);
    expect(DatasetSchema.parse(REPORT)).toEqual(REPORT);
  });

  it("rejects a text without its English rendering", () => {
    const d = clone() as unknown as { trends: Array<{ title: Record<string, string> }> };
    delete d.trends[0].title.en;
    expect(issues(d)).toEqual([expect.stringMatching(/^trends\.0\.title\.en: /)]);
  });

  it("rejects an empty or blank translation", () => {
    const d = clone();
    d.threats[2].description.en = "   ";
    expect(issues(d)).toEqual([expect.stringMatching(/^threats\.2\.description\.en: /)]);
  });

  it("rejects duplicate ids, also when they differ only in case or separators", () => {
    const d = clone();
    d.trends[1].id = "1";
    expect(issues(d)).toEqual(['trends.1.id: duplicate id "1"']);

    const f = clone();
    f.keyFigures[1].id = "care-budget-share";
    expect(issues(f)).toEqual(['keyFigures.1.id: duplicate id "care-budget-share"']);

    const o = clone();
    o.opportunities.push({ ...analystRow(), id: "a1" }, analystRow());
    expect(issues(o)).toEqual(['opportunities.6.id: duplicate id "A1"']);
  });

  it("rejects unknown keys at every level", () => {
    expect(issues({ ...clone(), extra: 1 })).toHaveLength(1);
    const item = clone() as unknown as { threats: Array<Record<string, unknown>> };
    item.threats[0].severity = "high";
    expect(issues(item)).toHaveLength(1);
    const text = clone() as unknown as { opportunities: Array<{ title: Record<string, string> }> };
    text.opportunities[0].title.fr = "Injections sociales";
    expect(issues(text)).toHaveLength(1);
  });

  it("rejects a potential that is not a level code", () => {
    const d = clone() as unknown as { opportunities: Array<{ potential: string }> };
    d.opportunities[0].potential = "Hoog";
    expect(issues(d)).toEqual([expect.stringMatching(/^opportunities\.0\.potential: /)]);
  });

  it("rejects a report row without origin and an analyst row that cites a slide", () => {
    const d = clone() as unknown as { opportunities: Array<Record<string, unknown>> };
    delete d.opportunities[0].origin;
    expect(issues(d).length).toBeGreaterThan(0);
    const a = clone();
    a.opportunities.push({ ...analystRow(), provenance: { slide: "Inschatting van opportuniteiten" } } as never);
    expect(issues(a).length).toBeGreaterThan(0);
  });

  it("accepts analyst opportunities from another domain", () => {
    const d = clone();
    d.opportunities.push(analystRow());
    expect(issues(d)).toEqual([]);
  });

  it("rejects an unknown domain and an undeclared sector", () => {
    const d = clone() as unknown as { trends: Array<{ domain: string }> };
    d.trends[0].domain = "zorg";
    expect(issues(d)).toEqual([expect.stringMatching(/^trends\.0\.domain: /)]);
    const s = clone();
    s.threats[0].sector = "bouw";
    expect(issues(s)).toEqual(['threats.0.sector: sector "bouw" is not declared in sectors']);
  });

  it("rejects provenance that names a slide or section not among the headings", () => {
    const d = clone();
    d.trends[0].provenance.slide = "Een andere dia";
    d.threats[0].provenance.section = "Een ander paneel";
    expect(issues(d)).toEqual([
      'trends.0.provenance.slide: slide "Een andere dia" is not in headings',
      'threats.0.provenance.section: section "Een ander paneel" is not in headings',
    ]);
  });

  it("keeps figure values honest: shares are fractions, counts whole, a trend has no number", () => {
    const share = clone();
    share.keyFigures[0].value = 27;
    expect(issues(share)).toEqual([expect.stringMatching(/^keyFigures\.0\.value: a share is a fraction/)]);
    const count = clone();
    count.keyFigures[6].value = 46000.5;
    expect(issues(count)).toEqual([expect.stringMatching(/^keyFigures\.6\.value: a count is a whole number/)]);
    const qualitative = clone();
    qualitative.keyFigures[4].value = 1;
    expect(issues(qualitative)).toEqual([expect.stringMatching(/^keyFigures\.4\.value: /)]);
  });

  it("requires schemaVersion 1 and a semver dataset version", () => {
    expect(issues({ ...clone(), schemaVersion: 2 })).toHaveLength(1);
    expect(issues({ ...clone(), version: "1.0" })).toHaveLength(1);
    expect(issues({ ...clone(), version: "1.1.0-beta.1" })).toEqual([]);
  });

  it("rejects a potential rule with a level defined twice", () => {
    const d = clone();
    d.potentialRule.levels[2].level = "high";
    expect(issues(d)).toEqual(["potentialRule.levels: each potential level is defined once"]);
  });
});
