/**
 * Where the plan's tables land in a sheet, and the plan's formula templates turned into the
 * formulas an .xlsx file holds. Structured references ([@Vraag], Table[Col]) are not used: Excel
 * stores them in an expanded form, and LibreOffice does not resolve them in tables written by
 * exceljs, so the file uses plain A1 references, which both engines evaluate.
 */
import { CRITERIA, type Criterion } from "../core/criteria";
import { parseLanguage, type Language } from "../core/language";
import { potentialFormula, scoreFormula } from "../core/native";
import { cellAddress, columnLetters, qualified, type PlanSheet, type PlanTable, type WorkbookPlan } from "../core/plan";

export type FormulaMode = "native" | "addin";

export interface Located {
  sheet: PlanSheet;
  table: PlanTable;
}

export function locateTables(plan: WorkbookPlan): Map<string, Located> {
  const out = new Map<string, Located>();
  for (const sheet of plan.sheets) for (const table of sheet.tables) out.set(table.name, { sheet, table });
  return out;
}

export function columnIndex(table: PlanTable, key: string): number {
  return table.columns.findIndex((c) => c.key === key);
}

/** The A1 address of a data cell (row 0 is the first row under the header). */
export function dataCell(table: PlanTable, rowIndex: number, key: string): string {
  const c = columnIndex(table, key);
  if (c < 0) throw new Error(`table ${table.name} has no column "${key}"`);
  return cellAddress(table.row + 1 + rowIndex, table.col + c);
}

/** The absolute range of a column's data cells. */
export function dataRange(table: PlanTable, key: string): string {
  const c = columnIndex(table, key);
  if (c < 0) throw new Error(`table ${table.name} has no column "${key}"`);
  const letters = columnLetters(table.col + c);
  const first = table.row + 2;
  const last = table.row + 1 + Math.max(table.rows.length, 1);
  return `$${letters}$${first}:$${letters}$${last}`;
}

/** The template of a formula cell: the row's own, else the column's. */
export function templateOf(table: PlanTable, rowIndex: number, key: string): string | undefined {
  return table.rows[rowIndex]?.formulas?.[key] ?? table.columns.find((c) => c.key === key)?.formula;
}

/** A call of one of the add-in's scoring functions in a template, with its arguments. */
export interface ScoringCall {
  fn: "POTENTIAL" | "SCORE";
  /** Column keys of the four criteria, in argument order. */
  keys: Record<Criterion, string>;
  language: Language;
}

function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "(" || ch === "{")) depth++;
    else if (!quoted && (ch === ")" || ch === "}")) depth--;
    else if (!quoted && depth === 0 && ch === ",") {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim());
}

/**
 * Reads "=SE.POTENTIAL({@demand},{@investment},{@fit},{@local},"en")" and "=SE.SCORE(…)". Null for
 * any other formula. The plan stays the one place that says which columns are live functions.
 */
export function scoringCall(template: string): ScoringCall | null {
  const m = /^=SE\.(POTENTIAL|SCORE)\((.*)\)$/.exec(template.trim());
  if (!m) return null;
  const args = splitArgs(m[2]);
  if (args.length < 4) return null;
  const keys = {} as Record<Criterion, string>;
  for (let i = 0; i < CRITERIA.length; i++) {
    const own = /^\{@([a-zA-Z]+)\}$/.exec(args[i]);
    if (!own) return null;
    keys[CRITERIA[i]] = own[1];
  }
  let language: Language = "nl";
  if (m[1] === "POTENTIAL" && args.length > 4) {
    const lit = /^"(.*)"$/.exec(args[4]);
    const parsed = lit ? parseLanguage(lit[1]) : null;
    if (parsed === null) return null;
    language = parsed;
  } else if (args.length > 4) {
    // Weights: the native score has equal weights only.
    return null;
  }
  return { fn: m[1] as ScoringCall["fn"], keys, language };
}

/** Replaces {@key} and {Table[key]} by A1 references for one row. */
export function renderA1(template: string, at: Located, rowIndex: number, tables: Map<string, Located>): string {
  return template.replace(/\{(?:@([a-zA-Z]+)|([A-Za-z_]+)\[([a-zA-Z]+)\])\}/g, (_m, own: string, other: string, key: string) => {
    if (own) return dataCell(at.table, rowIndex, own);
    const target = tables.get(other);
    if (!target) throw new Error(`formula refers to unknown table ${other}`);
    const range = dataRange(target.table, key);
    return target.sheet === at.sheet ? range : qualified(target.sheet.name, range);
  });
}

/**
 * The formula (without "=") a cell holds in the file. In native mode SE.POTENTIAL and SE.SCORE
 * become built-in formulas; any other add-in function there is a plan the native writer cannot
 * honour, and it says so rather than writing a formula that shows #NAME?.
 */
export function fileFormula(template: string, at: Located, rowIndex: number, tables: Map<string, Located>, mode: FormulaMode): string {
  const call = scoringCall(template);
  if (mode === "native" && call) {
    const refs = Object.fromEntries(CRITERIA.map((c) => [c, dataCell(at.table, rowIndex, call.keys[c])])) as Record<Criterion, string>;
    if (call.fn === "POTENTIAL") return potentialFormula(refs, call.language);
    const potentialKey = at.table.columns.find((c) => {
      const p = c.formula ? scoringCall(c.formula) : null;
      return p?.fn === "POTENTIAL" && CRITERIA.every((k) => p.keys[k] === call.keys[k]);
    })?.key;
    if (!potentialKey) throw new Error(`table ${at.table.name}: a native SE.SCORE needs an SE.POTENTIAL column over the same criteria`);
    return scoreFormula(refs, dataCell(at.table, rowIndex, potentialKey));
  }
  if (mode === "native" && /\bSE\.[A-Z]+\(/i.test(template)) {
    throw new Error(`table ${at.table.name}: no native equivalent for ${template}`);
  }
  return renderA1(template, at, rowIndex, tables).replace(/^=/, "");
}
