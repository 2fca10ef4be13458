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
  /** Everything an analyst could have typed, for before/after comparisons. */
  dump(): unknown {
    return {
      sheets: this.sheets.map((s) => ({ name: s.name, cells: [...s.cells.entries()].sort() })),
      tables: this.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, top: t.top, left: t.left, width: t.width, rows: t.bodyRows })),
    };
  }
}

