/* eslint-disable @typescript-eslint/no-this-alias -- the fake's nested setter objects (format.font.bold = …) need their proxy */
/**
 * A small, honest in-memory Excel for the writer's tests: commands are queued on proxies and run
 * only at context.sync (as in Office.js), loaded properties are readable only after a sync, cells
 * really hold values and formulas, tables really have headers and rows, and input is parsed the
 * way Excel parses typed input (a leading = makes a formula, a leading ' makes text). It counts
 * syncs and the bytes of each request and response, and can fail a chosen sync.
 *
 * Like Excel on the web it refuses a sync whose request or response is over 5 MB (options
 * `requestLimit` / `responseLimit`): the response is the UTF-8 JSON of exactly the properties that
 * were loaded (range.load("rowCount") returns the count, not the values), so a reader that asks
 * for too much at once fails here as it would there.
 */
import { cellAddress, columnLetters, parseTopLeft, qualified } from "../../../src/core/plan/address";
import { FakeSettings, loadColumns } from "./fake-identity";

export type Value = string | number | boolean | null;
export interface CellState {
  value: Value;
  formula?: string;
}

export class SheetState {
  cells = new Map<string, CellState>();
  frozenRows = 0;
  charts: { name: string; title: string; from: string; to: string; source: string }[] = [];
  conditionalFormats: { address: string; type: string; text?: string; fill?: string }[] = [];
  validations: { address: string; rule: unknown; alert?: unknown }[] = [];
  widths = new Map<number, number>();
  numberFormats = new Map<string, string>();
  bold = new Set<string>();
  wrapped = new Set<number>();
  constructor(public name: string) {}
  get(r: number, c: number): CellState | undefined {
    return this.cells.get(`${r},${c}`);
  }
  set(r: number, c: number, cell: CellState | undefined): void {
    if (cell === undefined || (cell.value === null && cell.formula === undefined)) this.cells.delete(`${r},${c}`);
    else this.cells.set(`${r},${c}`, cell);
  }
}

export class TableState {
  constructor(
    public name: string,
    public sheet: SheetState,
    public top: number,
    public left: number,
    public width: number,
    public bodyRows: number,
    public style = "",
  ) {}
  /** Excel's TableColumn ids in column order (./fake-identity.ts). */
  columnIds: number[] = Array.from({ length: this.width }, (_, i) => i + 1);
  nextColumnId = this.width + 1;
  headers(): string[] {
    return Array.from({ length: this.width }, (_, c) => String(this.sheet.get(this.top, this.left + c)?.value ?? ""));
  }
}

export interface Box {
  sheet: SheetState;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

export class WorkbookState {
  sheets: SheetState[] = [];
  tables: TableState[] = [];
  selection: { sheet: string; address: string } | null = null;
  active: string | null = null;
  calcSuspensions = 0;
  screenSuspensions = 0;
  recalcs = 0;
  /** workbook.settings, by key (./fake-identity.ts). */
  settings = new Map<string, unknown>();

  sheet(name: string): SheetState {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new Error(`ItemNotFound: worksheet ${name}`);
    return s;
  }
  table(name: string): TableState {
    const t = this.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!t) throw new Error(`ItemNotFound: table ${name}`);
    return t;
  }
  /** Values of a table body as Excel returns them. */
  body(name: string): Value[][] {
    const t = this.table(name);
    return Array.from({ length: t.bodyRows }, (_, r) => Array.from({ length: t.width }, (_, c) => t.sheet.get(t.top + 1 + r, t.left + c)?.value ?? ""));
  }
  formulas(name: string): (string | Value)[][] {
    const t = this.table(name);
    return Array.from({ length: t.bodyRows }, (_, r) =>
      Array.from({ length: t.width }, (_, c) => {
        const cell = t.sheet.get(t.top + 1 + r, t.left + c);
        return cell?.formula ?? cell?.value ?? "";
      }),
    );
  }
  /** Everything an analyst could have typed, for before/after comparisons. */
  dump(): unknown {
    return {
      sheets: this.sheets.map((s) => ({ name: s.name, cells: [...s.cells.entries()].sort() })),
      tables: this.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, top: t.top, left: t.left, width: t.width, rows: t.bodyRows })),
    };
  }
}

/** Excel's reading of typed input: what a cell becomes when given this value. */
export function parseInput(input: unknown, asFormula: boolean): CellState {
  if (input === null || input === undefined || input === "") return { value: null };
  if (typeof input === "number" || typeof input === "boolean") return { value: input };
  const s = String(input);
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (s.startsWith("=")) return { value: "#CALC", formula: s };
  // Pessimistic where Excel's reading is not pinned down, so an unguarded writer is caught: a tab
  // or CR before a formula character (the CSV-injection forms) and a full-width ＝ ＋ － ＠ (East
  // Asian Excel converts full-width input) are taken as formulas here. A leading space is not:
  // Excel keeps " =1+1" as the text it is.
  if (/^[\t\r]+[=+\-@＝＋－＠]|^[＝＋－＠]/.test(s)) return { value: "#CALC", formula: `=${s.replace(/^[\t\r]*[=+\-@＝＋－＠]/, "")}` };
  if (/^[+-]?\d+(\.\d+)?$/.test(s.trim())) return { value: Number(s) };
  if (/^\d{4}-\d{2}-\d{2}$/.test(s.trim())) return { value: 45000 };
  if (/^(true|false)$/i.test(s.trim())) return { value: s.trim().toLowerCase() === "true" };
  // Excel turns +x, -x and @x into formulas as the user types them.
  if (/^[+\-@]/.test(s)) return { value: "#CALC", formula: `=${s.replace(/^@/, "")}` };
  void asFormula;
  return { value: s };
}

type Command = () => void;

export interface FakeOptions {
  failOnSync?: (n: number) => boolean;
  /**
   * A failing sync first runs this share (0–1) of its queued commands, as Excel does: a request is
   * not a transaction, and what ran before the failing command stays in the workbook.
   */
  failAfterShare?: number;
  /** Bytes a request may have (default 5 MiB, as Excel on the web); larger fails before it runs. */
  requestLimit?: number;
  /** Bytes a response may have (default 5 MiB, as Excel on the web); larger fails the sync. */
  responseLimit?: number;
}

/** Excel on the web's payload limit for requests and responses. */
export const FAKE_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** An error shaped like Office.js's RichApi.Error for a payload over the limit. */
export class PayloadError extends Error {
  constructor(
    readonly code: "RequestPayloadSizeLimitExceeded" | "ResponsePayloadSizeLimitExceeded",
    bytes: number,
  ) {
    super(`RichApi.Error: The ${code.startsWith("Request") ? "request" : "response"} payload size has exceeded the limit (${bytes} bytes).`);
    this.name = "RichApi.Error";
  }
}

export class FakeExcel {
  state = new WorkbookState();
  syncs = 0;
  /** For tests that number the syncs of one import from here. */
  syncsAtStart = 0;
  requestBytes: number[] = [];
  responseBytes: number[] = [];
  /** Every command ever queued (writes and loads), to prove that nothing was even attempted. */
  commands = 0;
  private queue: Command[] = [];
  private pendingBytes = 0;
  private responses: (() => unknown)[] = [];
  options: FakeOptions = {};

  context(): Excel.RequestContext {
    return new FakeContext(this) as unknown as Excel.RequestContext;
  }

  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const result = await batch(this.context());
    // Excel.run syncs what is left queued when the batch returns.
    if (this.queue.length > 0) await this.sync();
    return result;
  };

  enqueue(command: Command, payload: unknown = null): void {
    this.queue.push(command);
    this.commands++;
    this.pendingBytes += 120 + (payload === null ? 0 : JSON.stringify(payload).length);
  }

  respond(read: () => unknown): void {
    this.responses.push(read);
  }

  async sync(): Promise<void> {
    this.syncs++;
    const queue = this.queue;
    const responses = this.responses;
    const requestBytes = this.pendingBytes;
    this.requestBytes.push(requestBytes);
    this.queue = [];
    this.responses = [];
    this.pendingBytes = 0;
    await Promise.resolve();
    if (requestBytes > (this.options.requestLimit ?? FAKE_PAYLOAD_LIMIT)) throw new PayloadError("RequestPayloadSizeLimitExceeded", requestBytes);
    if (this.options.failOnSync?.(this.syncs)) {
      const ran = Math.floor(queue.length * (this.options.failAfterShare ?? 0));
      for (const command of queue.slice(0, ran)) command();
      throw new Error(`RichApi.Error: simulated failure of sync ${this.syncs}`);
    }
    for (const command of queue) command();
    const responseBytes = responses.reduce((n, r) => n + Buffer.byteLength(JSON.stringify(r() ?? null), "utf8"), 0);
    this.responseBytes.push(responseBytes);
    // The commands ran (a read has no side effects), but the answer does not reach the add-in.
    if (responseBytes > (this.options.responseLimit ?? FAKE_PAYLOAD_LIMIT)) throw new PayloadError("ResponsePayloadSizeLimitExceeded", responseBytes);
  }

  resolveRange(spec: string | Box, sheet?: SheetState): Box {
    if (typeof spec !== "string") return spec;
    const m = /^(?:(?:'((?:[^']|'')+)'|([^'!]+))!)?([A-Z]+\d+)(?::([A-Z]+\d+))?$/.exec(spec);
    if (!m) throw new Error(`InvalidArgument: address ${spec}`);
    const s = m[1] || m[2] ? this.state.sheet((m[1] ?? m[2]).replace(/''/g, "'")) : sheet;
    if (!s) throw new Error("InvalidArgument: no sheet");
    const a = parseTopLeft(m[3])!;
    const b = m[4] ? parseTopLeft(m[4])! : a;
    return { sheet: s, top: a.row, left: a.col, rows: b.row - a.row + 1, cols: b.col - a.col + 1 };
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

class FakeContext {
  workbook: FakeWorkbook;
  constructor(private fake: FakeExcel) {
    this.workbook = new FakeWorkbook(fake);
  }
  sync(): Promise<void> {
    return this.fake.sync();
  }
}

export class FakeWorkbook {
  worksheets: FakeWorksheets;
  tables: FakeTables;
  application: FakeApplication;
  settings: FakeSettings;
  constructor(fake: FakeExcel) {
    this.settings = new FakeSettings(fake);
    this.worksheets = new FakeWorksheets(fake);
    this.tables = new FakeTables(fake);
    this.application = new FakeApplication(fake);
  }
}

class FakeApplication {
  constructor(private fake: FakeExcel) {}
  suspendApiCalculationUntilNextSync(): void {
    this.fake.enqueue(() => this.fake.state.calcSuspensions++);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.fake.enqueue(() => this.fake.state.screenSuspensions++);
  }
  calculate(): void {
    this.fake.enqueue(() => this.fake.state.recalcs++);
  }
}

class FakeWorksheets {
  items: { name: string }[] = [];
  constructor(private fake: FakeExcel) {}
  load(): this {
    const holder = loaded({} as { items: { name: string }[] }, { items: () => this.fake.state.sheets.map((s) => ({ name: s.name })) }, this.fake);
    Object.defineProperty(this, "items", { configurable: true, get: () => holder.items });
    return this;
  }
  add(name: string): FakeWorksheet {
    this.fake.enqueue(() => {
      if (this.fake.state.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: ${name}`);
      this.fake.state.sheets.push(new SheetState(name));
    });
    return new FakeWorksheet(this.fake, () => this.fake.state.sheet(name));
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.fake, () => this.fake.state.sheet(name));
  }
}

class FakeWorksheet {
  constructor(
    private fake: FakeExcel,
    private resolve: () => SheetState,
  ) {}
  freezePanes = {
    freezeRows: (n: number) => this.fake.enqueue(() => (this.resolve().frozenRows = n)),
  };
  charts = {
    add: (_type: string, source: FakeRange, _seriesBy: string) => {
      const chart = { name: "Chart", title: { text: "" }, from: "", to: "" };
      let index = -1;
      this.fake.enqueue(() => {
        const sheet = this.resolve();
        const box = source.box();
        index = sheet.charts.push({ name: chart.name, title: "", from: "", to: "", source: `${box.sheet.name}!${cellAddress(box.top, box.left)}` }) - 1;
      });
      const self = this;
      return {
        set name(v: string) {
          self.fake.enqueue(() => (self.resolve().charts[index].name = v));
        },
        title: {
          set text(v: string) {
            self.fake.enqueue(() => (self.resolve().charts[index].title = v));
          },
        },
        setPosition(from: string, to: string) {
          self.fake.enqueue(() => Object.assign(self.resolve().charts[index], { from, to }));
        },
      };
    },
  };
  load(): this {
    loaded(this, { name: () => this.resolve().name }, this.fake);
    return this;
  }
  getRange(address: string): FakeRange {
    return new FakeRange(this.fake, () => this.fake.resolveRange(address, this.resolve()));
  }
  activate(): void {
    this.fake.enqueue(() => (this.fake.state.active = this.resolve().name));
  }
}

export class FakeRange {
  constructor(
    private fake: FakeExcel,
    readonly box: () => Box,
  ) {}
  private write(input: unknown[][], asFormula: boolean): void {
    this.fake.enqueue(() => {
      const b = this.box();
      if (input.length !== b.rows || input.some((r) => r.length !== b.cols)) {
        throw new Error(`InvalidArgument: ${input.length}×${input[0]?.length} values for a ${b.rows}×${b.cols} range`);
      }
      input.forEach((row, r) => row.forEach((v, c) => b.sheet.set(b.top + r, b.left + c, parseInput(v, asFormula))));
    }, input);
  }
  set values(v: unknown[][]) {
    this.write(v, false);
  }
  set formulas(v: unknown[][]) {
    this.write(v, true);
  }
  set numberFormat(v: unknown[][]) {
    this.fake.enqueue(() => {
      const b = this.box();
      for (let r = 0; r < b.rows; r++) for (let c = 0; c < b.cols; c++) b.sheet.numberFormats.set(`${b.top + r},${b.left + c}`, String(v[r]?.[c] ?? v[0][0]));
    }, v);
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

class FakeTables {
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
      created = new TableState(`Table${this.fake.state.tables.length + 1}`, b.sheet, b.top, b.left, b.cols, b.rows - 1);
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
          if (values.some((r) => r.length !== t.width)) throw new Error("InvalidArgument: row width");
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
          values.forEach((row, r) => row.forEach((v, c) => t.sheet.set(at + r, t.left + c, parseInput(v, false))));
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
