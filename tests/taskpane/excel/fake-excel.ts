/* eslint-disable @typescript-eslint/no-this-alias -- the fake's nested setter objects (format.font.bold = …) need their proxy */
/**
 * A small, honest in-memory Excel for the writer's tests: commands are queued on proxies and run
 * only at context.sync (as in Office.js), loaded properties are readable only after a sync, cells
 * really hold values and formulas, tables really have headers and rows, and input is parsed the
 * way Excel parses typed input (fake-input.ts). Formulas follow Excel's rules for function names
 * per display language, table references and calculated columns (fake-formulas.ts). It counts
 * syncs and the bytes of each request and response, can fail a chosen sync, and can leave a sync
 * pending forever (as Excel on the web can under heavy recalculation, office-js #6678, #4805).
 *
 * Like Excel on the web it refuses a sync whose request or response is over 5 MB (options
 * `requestLimit` / `responseLimit`): the response is the UTF-8 JSON of exactly the properties that
 * were loaded (range.load("rowCount") returns the count, not the values), so a reader that asks
 * for too much at once fails here as it would there.
 */
import { cellAddress, parseTopLeft } from "../../../src/core/plan/address";
import { formulaCell } from "./fake-formulas";
import type { DisplayLanguage } from "./fake-input";
import { FakeSettings } from "./fake-identity";
import { FakeRange, loaded } from "./fake-range";
import { FakeTables } from "./fake-tables";
import { SheetState, WorkbookState, type Box } from "./fake-state";

export { parseInput, type DisplayLanguage } from "./fake-input";
export { registeredFunctions } from "./fake-formulas";
export { SheetState, TableState, WorkbookState, type Box, type CellState, type Value } from "./fake-state";
export { FakeRange, addressOf, loaded } from "./fake-range";
export { FakeTable } from "./fake-tables";

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
  /**
   * Syncs that never answer: their commands run (the workbook changes) but the promise stays
   * pending, as a request under heavy recalculation can (office-js #6678, #4805).
   */
  hangOnSync?: (n: number) => boolean;
  /** Excel's display language: which function names resolve and how typed strings are read (default nl). */
  displayLanguage?: DisplayLanguage;
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
    if (this.options.hangOnSync?.(this.syncs)) return new Promise<void>(() => {});
    const responseBytes = responses.reduce((n, r) => n + Buffer.byteLength(JSON.stringify(r() ?? null), "utf8"), 0);
    this.responseBytes.push(responseBytes);
    // The commands ran (a read has no side effects), but the answer does not reach the add-in.
    if (responseBytes > (this.options.responseLimit ?? FAKE_PAYLOAD_LIMIT)) throw new PayloadError("ResponsePayloadSizeLimitExceeded", responseBytes);
  }

  /** The workbook opened in an Excel of another display language: every formula resolves anew. */
  reopen(displayLanguage: DisplayLanguage): void {
    this.options = { ...this.options, displayLanguage };
    for (const sheet of this.state.sheets) {
      for (const [key, cell] of sheet.cells) if (cell.formula !== undefined) sheet.cells.set(key, formulaCell(cell.formula, displayLanguage));
    }
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
  /** workbook.settings (./fake-identity.ts). */
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

export class FakeWorksheet {
  constructor(
    private fake: FakeExcel,
    private resolve: () => SheetState,
  ) {}
  freezePanes = {
    freezeRows: (n: number) => this.fake.enqueue(() => (this.resolve().frozenRows = n)),
  };
  get pageLayout() {
    const set = (key: keyof SheetState["print"], v: unknown) => this.fake.enqueue(() => Object.assign(this.resolve().print, { [key]: v }));
    const setFooter = (key: "leftFooter" | "rightFooter", v: string) => {
      // Excel refuses a header or footer over 255 characters.
      if (v.length > 255) throw new Error(`InvalidArgument: ${key} longer than 255 characters`);
      set(key, v);
    };
    return {
      set orientation(v: string) {
        set("orientation", v);
      },
      set paperSize(v: string) {
        set("paperSize", v);
      },
      set zoom(v: unknown) {
        set("zoom", v);
      },
      setPrintTitleRows: (rows: string) => set("titleRows", rows),
      headersFooters: {
        defaultForAllPages: {
          set leftFooter(v: string) {
            setFooter("leftFooter", v);
          },
          set rightFooter(v: string) {
            setFooter("rightFooter", v);
          },
        },
      },
    };
  }
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

