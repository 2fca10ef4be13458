import { HEAD_ROWS, learnRowBytes, nextReadGroup, READ_LIMIT, rowBytesEstimate, splitReadGroup, type ReadCursor } from "../../../src/core/requests/read-chunks";
import { WEB_PAYLOAD_LIMIT } from "../../../src/core/requests";

const cursor = (rows: number, rowBytes: number, next = 0): ReadCursor => ({ rows, columns: 16, next, rowBytes });

/** Every group until all is read, advancing the cursors as the reader does. */
function allGroups(cursors: ReadCursor[], limit = READ_LIMIT) {
  const groups = [];
  for (let g = nextReadGroup(cursors, limit); g.length > 0; g = nextReadGroup(cursors, limit)) {
    groups.push(g);
    for (const c of g) cursors[c.table].next = c.start + c.count;
  }
  return groups;
}

describe("read groups", () => {
  it("stays under the read limit, 1 MB under Excel on the web's 5 MB", () => {
    expect(READ_LIMIT).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT - 1024 * 1024);
  });

  it("covers every row once, in order, with groups under the limit", () => {
    const cursors = [cursor(5, 900), cursor(100_000, 300, HEAD_ROWS), cursor(81, 200)];
    const groups = allGroups(cursors);
    for (const g of groups) expect(g.reduce((n, c) => n + c.bytes, 0)).toBeLessThanOrEqual(READ_LIMIT);
    const covered = groups.flat().filter((c) => c.table === 1);
    expect(covered[0].start).toBe(HEAD_ROWS);
    covered.forEach((c, i) => i > 0 && expect(c.start).toBe(covered[i - 1].start + covered[i - 1].count));
    expect(covered.reduce((n, c) => n + c.count, 0)).toBe(100_000 - HEAD_ROWS);
    // Size-driven: 30 MB estimated in 4 MiB groups, not one sync per chunk or per row.
    expect(groups.length).toBeLessThanOrEqual(1 + Math.ceil(((100_000 - HEAD_ROWS) * 300 + 5 * 900 + 81 * 200) / READ_LIMIT));
  });

  it("packs several tables and chunks into one sync while they fit", () => {
    const groups = allGroups([cursor(5_000, 300), cursor(5_000, 300)]);
    expect(groups).toHaveLength(1);
    expect(groups[0].length).toBeGreaterThan(2);
  });

  it("reads a row larger than the limit alone", () => {
    expect(allGroups([cursor(3, READ_LIMIT * 2)]).map((g) => g.map((c) => c.count))).toEqual([[1], [1], [1]]);
  });

  it("splits a refused group into halves, down to one row", () => {
    const [a, b] = splitReadGroup([{ table: 0, start: 10, count: 5, bytes: 500 }])!;
    expect([a, b]).toEqual([[{ table: 0, start: 10, count: 3, bytes: 300 }], [{ table: 0, start: 13, count: 2, bytes: 200 }]]);
    const three = [0, 1, 2].map((table) => ({ table, start: 0, count: 1, bytes: 1 }));
    expect(splitReadGroup(three)!.map((g) => g.length)).toEqual([2, 1]);
    expect(splitReadGroup([{ table: 0, start: 0, count: 1, bytes: 9 }])).toBeUndefined();
  });

  it("estimates rows conservatively and only ever raises the estimate", () => {
    expect(rowBytesEstimate(16)).toBeGreaterThanOrEqual(16 * 64);
    expect(rowBytesEstimate(16, 200 * 100, 100)).toBe(300);
    expect(rowBytesEstimate(16, 10, 100)).toBe(16 * 16);
    const c = cursor(10, 300);
    learnRowBytes(c, 100, 1);
    expect(c.rowBytes).toBe(300);
    learnRowBytes(c, 1_000, 1);
    expect(c.rowBytes).toBe(1_500);
  });
});
