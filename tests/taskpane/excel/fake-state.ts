/** The fake's workbook: sheets with cells, tables over them (see fake-excel.ts). */
export type Value = string | number | boolean | null;
export interface CellState {
  value: Value;
  formula?: string;
  /** An error value (#N/A, #NAME? …): range.values reads it back as its text, but it is no text. */
  error?: boolean;
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
  /**
   * Rows hidden by a filter or by hand (0-based). Writing over them is refused (./fake-range.ts):
   * real Excel then misplaces the values (office-js #224).
   */
  hiddenRows = new Set<number>();
  wrapped = new Set<number>();
  heights = new Map<number, number>();
  merged: string[] = [];
  /** What worksheet.pageLayout was given (ExcelApi 1.9). */
  print: { orientation?: string; paperSize?: string; zoom?: unknown; titleRows?: string; leftFooter?: string; rightFooter?: string } = {};
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
  /** Calculated columns: column index → the formula Excel fills into every row of that column. */
  calculated = new Map<number, string>();
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
  /**
   * Everything the fake models, for "same workbook" comparisons: cells and formulas, tables by
   * name with their place, style, calculated columns and column ids, formats, validation, fills,
   * charts, frozen rows, page layout and the workbook settings (the identity record).
   */
  everything(): unknown {
    const sorted = <T>(m: Map<T, unknown> | Set<T>) => [...m.entries()].map(([k, v]) => [String(k), v]).sort();
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        cells: [...s.cells.entries()].sort(),
        frozenRows: s.frozenRows,
        charts: s.charts,
        conditionalFormats: s.conditionalFormats,
        validations: s.validations,
        widths: sorted(s.widths),
        numberFormats: sorted(s.numberFormats),
        bold: sorted(s.bold),
        wrapped: sorted(s.wrapped),
        heights: sorted(s.heights),
        merged: [...s.merged].sort(),
        hiddenRows: [...s.hiddenRows].sort(),
        print: s.print,
      })),
      tables: this.tables
        .map((t) => ({ name: t.name, sheet: t.sheet.name, top: t.top, left: t.left, width: t.width, rows: t.bodyRows, style: t.style, calculated: sorted(t.calculated), columnIds: t.columnIds }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      settings: sorted(this.settings),
      active: this.active,
    };
  }

  /**
   * Everything an analyst could have typed, and the workbook settings (the identity record the next
   * import relies on), for before/after comparisons.
   */
  dump(): unknown {
    return {
      sheets: this.sheets.map((s) => ({ name: s.name, cells: [...s.cells.entries()].sort() })),
      tables: this.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, top: t.top, left: t.left, width: t.width, rows: t.bodyRows })),
      settings: [...this.settings.entries()].map(([k, v]) => [k, JSON.stringify(v)]).sort(),
    };
  }
}

