/* eslint-disable @typescript-eslint/no-this-alias -- the fake's nested setter objects (format.font.bold = …) need their proxy */
/** Ranges of the fake (see fake-excel.ts): queued writes and loads over the workbook state. */
import { cellAddress, columnLetters, qualified } from "../../../src/core/plan/address";
import type { FakeExcel } from "./fake-excel";
import { applyCalculatedColumns, checkReferences, formulaCell } from "./fake-formulas";
import { parseInput } from "./fake-input";
import type { Box } from "./fake-state";

/** A 2-D array for a range must have the range's shape exactly, or Excel throws InvalidArgument. */
function checkShape(input: unknown[][], b: Box, what: string): void {
  if (!Array.isArray(input) || input.length !== b.rows || input.some((r) => !Array.isArray(r) || r.length !== b.cols)) {
    throw new Error(`InvalidArgument: ${what} of ${input?.length}×${input?.[0]?.length} for a ${b.rows}×${b.cols} range`);
  }
}

/** Properties that exist only after load + sync. */
export function loaded<T extends object>(target: T, fields: Record<string, () => unknown>, fake: FakeExcel): T {
  const values: Record<string, unknown> = {};
  let ready = false;
  fake.respond(() => (ready ? values : null));
  fake.enqueue(() => {
    for (const [k, read] of Object.entries(fields)) values[k] = read();
    ready = true;
  });
  for (const k of Object.keys(fields)) {
    Object.defineProperty(target, k, {
      configurable: true,
      get: () => {
        if (!ready) throw new Error(`PropertyNotLoaded: ${k}`);
        return values[k];
      },
    });
  }
  return target;
}

export class FakeRange {
  constructor(
    private fake: FakeExcel,
    readonly box: () => Box,
  ) {}
  /** values and formulas: Excel parses each as typed input; null leaves a cell as it is. */
  private write(input: unknown[][]): void {
    this.fake.enqueue(() => {
      const b = this.box();
      checkShape(input, b, "values");
      const language = this.fake.options.displayLanguage ?? "nl";
      let formulas = false;
      input.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null) return;
          const cell = parseInput(v, language);
          if (cell.formula !== undefined) {
            checkReferences(cell.formula, this.fake.state);
            formulas = true;
          }
          b.sheet.set(b.top + r, b.left + c, cell.formula !== undefined ? formulaCell(cell.formula, language) : cell);
        }),
      );
      if (formulas) applyCalculatedColumns(this.fake.state, b, language);
    }, input);
  }
  set values(v: unknown[][]) {
    this.write(v);
  }
  set formulas(v: unknown[][]) {
    this.write(v);
  }
  set numberFormat(v: unknown[][]) {
    this.fake.enqueue(() => {
      const b = this.box();
      checkShape(v, b, "numberFormat");
      for (let r = 0; r < b.rows; r++) for (let c = 0; c < b.cols; c++) if (v[r][c] !== null) b.sheet.numberFormats.set(`${b.top + r},${b.left + c}`, String(v[r][c]));
    }, v);
  }
  /** Merges the range's cells; Excel keeps the top-left value and refuses a merge across a table. */
  merge(across = false): void {
    this.fake.enqueue(() => {
      const b = this.box();
      if (across) throw new Error("fake: merge(true) not modelled");
      for (const t of this.fake.state.tables) {
        const overlaps = t.sheet === b.sheet && t.left < b.left + b.cols && b.left < t.left + t.width && t.top < b.top + b.rows && b.top < t.top + t.bodyRows + 1;
        if (overlaps) throw new Error(`InvalidOperation: cannot merge cells in table ${t.name}`);
      }
      for (let r = 0; r < b.rows; r++) for (let c = 0; c < b.cols; c++) if (r > 0 || c > 0) b.sheet.set(b.top + r, b.left + c, undefined);
      b.sheet.merged.push(`${b.top},${b.left}:${b.rows}x${b.cols}`);
    });
  }
  get format() {
    const self = this;
    return {
      set columnWidth(w: number) {
        self.fake.enqueue(() => {
          const b = self.box();
          for (let c = 0; c < b.cols; c++) b.sheet.widths.set(b.left + c, w);
        });
      },
      set wrapText(on: boolean) {
        self.fake.enqueue(() => {
          const b = self.box();
          for (let c = 0; c < b.cols; c++) if (on) b.sheet.wrapped.add(b.left + c);
        });
      },
      set verticalAlignment(_v: string) {
        self.fake.enqueue(() => void self.box());
      },
      set rowHeight(h: number) {
        self.fake.enqueue(() => {
          const b = self.box();
          for (let r = 0; r < b.rows; r++) b.sheet.heights.set(b.top + r, h);
        });
      },
      font: {
        set bold(on: boolean) {
          self.fake.enqueue(() => {
            const b = self.box();
            if (on) b.sheet.bold.add(`${b.top},${b.left}`);
          });
        },
      },
    };
  }
  get dataValidation() {
    const self = this;
    return {
      set rule(rule: unknown) {
        self.fake.enqueue(() => {
          const b = self.box();
          b.sheet.validations.push({ address: addressOf(b), rule });
        }, rule);
      },
      set errorAlert(alert: unknown) {
        self.fake.enqueue(() => {
          const b = self.box();
          const v = b.sheet.validations[b.sheet.validations.length - 1];
          if (v) v.alert = alert;
        }, alert);
      },
    };
  }
  get conditionalFormats() {
    const self = this;
    return {
      add(type: string) {
        const record: { address: string; type: string; text?: string; fill?: string } = { address: "", type };
        self.fake.enqueue(() => {
          const b = self.box();
          record.address = addressOf(b);
          b.sheet.conditionalFormats.push(record);
        });
        return {
          textComparison: {
            format: {
              fill: {
                set color(c: string) {
                  self.fake.enqueue(() => (record.fill = c));
                },
              },
              font: { set color(_c: string) {} },
            },
            set rule(r: { text: string }) {
              self.fake.enqueue(() => (record.text = r.text));
            },
          },
        };
      },
    };
  }
  getCell(r: number, c: number): FakeRange {
    return new FakeRange(this.fake, () => {
      const b = this.box();
      return { sheet: b.sheet, top: b.top + r, left: b.left + c, rows: 1, cols: 1 };
    });
  }
  /** One whole row of the range (0-based). */
  getRow(r: number): FakeRange {
    return new FakeRange(this.fake, () => {
      const b = this.box();
      return { sheet: b.sheet, top: b.top + r, left: b.left, rows: 1, cols: b.cols };
    });
  }
  /** The rectangular overlap of two ranges; Excel fails when there is none. */
  getIntersection(other: FakeRange): FakeRange {
    return new FakeRange(this.fake, () => {
      const a = this.box();
      const b = other.box();
      const top = Math.max(a.top, b.top);
      const left = Math.max(a.left, b.left);
      const rows = Math.min(a.top + a.rows, b.top + b.rows) - top;
      const cols = Math.min(a.left + a.cols, b.left + b.cols) - left;
      if (a.sheet !== b.sheet || rows < 1 || cols < 1) throw new Error("ItemNotFound: the ranges do not intersect");
      return { sheet: a.sheet, top, left, rows, cols };
    });
  }
  getOffsetRange(r: number, c: number): FakeRange {
    return new FakeRange(this.fake, () => {
      const b = this.box();
      return { ...b, top: b.top + r, left: b.left + c };
    });
  }
  getResizedRange(dr: number, dc: number): FakeRange {
    return new FakeRange(this.fake, () => {
      const b = this.box();
      if (b.rows + dr < 1 || b.cols + dc < 1) throw new Error("InvalidArgument: resize");
      return { ...b, rows: b.rows + dr, cols: b.cols + dc };
    });
  }
  /** Loads the named properties only (all four without an argument), as Office.js does. */
  load(properties?: string): this {
    const all: Record<string, () => unknown> = {
      values: () => {
        const b = this.box();
        return Array.from({ length: b.rows }, (_, r) => Array.from({ length: b.cols }, (_, c) => b.sheet.get(b.top + r, b.left + c)?.value ?? ""));
      },
      address: () => addressOf(this.box()),
      rowCount: () => this.box().rows,
      columnCount: () => this.box().cols,
    };
    const names = properties === undefined ? Object.keys(all) : properties.split(",").map((p) => p.trim());
    for (const n of names) if (!(n in all)) throw new Error(`fake: range property ${n} is not modelled`);
    loaded(this, Object.fromEntries(names.map((n) => [n, all[n]])), this.fake);
    return this;
  }
  select(): void {
    this.fake.enqueue(() => {
      const b = this.box();
      this.fake.state.selection = { sheet: b.sheet.name, address: addressOf(b).split("!")[1] };
    });
  }
}

export function addressOf(b: Box): string {
  const start = cellAddress(b.top, b.left);
  const end = `${columnLetters(b.left + b.cols - 1)}${b.top + b.rows}`;
  return qualified(b.sheet.name, b.rows === 1 && b.cols === 1 ? start : `${start}:${end}`);
}

