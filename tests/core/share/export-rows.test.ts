/**
 * The export keeps every row: each analyst row of the table is in the shared file, or the export
 * stops and names the rows it cannot take, why, and a free id for each. What it saves always
 * passes the import's own check (checkDatasetJson), also for hostile rows.
 */
import fc from "fast-check";
import { REPORT } from "../../../src/core/dataset";
import type { Cell } from "../../../src/core/plan";
import { checkDatasetJson, datasetJson, exportDataset, exportProblemsMessage } from "../../../src/core/share";
import type { SnapshotTable } from "../../../src/core/workbook";

const HEADERS = ["Id", "Titel", "Vraag", "Herkomst", "Notities"];
const table = (rows: Cell[][]): SnapshotTable => ({ name: "SE_Opportunities", sheet: "Opportuniteiten", row: 0, col: 0, headers: HEADERS, rows });
const EXCEL_MAX = 32_767;

describe("the export keeps every analyst row", () => {
  const hostile: Cell[][] = [
    ["A1", "goed", "hoog", "analist", ""],
    [null, "zonder id", "laag", "analist", "x"],
    ["Zorg 1", "id met spatie", "", "analist", ""],
    ["a1", "zelfde id, andere hoofdletters", "", "analist", ""],
    ["3", "rapport-id op eigen rij", "", "analist", ""],
    [null, null, null, null, null],
  ];

  it("stops before saving and names each row it cannot take, why, and a free id", () => {
    const r = exportDataset(REPORT, table(hostile), { source: "t" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.address, p.kind])).toEqual([
      ["'Opportuniteiten'!A3", "noId"],
      ["'Opportuniteiten'!A4", "badId"],
      ["'Opportuniteiten'!A5", "duplicateId"],
      ["'Opportuniteiten'!A6", "reportIdOnAnalystRow"],
    ]);
    expect(r.problems.map((p) => p.suggestion)).toEqual(["A2", "Zorg_1", "A3", "A4"]);
    const nl = exportProblemsMessage(r.problems, "nl");
    expect(nl).toMatch(/^Niet geëxporteerd: 4 rij\(en\)[\s\S]*'Opportuniteiten'!A4: id "Zorg 1" bevat tekens[\s\S]*bv\. id "Zorg_1"[\s\S]*exporteer opnieuw\.$/);
    expect(exportProblemsMessage(r.problems, "en")).toMatch(/'Opportuniteiten'!A3: has no id — e\.g\. id "A2"/);
  });

  it("with the suggested ids, takes every row that has content, and the file imports again", () => {
    const r = exportDataset(REPORT, table(hostile), { source: "t", useSuggestedIds: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dataset.analystOpportunities!.map((a) => a.id)).toEqual(["A1", "A2", "Zorg_1", "A3", "A4"]);
    expect(r.renamed).toHaveLength(4);
    expect(checkDatasetJson(datasetJson(r.dataset), REPORT, "nl")).toMatchObject({ ok: true, analystRows: 5 });
  });

  it("round-trips notes and titles of Excel's maximum length, odd but valid ids and formula-like text", () => {
    const long = "n".repeat(EXCEL_MAX - 1) + "!";
    const rows: Cell[][] = [
      ["a.b-c_1", "=HYPERLINK(\"x\")", "hoog", "analist", long],
      ["0042", "x".repeat(EXCEL_MAX), 3, "", "+1"],
      ["1", "rapport", "laag", "rapport", long],
    ];
    const r = exportDataset(REPORT, table(rows), { source: "t" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const checked = checkDatasetJson(datasetJson(r.dataset), REPORT, "en");
    expect(checked).toMatchObject({ ok: true, analystRows: 2 });
    if (!checked.ok) return;
    expect(checked.dataset.analystOpportunities!.map((a) => [a.id, a.title.nl])).toEqual([["a.b-c_1", "=HYPERLINK(\"x\")"], ["0042", "x".repeat(EXCEL_MAX)]]);
    expect(checked.dataset.opportunityRatings!.map((x) => [x.id, x.notes?.length ?? 0])).toEqual([["a.b-c_1", EXCEL_MAX], ["0042", 2], ["1", EXCEL_MAX]]);
  });

  it("either exports every row with content, importable again, or names every row it leaves (property)", () => {
    const id = fc.oneof(fc.constantFrom("", "A1", "a1", "Zorg 1", "1", "5", "x.y", "é", " A2 ", "A-3"), fc.string({ maxLength: 6 }));
    const text = fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom("=1+1", "'x", "", null), fc.nat(EXCEL_MAX).map((n) => "z".repeat(n)));
    const row = fc.tuple(id, text, fc.constantFrom("hoog", "", "enorm", 4), fc.constantFrom("analist", "rapport", "", "eigen"), text);
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), (rows) => {
        const cells = rows as Cell[][];
        const withContent = cells.filter((r) => r.some((c) => c !== null && String(c).trim() !== "")).length;
        const r = exportDataset(REPORT, table(cells), { source: "t" });
        if (!r.ok) {
          expect(r.problems.length).toBeGreaterThan(0);
          for (const p of r.problems) expect(p.address).toMatch(/^'Opportuniteiten'!A\d+$/);
          const fixed = exportDataset(REPORT, table(cells), { source: "t", useSuggestedIds: true });
          // Only ids are fixed this way; a row the schema refuses for another reason stays named.
          if (r.problems.every((p) => p.kind !== "invalid")) expect(fixed.ok).toBe(true);
          return;
        }
        const analyst = r.dataset.analystOpportunities ?? [];
        const ratings = r.dataset.opportunityRatings ?? [];
        // Every row with content is there: as an analyst row, or as ratings of a report row.
        const reportIds = new Set(REPORT.opportunities.map((o) => o.id));
        expect(analyst.length + ratings.filter((x) => reportIds.has(x.id)).length).toBeGreaterThanOrEqual(withContent - cells.filter((c) => reportIds.has(String(c[0]).trim())).length);
        expect(checkDatasetJson(datasetJson(r.dataset), REPORT, "nl").ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
