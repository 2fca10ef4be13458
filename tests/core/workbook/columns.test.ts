import { bindCreated, IDENTITY_VERSION, locateByIdentity, parseIdentity, ratingIssues, readColumns, serializeIdentity, type SnapshotTable, type TableRecord } from "../../../src/core/workbook";

const record: TableRecord = {
  columns: [
    { key: "id", header: "Id", index: 0, id: 1 },
    { key: "title", header: "Titel", index: 1, id: 2 },
    { key: "demand", header: "Vraag", index: 2, id: 3 },
  ],
  reportRows: ["1"],
};
const table = (headers: string[], columnIds: number[], rows: unknown[][] = []): SnapshotTable => ({ name: "SE_Opportunities", sheet: "S", row: 0, col: 0, headers, columnIds, rows: rows as never });

describe("the column locator", () => {
  it("finds recorded columns by Excel's id, through renames and moves, and never a look-alike header", () => {
    const t = table(["Demand", "Vraag (mijn)", "Title", "Id", "Titel2"], [9, 3, 8, 1, 2]);
    const at = locateByIdentity(t, record.columns);
    expect(Object.fromEntries(at.indexOf)).toEqual({ id: 3, title: 4, demand: 1 });
    expect(at.keyAt).toEqual([undefined, "demand", undefined, "id", "title"]);
    expect(at.record.map((c) => [c.key, c.header, c.index])).toEqual([["id", "Id", 3], ["title", "Titel2", 4], ["demand", "Vraag (mijn)", 1]]);
  });

  it("is unsure of a renamed column whose old name another column now has, and forgets a deleted one", () => {
    const at = locateByIdentity(table(["Id", "Titel (NL)", "Titel"], [1, 2, 7]), record.columns);
    expect(at.indexOf.has("title")).toBe(false);
    expect(at.lost).toEqual([{ key: "title", header: "Titel", reason: "unsure" }, { key: "demand", header: "Vraag", reason: "deleted" }]);
    expect(at.record.map((c) => c.key)).toEqual(["id", "title"]);
  });

  it("takes a column not yet bound to an id only where, and as, it was written", () => {
    const unbound: TableRecord = { ...record, columns: record.columns.map(({ id: _id, ...c }) => c) };
    expect(Object.fromEntries(locateByIdentity(table(["Id", "Titel", "Vraag"], [4, 5, 6]), unbound.columns).indexOf)).toEqual({ id: 0, title: 1, demand: 2 });
    const shifted = locateByIdentity(table(["Id", "Title", "Titel", "Vraag"], [4, 9, 5, 6]), unbound.columns);
    expect(Object.fromEntries(shifted.indexOf)).toEqual({ id: 0 });
    const bound = bindCreated({ version: IDENTITY_VERSION, tables: { T: unbound } }, [{ name: "T", columns: [{ id: 11, index: 0, name: "Id" }, { id: 12, index: 1, name: "Titel" }, { id: 13, index: 2, name: "Vraag" }] }]);
    expect(bound.tables.T.columns.map((c) => c.id)).toEqual([11, 12, 13]);
  });

  it("reads by header in either language where nothing is recorded, the table's language first", () => {
    const t = table(["Id", "Title", "Titel", "Vraag"], [1, 2, 3, 4]);
    expect(Object.fromEntries(readColumns(t, undefined, ["id", "title", "demand"]).indexOf)).toEqual({ id: 0, title: 2, demand: 3 });
  });

  it("validates the recorded criterion column, not an analyst column under the criterion's English name", () => {
    const t = table(["Id", "Titel", "Vraag", "Demand"], [1, 2, 3, 4], [["1", "x", "hoog", "not a rating"]]);
    expect(ratingIssues(t, "en", record)).toEqual([]);
    const wrong = table(["Id", "Titel", "Vraag", "Demand"], [1, 2, 3, 4], [["1", "x", "enorm", "hoog"]]);
    expect(ratingIssues(wrong, "en", record).map((i) => i.address)).toEqual(["'S'!C2"]);
  });

  it("reads a malformed record as none (so nothing is overwritten), one broken table as unknown", () => {
    for (const bad of [undefined, "", "{", "[]", JSON.stringify({ version: 2, tables: {} }), JSON.stringify({ version: 1, tables: [] })]) expect(parseIdentity(bad)).toBeNull();
    const dup = { columns: [{ key: "id", header: "Id", index: 0, id: 1 }, { key: "title", header: "Titel", index: 1, id: 1 }], reportRows: [] };
    const parsed = parseIdentity(JSON.stringify({ version: 1, tables: { A: record, B: dup, C: { columns: "x" } } }));
    expect(Object.keys(parsed!.tables)).toEqual(["A"]);
    expect(parseIdentity(serializeIdentity(parsed!))).toEqual(parsed);
  });
});
