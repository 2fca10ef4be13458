/** Tables of the fake (see fake-excel.ts): creation, rows, columns and their ranges. */
import type { FakeExcel } from "./fake-excel";
import { FakeWorksheet } from "./fake-excel";
import { formulaCell } from "./fake-formulas";
import { parseInput } from "./fake-input";
import { loadColumns } from "./fake-identity";
import { FakeRange, loaded, refuseHiddenRows } from "./fake-range";
import { TableState } from "./fake-state";

export class FakeTables {
  items: FakeTable[] = [];
  constructor(private fake: FakeExcel) {}
  load(): this {
    const holder = loaded({} as { items: FakeTable[] }, { items: () => this.fake.state.tables.map((t) => new FakeTable(this.fake, byName(this.fake, t.name), t.name)) }, this.fake);
    Object.defineProperty(this, "items", { configurable: true, get: () => holder.items });
    return this;
  }
  getItem(name: string): FakeTable {
    return new FakeTable(this.fake, byName(this.fake, name));
  }
  add(source: FakeRange | string, hasHeaders: boolean): FakeTable {
    let created: TableState | undefined;
    this.fake.enqueue(() => {
      const b = typeof source === "string" ? this.fake.resolveRange(source) : source.box();
      if (!hasHeaders) throw new Error("fake: only tables with headers");
      for (const t of this.fake.state.tables) {
        const overlaps = t.sheet === b.sheet && t.left < b.left + b.cols && b.left < t.left + t.width && t.top < b.top + b.rows && b.top < t.top + t.bodyRows + 1;
        if (overlaps) throw new Error(`InvalidArgument: overlaps table ${t.name}`);
      }
      // A table always has a body row: a header-only range gets one empty row below it.
      created = new TableState(`Table${this.fake.state.tables.length + 1}`, b.sheet, b.top, b.left, b.cols, Math.max(1, b.rows - 1));
      this.fake.state.tables.push(created);
    });
    return new FakeTable(this.fake, () => {
      if (!created) throw new Error("ItemNotFound: table not created");
      return created;
    });
  }
}

const byName = (fake: FakeExcel, name: string) => () => fake.state.table(name);

export class FakeTable {
  constructor(
    private fake: FakeExcel,
    private resolve: () => TableState,
    private knownName?: string,
  ) {}
  get name(): string {
    if (this.knownName === undefined) throw new Error("PropertyNotLoaded: name");
    return this.knownName;
  }
  set name(v: string) {
    this.fake.enqueue(() => {
      const t = this.resolve();
      if (this.fake.state.tables.some((x) => x !== t && x.name.toLowerCase() === v.toLowerCase())) throw new Error(`ItemAlreadyExists: table ${v}`);
      t.name = v;
    });
  }
  set style(v: string) {
    this.fake.enqueue(() => (this.resolve().style = v));
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.fake, () => this.resolve().sheet);
  }
  getRange(): FakeRange {
    return new FakeRange(this.fake, () => {
      const t = this.resolve();
      return { sheet: t.sheet, top: t.top, left: t.left, rows: t.bodyRows + 1, cols: t.width };
    });
  }
  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.fake, () => {
      const t = this.resolve();
      return { sheet: t.sheet, top: t.top, left: t.left, rows: 1, cols: t.width };
    });
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.fake, () => {
      const t = this.resolve();
      return { sheet: t.sheet, top: t.top + 1, left: t.left, rows: t.bodyRows, cols: t.width };
    });
  }
  get rows() {
    return {
      add: (_index: number | undefined, values: unknown[][]) => {
        this.fake.enqueue(() => {
          const t = this.resolve();
          if (!Array.isArray(values) || values.some((r) => !Array.isArray(r) || r.length !== t.width)) throw new Error("InvalidArgument: row width");
          // A table with rows hidden by a filter: what rows.add does there is not documented (see refuseHiddenRows).
          refuseHiddenRows({ sheet: t.sheet, top: t.top + 1, left: t.left, rows: t.bodyRows, cols: t.width }, "rows.add on a table");
          const at = t.top + 1 + t.bodyRows;
          const n = values.length;
          // Inserting table rows shifts the cells below the table (in its columns) down.
          const moving = [...t.sheet.cells.entries()]
            .map(([k, v]) => [k.split(",").map(Number), v] as const)
            .filter(([[r, c]]) => r >= at && c >= t.left && c < t.left + t.width)
            .sort((a, b) => b[0][0] - a[0][0]);
          for (const [[r, c], v] of moving) {
            t.sheet.set(r, c, undefined);
            t.sheet.set(r + n, c, v);
          }
          for (const other of this.fake.state.tables) {
            if (other !== t && other.sheet === t.sheet && other.top >= at && other.left >= t.left && other.left < t.left + t.width) other.top += n;
          }
          // null leaves a new cell to Excel: a calculated column fills its formula; "" stays empty.
          const language = this.fake.options.displayLanguage ?? "nl";
          values.forEach((row, r) =>
            row.forEach((v, c) => {
              const formula = t.calculated.get(c);
              if (v === null) t.sheet.set(at + r, t.left + c, formula === undefined ? undefined : formulaCell(formula, language));
              else {
                const cell = parseInput(v, language);
                t.sheet.set(at + r, t.left + c, cell.formula !== undefined ? formulaCell(cell.formula, language) : cell);
              }
            }),
          );
          t.bodyRows += n;
        }, values);
      },
    };
  }
  get columns() {
    return {
      load: () => loadColumns(this.fake, this.resolve),
      getItem: (header: string) => {
        const index = () => {
          const t = this.resolve();
          const i = t.headers().findIndex((h) => h.toLowerCase() === header.toLowerCase());
          if (i < 0) throw new Error(`ItemNotFound: column ${header} in ${t.name}`);
          return { t, i };
        };
        return {
          getDataBodyRange: () =>
            new FakeRange(this.fake, () => {
              const { t, i } = index();
              return { sheet: t.sheet, top: t.top + 1, left: t.left + i, rows: t.bodyRows, cols: 1 };
            }),
          getRange: () =>
            new FakeRange(this.fake, () => {
              const { t, i } = index();
              return { sheet: t.sheet, top: t.top, left: t.left + i, rows: t.bodyRows + 1, cols: 1 };
            }),
        };
      },
    };
  }
}
