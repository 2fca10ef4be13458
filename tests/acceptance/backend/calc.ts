/**
 * Calculation for the fake workbook, so the acceptance scenarios can check what a formula
 * computes and not only what was written. After every sync, each cell holding a formula that is
 * one call of an add-in function (=SE.NAME(…)) is computed by the add-in's own function code:
 *
 * - the name is looked up in the names Excel registered for its display language, built from the
 *   add-in's metadata (functions.json; functions.nl.json in Dutch Excel, which loads it through
 *   the manifest's override). An unknown name gives #NAME?, as Excel does (office-js #891: a
 *   function added through the API by a name the loaded metadata does not hold is #NAME?).
 * - arguments: text, numbers, TRUE/FALSE, array constants, A1 cells of the same sheet and
 *   this-row structured references ([@Vraag], [@[Rapport potentieel]]).
 * - an empty cell reaches a matrix parameter as `emptyAs` (null, as Excel on the web; some
 *   desktop builds pass 0: office-js #4702, #5262).
 *
 * Built-in functions (IF, COUNTIF, …) are not computed: those cells keep the fake's "#CALC"
 * placeholder, which is no Excel error value.
 *
 * Browser-safe (no fs): the e2e bundle uses it too.
 */
import type { CellState, FakeExcel, SheetState, TableState, Value } from "../../taskpane/excel/fake-excel";

export interface FunctionInfo {
  id: string;
  /** Per parameter: "matrix" or "scalar". */
  dimensionality: ("matrix" | "scalar")[];
}

export interface Registry {
  /** Upper-case full names (SE.POTENTIAL) Excel resolves, per display language. */
  names: Record<"en" | "nl", Record<string, FunctionInfo>>;
}

export type Implementations = Record<string, (...args: unknown[]) => unknown>;

export interface CalcOptions {
  registry: Registry;
  implementations: Implementations;
  displayLanguage: string;
  emptyAs?: null | 0;
  /**
   * Whether this layer decides which names resolve. A fake that resolves names itself (marking an
   * unknown one #NAME? when the formula is written) keeps that decision: this layer then leaves
   * its #NAME? cells alone and computes every other call, by either language's name.
   */
  resolveNames?: boolean;
}

/** Implementations by id from the exported functions and the build's id → name association. */
export function implementationsOf(associate: Record<string, string>, exported: Record<string, unknown>): Implementations {
  return Object.fromEntries(Object.entries(associate).map(([id, name]) => [id, exported[name] as (...args: unknown[]) => unknown]));
}

type Arg = { kind: "value"; value: Value | Value[][] } | { kind: "missing" };

function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === "(" || ch === "[" || ch === "{")) depth++;
    if (!quoted && (ch === ")" || ch === "]" || ch === "}")) depth--;
    if (!quoted && depth === 0 && ch === ",") {
      out.push(current);
      current = "";
    } else current += ch;
  }
  out.push(current);
  return out.map((s) => s.trim());
}

function literal(token: string): Value | undefined {
  if (/^"(?:[^"]|"")*"$/.test(token)) return token.slice(1, -1).replace(/""/g, '"');
  if (/^[+-]?\d+(\.\d+)?(E[+-]?\d+)?$/i.test(token)) return Number(token);
  if (/^(TRUE|FALSE)$/i.test(token)) return token.toUpperCase() === "TRUE";
  return undefined;
}

function tableAt(fake: FakeExcel, sheet: SheetState, row: number, col: number): TableState | undefined {
  return fake.state.tables.find((t) => t.sheet === sheet && row > t.top && row <= t.top + t.bodyRows && col >= t.left && col < t.left + t.width);
}

function unescapeColumn(name: string): string {
  return name.replace(/'(.)/g, "$1");
}

export function installCalculation(fake: FakeExcel, options: CalcOptions): void {
  const resolveNames = options.resolveNames ?? true;
  const names = resolveNames ? options.registry.names[/^nl/i.test(options.displayLanguage) ? "nl" : "en"] : { ...options.registry.names.en, ...options.registry.names.nl };
  const emptyAs = options.emptyAs === undefined ? null : options.emptyAs;
  const read = (cell: CellState | undefined): Value => {
    if (!cell || cell.value === null || cell.value === "") return cell?.formula !== undefined ? "" : emptyAs;
    return cell.value;
  };

  const argument = (token: string, sheet: SheetState, row: number, col: number): Arg | null => {
    if (token === "") return { kind: "missing" };
    const lit = literal(token);
    if (lit !== undefined) return { kind: "value", value: lit };
    const structured = /^\[@(?:\[((?:[^\]']|'.)+)\]|([^[\]]+))\]$/.exec(token);
    if (structured) {
      const header = unescapeColumn(structured[1] ?? structured[2]);
      const table = tableAt(fake, sheet, row, col);
      const c = table?.headers().findIndex((h) => h.toLowerCase() === header.toLowerCase()) ?? -1;
      if (!table || c < 0) return null;
      return { kind: "value", value: read(sheet.get(row, table.left + c)) };
    }
    const array = /^\{(.*)\}$/.exec(token);
    if (array) {
      const rows = array[1].split(";").map((r) => r.split(",").map((x) => literal(x.trim()) ?? null));
      return { kind: "value", value: rows };
    }
    const a1 = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(token);
    if (a1) {
      const c = [...a1[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      return { kind: "value", value: read(sheet.get(Number(a1[2]) - 1, c)) };
    }
    return null;
  };

  const compute = (formula: string, sheet: SheetState, row: number, col: number): Value | undefined => {
    const call = /^=\s*(SE\.[A-Za-z0-9_.]+)\((.*)\)\s*$/s.exec(formula);
    if (!call) return undefined;
    const info = names[call[1].toUpperCase()];
    const implementation = info && options.implementations[info.id];
    if (!info || !implementation) return "#NAME?";
    const args: unknown[] = [];
    const tokens = call[2].trim() === "" ? [] : splitArgs(call[2]);
    for (const [i, token] of tokens.entries()) {
      const arg = argument(token, sheet, row, col);
      if (arg === null) return "#REF!";
      if (arg.kind === "missing") args.push(undefined);
      else if (info.dimensionality[i] === "matrix") args.push(Array.isArray(arg.value) ? arg.value : [[arg.value]]);
      else args.push(Array.isArray(arg.value) ? arg.value[0][0] : arg.value);
    }
    try {
      const result = implementation(...args);
      const first = Array.isArray(result) ? (Array.isArray(result[0]) ? result[0][0] : result[0]) : result;
      return errorCode(first) ?? (first as Value);
    } catch (error) {
      return errorCode(error) ?? "#VALUE!";
    }
  };

  const recalculate = () => {
    for (const sheet of fake.state.sheets) {
      for (const [key, cell] of sheet.cells) {
        if (cell.formula === undefined) continue;
        if (!resolveNames && (cell as { error?: boolean }).error && cell.value === "#NAME?") continue;
        const [row, col] = key.split(",").map(Number);
        const value = compute(cell.formula, sheet, row, col);
        if (value !== undefined) sheet.cells.set(key, { formula: cell.formula, value: value ?? "" });
      }
    }
  };

  const sync = fake.sync.bind(fake);
  fake.sync = async () => {
    try {
      await sync();
    } finally {
      recalculate();
    }
  };
}

function errorCode(value: unknown): string | undefined {
  if (value && typeof value === "object" && "code" in value && typeof (value as { code: unknown }).code === "string") {
    const code = (value as { code: string }).code;
    return code.startsWith("#") ? code : `#${code}`;
  }
  return undefined;
}
