import fc from "fast-check";
import { REPORT } from "../../../src/core/dataset";
import type { Language } from "../../../src/core/language";
import {
  estimateStepBytes,
  freeSheetName,
  mergePlan,
  packBatches,
  sameCell,
  type SnapshotTable,
  type WorkbookSnapshot,
  type WriteOp,
} from "../../../src/core/merge";
import { buildPlan, TABLE_NAMES, type Cell, type PlanTable, type WorkbookPlan } from "../../../src/core/plan";
import { IDENTITY_VERSION, type TableRecord } from "../../../src/core/workbook";

const DATE = "2025-05-01";
const plans: Record<Language, WorkbookPlan> = {
  nl: buildPlan(REPORT, { language: "nl", importDate: DATE, parts: ["opportunities"] }),
  en: buildPlan(REPORT, { language: "en", importDate: DATE, parts: ["opportunities"] }),
};
const plannedTable = (lang: Language): PlanTable => plans[lang].sheets[0].tables[0];

/** The opportunities table as a first import leaves it (formula cells read back as results). */
function asWritten(lang: Language = "nl"): SnapshotTable {
  const t = plannedTable(lang);
  return {
    name: t.name,
    sheet: plans[lang].sheets[0].name,
    row: 0,
    col: 0,
    headers: t.columns.map((c) => c.header),
    // Excel's TableColumn ids of the table as created.
    columnIds: t.columns.map((_, i) => i + 1),
    rows: t.rows.map((r) => t.columns.map((c) => (c.kind === "formula" ? "Hoog" : (r.cells[c.key] ?? "")))),
  };
}
/** What the first import recorded of the table: its columns (ids bound) and report rows. */
function recorded(lang: Language = "nl"): TableRecord {
  const t = plannedTable(lang);
  return { columns: t.columns.map((c, index) => ({ key: c.key, header: c.header, index, id: index + 1 })), reportRows: t.rows.map((r) => r.id.toLowerCase()) };
}
/** A workbook holding `tables`, each recorded as the add-in wrote it. */
const snapshot = (...tables: SnapshotTable[]): WorkbookSnapshot => ({
  sheets: tables.map((t) => ({ name: t.sheet })),
  tables,
  identity: { version: IDENTITY_VERSION, tables: Object.fromEntries(tables.map((t) => [t.name, recorded()])) },
});
const written = (steps: { ops: WriteOp[] }[]) => ops(steps).filter((o) => o.kind !== "recordIdentity");
const ops = (steps: { ops: WriteOp[] }[]) => steps.flatMap((s) => s.ops);

describe("mergePlan", () => {
  it("creates everything in an empty workbook", () => {
    const { steps, summary } = mergePlan(plans, "nl", { sheets: [], tables: [] });
    expect(summary).toMatchObject({ added: 5, updated: 0, conflicts: 0, sheetsCreated: ["Opportuniteiten"] });
    expect(ops(steps).map((o) => o.kind)).toEqual(expect.arrayContaining(["addSheet", "addTable", "setFormulas", "formatColumn", "freezeRows"]));
    const add = ops(steps).find((o) => o.kind === "addTable")!;
    expect(add).toMatchObject({ address: "A1:P6", name: TABLE_NAMES.opportunities });
    // Report ids would read as numbers: they go with Excel's text marker.
    expect(add.kind === "addTable" && add.values[1][0]).toBe("'1");
  });

  it("changes nothing when the workbook already matches", () => {
    const { steps, summary } = mergePlan(plans, "nl", snapshot(asWritten()));
    expect(steps).toEqual([]);
    expect(summary).toMatchObject({ added: 0, updated: 0, conflicts: 0 });
    expect(summary.details.join("\n")).toMatch(/al bij/);
  });

  it("matches columns by header, not position, and leaves extra analyst columns blank", () => {
    const t = asWritten();
    const order = [...t.headers.keys()].reverse();
    const reordered: SnapshotTable = {
      ...t,
      headers: [...order.map((i) => t.headers[i]), "Mijn kolom"],
      columnIds: [...order.map((i) => t.columnIds![i]), 99],
      rows: t.rows.slice(0, 4).map((r) => [...order.map((i) => r[i]), "x"]),
    };
    const { steps, summary } = mergePlan(plans, "nl", snapshot(reordered));
    expect(summary).toMatchObject({ added: 1, updated: 0, conflicts: 0 });
    const append = written(steps).find((o) => o.kind === "appendRows")!;
    if (append.kind !== "appendRows") throw new Error();
    const row = append.values[0];
    expect(row[reordered.headers.indexOf("Id")]).toBe("'5");
    // null leaves the cell to Excel: an analyst's or our calculated column fills it ("" would clear it).
    expect(row[reordered.headers.indexOf("Mijn kolom")]).toBeNull();
    expect(row[reordered.headers.indexOf("Potentieel")]).toBeNull();
    expect(ops(steps).filter((o) => o.kind === "setFormulas").map((o) => (o.kind === "setFormulas" ? o.startRow : -1))).toEqual([4, 4, 4]);
  });

  it("updates only report cells, and counts differing analyst cells as conflicts", () => {
    const t = asWritten();
    const rows = t.rows.map((r) => [...r]);
    rows[0][t.headers.indexOf("Titel")] = "oud";
    rows[0][t.headers.indexOf("Vraag")] = "laag";
    rows[1][t.headers.indexOf("Notities")] = "mijn notitie";
    const { steps, summary } = mergePlan(plans, "nl", snapshot({ ...t, rows }));
    expect(summary).toMatchObject({ updated: 1, added: 0, conflicts: 2 });
    expect(written(steps)).toEqual([{ kind: "updateCells", table: TABLE_NAMES.opportunities, column: "Titel", startRow: 0, values: [[`'${REPORT.opportunities[0].title.nl}`]] }]);
    expect(summary.details.join("\n")).toContain("'Opportuniteiten'!F2 (Vraag)");
  });

  it("leaves alone and reports what it cannot match safely", () => {
    const t = asWritten();
    // The id column deleted: rows cannot be matched.
    const noId = { ...t, headers: t.headers.slice(1), columnIds: t.columnIds!.slice(1), rows: t.rows.map((r) => r.slice(1)) };
    expect(mergePlan(plans, "nl", snapshot(noId))).toMatchObject({ steps: [], summary: { conflicts: 1 } });
    const rows = t.rows.map((r) => [...r]);
    rows[2][t.headers.indexOf("Herkomst")] = "analist";
    rows.push([...rows[0]]);
    const r = mergePlan(plans, "nl", snapshot({ ...t, rows }));
    expect(r.steps).toEqual([]);
    expect(r.summary.conflicts).toBe(2);
    expect(r.summary.details.join("\n")).toMatch(/id "1" staat er meer dan eens[\s\S]*id "3" van het rapport staat op een rij van de analist/);
  });

  it("gives our sheet a free name when the name is taken, and finds a renamed sheet by its table", () => {
    const taken = mergePlan(plans, "nl", { sheets: [{ name: "opportuniteiten" }], tables: [] });
    expect(taken.summary.sheetsRenamed).toEqual([{ wanted: "Opportuniteiten", used: "Opportuniteiten (2)" }]);
    expect(written(taken.steps)[0]).toEqual({ kind: "addSheet", sheet: "Opportuniteiten (2)" });
    const renamed = mergePlan(plans, "nl", { ...snapshot({ ...asWritten(), sheet: "Kansen" }), sheets: [{ name: "Opportuniteiten" }, { name: "Kansen" }] });
    expect(renamed.steps).toEqual([]);
    expect(freeSheetName("Trends", new Set(["trends", "trends (2)"]))).toBe("Trends (3)");
    expect(freeSheetName("X".repeat(31), new Set(["x".repeat(31)]))).toHaveLength(31);
  });

  it("compares cells as an analyst reads them", () => {
    expect(sameCell(1, "1")).toBe(true);
    expect(sameCell(null, "")).toBe(true);
    expect(sameCell("Hoog", "hoog")).toBe(false);
  });

  it("never writes analyst cells, never duplicates or reorders rows (property)", () => {
    const cell: fc.Arbitrary<Cell> = fc.oneof(fc.constantFrom("hoog", "laag", "", "x", null), fc.integer({ min: 0, max: 9 }), fc.string({ maxLength: 8 }));
    fc.assert(
      fc.property(
        fc.array(fc.record({ row: fc.nat(4), column: fc.nat(14), value: cell }), { maxLength: 15 }),
        // Analyst rows, also under report ids, with any origin word.
        fc.array(fc.record({ id: fc.constantFrom("A1", "A2", "7", "a1", "3", "5"), origin: fc.constantFrom("analist", "rapport", "", "eigen") }), { maxLength: 4 }),
        fc.subarray([0, 1, 2, 3, 4]),
        fc.constantFrom("nl" as const, "en" as const),
        (edits, added, deleted, language) => {
          const t = asWritten();
          let rows: Cell[][] = t.rows.map((r) => [...r]);
          for (const e of edits) if (e.column !== 0) rows[e.row][e.column] = e.value;
          rows = rows.filter((_, i) => !deleted.includes(i));
          for (const a of added) rows.push(t.headers.map((h) => (h === "Id" ? a.id : h === "Herkomst" ? a.origin : "z")));
          const snap = { ...t, rows };
          const { steps } = mergePlan(plans, language, snapshot(snap));
          const analystHeaders = plannedTable("nl").columns.filter((c) => c.owner === "analyst").map((c) => c.header);
          const present = new Set(rows.map((r) => String(r[0]).toLowerCase()));
          let appended = 0;
          for (const op of ops(steps)) {
            expect(["updateCells", "appendRows", "setFormulas", "recordIdentity"]).toContain(op.kind);
            if (op.kind === "updateCells") {
              expect(analystHeaders).not.toContain(op.column);
              for (let k = 0; k < op.values.length; k++) expect(rows[op.startRow + k][t.headers.indexOf("Herkomst")]).not.toBe("analist");
            }
            if (op.kind === "appendRows") {
              for (const r of op.values) {
                const id = String(r[0]).replace(/^'/, "").toLowerCase();
                expect(present.has(id)).toBe(false);
                present.add(id);
                appended++;
              }
            }
            if (op.kind === "setFormulas") expect(op.startRow).toBeGreaterThanOrEqual(rows.length);
          }
          expect(appended).toBeLessThanOrEqual(deleted.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("batches", () => {
  it("packs steps in order under the limit and never splits a step", () => {
    const step = (n: number) => ({ label: String(n), ops: [{ kind: "appendRows" as const, table: "T", values: [["x".repeat(n)]] }] });
    const steps = [step(1000), step(3000), step(500), step(4000)];
    const batches = packBatches(steps, 6000);
    expect(batches.flatMap((b) => b.steps)).toEqual(steps);
    for (const b of batches) expect(b.bytes).toBe(b.steps.reduce((s, x) => s + estimateStepBytes(x), 0));
    expect(batches.map((b) => b.steps.map((s) => s.label))).toEqual([["1000", "3000"], ["500"], ["4000"]]);
  });
});
