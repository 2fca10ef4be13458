/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-this-alias -- patches reach the fake's private fields at run time, and the load patch keeps its range */
/**
 * What the companion features need from the fake, kept out of fake-excel.ts: the selection,
 * formulas and isNullObject on load, the used range of a range, merged areas, the tables a range
 * overlaps and table columns.add. As unkind as the real thing where the docs say so:
 * - getMergedAreasOrNullObject returns only merged areas whose top-left cell is inside the range
 *   (https://github.com/OfficeDev/office-js/issues/3611, closed as by design);
 * - a merge keeps only its top-left value, the other cells read as "";
 * - a whole-column selection (A:E) is 1,048,576 rows: loading its values is a response far over
 *   the 5 MB limit, so a reader has to narrow it first;
 * - columns.add refuses (here: fails) when the column beside the table is not empty, so a writer
 *   that would push the analyst's cells aside is caught.
 */
import { cellAddress, parseTopLeft } from "../../../src/core/plan/address";
import { FakeExcel, FakeRange, FakeTable, FakeWorkbook, addressOf, loaded, parseInput, type Box, type SheetState } from "./fake-excel";
import { applyCalculatedColumns, formulaCell } from "./fake-formulas";

export const SHEET_ROWS = 1_048_576;

const merges = new WeakMap<SheetState, Box[]>();
/** Tables that show a totals row: one row under the body, inside the table's range, not data. */
const totals = new WeakSet<object>();

/** Turns on a table's totals row (Table.showTotals); the row under the body becomes the totals row. */
export function showTotals(fake: FakeExcel, table: string, label = "Totaal"): void {
  const t = fake.state.table(table);
  totals.add(t);
  t.sheet.set(t.top + 1 + t.bodyRows, t.left, parseInput(label));
}

function fakeOf(x: unknown): FakeExcel {
  return (x as any).fake as FakeExcel;
}

/** A1, A1:B2 or whole columns A:E on a sheet. */
function boxOf(fake: FakeExcel, sheet: string, address: string): Box {
  const cols = /^([A-Z]+):([A-Z]+)$/.exec(address);
  if (cols) {
    const a = parseTopLeft(`${cols[1]}1`)!;
    const b = parseTopLeft(`${cols[2]}1`)!;
    return { sheet: fake.state.sheet(sheet), top: 0, left: a.col, rows: SHEET_ROWS, cols: b.col - a.col + 1 };
  }
  return fake.resolveRange(`'${sheet.replace(/'/g, "''")}'!${address}`);
}

/** Selects a range as the analyst would. */
export function select(fake: FakeExcel, sheet: string, address: string): void {
  fake.state.selection = { sheet, address };
  fake.state.active = sheet;
}

/** Merges cells: only the top-left keeps its value, as in Excel. */
export function merge(fake: FakeExcel, sheet: string, address: string): void {
  const box = boxOf(fake, sheet, address);
  for (let r = 0; r < box.rows; r++) for (let c = 0; c < box.cols; c++) if (r || c) box.sheet.set(box.top + r, box.left + c, undefined);
  merges.set(box.sheet, [...(merges.get(box.sheet) ?? []), box]);
}

/** Writes a grid of typed input at an address (Excel parses each entry). */
export function typeGrid(fake: FakeExcel, sheet: string, topLeft: string, grid: (string | number | null)[][]): void {
  const s = fake.state.sheet(sheet);
  const at = parseTopLeft(topLeft)!;
  const language = fake.options.displayLanguage ?? "nl";
  grid.forEach((row, r) =>
    row.forEach((v, c) => {
      const cell = parseInput(v, language);
      s.set(at.row + r, at.col + c, cell.formula !== undefined ? formulaCell(cell.formula, language) : cell);
    }),
  );
}

function usedBox(box: Box): Box | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [key, cell] of box.sheet.cells) {
    if (cell.value === null && cell.formula === undefined) continue;
    const [r, c] = key.split(",").map(Number);
    if (r < box.top || r >= box.top + box.rows || c < box.left || c >= box.left + box.cols) continue;
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  }
  return bottom < 0 ? null : { sheet: box.sheet, top, left, rows: bottom - top + 1, cols: right - left + 1 };
}

let installed = false;

/** Installs the extensions (idempotent). */
export function installSelectionSupport(): void {
  if (installed) return;
  installed = true;

  (FakeWorkbook.prototype as any).getSelectedRange = function (this: FakeWorkbook) {
    const fake = fakeOf(this.worksheets);
    return new FakeRange(fake, () => {
      const sel = fake.state.selection;
      if (!sel) throw new Error("fake: nothing selected");
      return boxOf(fake, sel.sheet, sel.address);
    });
  };

  const originalLoad = FakeRange.prototype.load;
  FakeRange.prototype.load = function (this: FakeRange, properties?: string) {
    const fake = fakeOf(this);
    const names = properties === undefined ? ["values", "address", "rowCount", "columnCount"] : properties.split(",").map((p) => p.trim());
    const own: string[] = names.filter((n) => n === "formulas" || n === "isNullObject");
    const rest = names.filter((n) => !own.includes(n));
    const isNull = () => {
      try {
        this.box();
        return false;
      } catch {
        return true;
      }
    };
    if (own.length > 0) {
      loaded(
        this,
        Object.fromEntries(
          own.map((n) => [
            n,
            n === "isNullObject"
              ? isNull
              : () => {
                  const b = this.box();
                  return Array.from({ length: b.rows }, (_, r) =>
                    Array.from({ length: b.cols }, (_, c) => {
                      const cell = b.sheet.get(b.top + r, b.left + c);
                      return cell?.formula ?? cell?.value ?? "";
                    }),
                  );
                },
          ]),
        ),
        fake,
      );
      // In Office.js a loaded property can still be set: keep the prototype's setter reachable.
      if (own.includes("formulas")) {
        const getter = Object.getOwnPropertyDescriptor(this, "formulas")!.get!;
        const setter = Object.getOwnPropertyDescriptor(FakeRange.prototype, "formulas")!.set!;
        Object.defineProperty(this, "formulas", { configurable: true, get: getter, set: (v: unknown[][]) => setter.call(this, v) });
      }
    }
    // A null object's other properties read as null rather than failing the whole sync.
    if (rest.length > 0) {
      if (own.includes("isNullObject")) {
        const probe = this;
        const values: Record<string, () => unknown> = {};
        for (const n of rest) {
          values[n] = () => {
            if (isNull()) return null;
            const b = probe.box();
            return n === "address" ? addressOf(b) : n === "rowCount" ? b.rows : n === "columnCount" ? b.cols : originalValues(b);
          };
        }
        loaded(this, values, fake);
      } else {
        originalLoad.call(this, rest.join(","));
      }
    }
    return this;
  };
  function originalValues(b: Box): unknown[][] {
    return Array.from({ length: b.rows }, (_, r) => Array.from({ length: b.cols }, (_, c) => b.sheet.get(b.top + r, b.left + c)?.value ?? ""));
  }

  (FakeRange.prototype as any).getUsedRangeOrNullObject = function (this: FakeRange, valuesOnly?: boolean) {
    void valuesOnly;
    return new FakeRange(fakeOf(this), () => {
      const used = usedBox(this.box());
      if (!used) throw new Error("ItemNotFound: no used cells");
      return used;
    });
  };

  (FakeRange.prototype as any).getMergedAreasOrNullObject = function (this: FakeRange) {
    const fake = fakeOf(this);
    const target: { address?: string | null; isNullObject?: boolean } = {};
    const inside = () => {
      const b = this.box();
      return (merges.get(b.sheet) ?? []).filter((m) => m.top >= b.top && m.top < b.top + b.rows && m.left >= b.left && m.left < b.left + b.cols);
    };
    return {
      load: () => {
        loaded(target, { isNullObject: () => inside().length === 0, address: () => (inside().length === 0 ? null : inside().map(addressOf).join(",")) }, fake);
        return target;
      },
      get isNullObject() {
        return target.isNullObject;
      },
      get address() {
        return target.address;
      },
    };
  };

  (FakeRange.prototype as any).getTables = function (this: FakeRange, fullyContained = false) {
    const fake = fakeOf(this);
    const holder = loaded({} as { items: { name: string }[] }, {
      items: () => {
        const b = this.box();
        return fake.state.tables
          .filter((t) => t.sheet === b.sheet)
          .filter((t) => {
            const tb = { top: t.top, left: t.left, rows: t.bodyRows + 1, cols: t.width };
            const overlap = tb.left < b.left + b.cols && b.left < tb.left + tb.cols && tb.top < b.top + b.rows && b.top < tb.top + tb.rows;
            const inside = tb.top >= b.top && tb.left >= b.left && tb.top + tb.rows <= b.top + b.rows && tb.left + tb.cols <= b.left + b.cols;
            return fullyContained ? inside : overlap;
          })
          .sort((x, y) => x.top - y.top || x.left - y.left)
          .map((t) => ({ name: t.name }));
      },
    }, fake);
    return { load: () => holder, get items() { return holder.items; } };
  };

  // Table.showTotals, and the table's range including its totals row, as in Excel.
  (FakeTable.prototype as any).load = function (this: FakeTable) {
    const resolve = (this as any).resolve as () => import("./fake-excel").TableState;
    return loaded(this as { showTotals?: boolean }, { showTotals: () => totals.has(resolve()) }, fakeOf(this));
  };
  (FakeTable.prototype as any).getRange = function (this: FakeTable) {
    const resolve = (this as any).resolve as () => import("./fake-excel").TableState;
    return new FakeRange(fakeOf(this), () => {
      const t = resolve();
      return { sheet: t.sheet, top: t.top, left: t.left, rows: t.bodyRows + 1 + (totals.has(t) ? 1 : 0), cols: t.width };
    });
  };

  const columnsGetter = Object.getOwnPropertyDescriptor(FakeTable.prototype, "columns")!.get!;
  Object.defineProperty(FakeTable.prototype, "columns", {
    configurable: true,
    get(this: FakeTable) {
      const base = columnsGetter.call(this);
      const fake = fakeOf(this);
      const resolve = (this as any).resolve as () => import("./fake-excel").TableState;
      return {
        ...base,
        add: (index: number | null | undefined, values: unknown[][]) => {
          fake.enqueue(() => {
            const t = resolve();
            if (index !== null && index !== undefined && index !== t.width) throw new Error("fake: only columns added at the end are modelled");
            // The new column spans the table's whole range: header, body and a totals row when shown.
            const cells = t.bodyRows + 1 + (totals.has(t) ? 1 : 0);
            if (values.length !== cells) throw new Error(`InvalidArgument: ${values.length} values for a column of ${cells} cells`);
            const col = t.left + t.width;
            for (let r = 0; r < cells; r++) {
              const cell = t.sheet.get(t.top + r, col);
              if (cell) throw new Error(`fake: columns.add would push ${cellAddress(t.top + r, col)} aside`);
            }
            const language = fake.options.displayLanguage ?? "nl";
            values.forEach((row, r) => {
              const cell = parseInput(row[0], language);
              t.sheet.set(t.top + r, col, cell.formula !== undefined ? formulaCell(cell.formula, language) : cell);
            });
            t.width += 1;
            t.columnIds.push(t.nextColumnId++);
            // One formula down the new column makes it a calculated column, as any formula write does.
            applyCalculatedColumns(fake.state, { sheet: t.sheet, top: t.top + 1, left: col, rows: t.bodyRows, cols: 1 }, language);
          }, values);
        },
      };
    },
  });
}
