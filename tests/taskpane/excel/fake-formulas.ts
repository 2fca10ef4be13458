/**
 * What Excel does with a formula written through the API, as far as the add-in depends on it:
 *
 * - Custom functions resolve by the names of the metadata file Excel loaded for its display
 *   language; any other name is #NAME? (office-js #891, #6614: the English name written with
 *   range.formulas gives #NAME? in an Excel that loaded translated names). The registry is the
 *   add-in's real metadata, built from the golden functions.json and the translation table by
 *   the build's own code, so the fake knows exactly the names a release registers.
 * - A formula naming a table (or a column of it) that does not exist is refused.
 * - Table columns: a formula written into a table column becomes a calculated column, filled into
 *   every row, when the column holds no other content (office-js #5909); different formulas
 *   written into one column collapse into the bottom-most one (AutoCorrect, office-js #6745, #2093).
 */
import { bilingualMetadata } from "../../../scripts/localize-metadata";
import golden from "../../build/golden/functions.json";
import nlTable from "../../../src/core/translations/nl.json";
import type { DisplayLanguage } from "./fake-input";
import type { Box, CellState, WorkbookState } from "./fake-state";

const NAMESPACE = "SE";

type Metadata = { functions: { id: string; name: string }[] };

let cached: Record<DisplayLanguage, Set<string>> | null = null;

/** The custom function names Excel registers in each display language (with the SE. namespace). */
export function registeredFunctions(): Record<DisplayLanguage, Set<string>> {
  if (cached) return cached;
  const files = bilingualMetadata(golden as Metadata, nlTable, "nl");
  const names = (m: Metadata) => new Set(m.functions.map((f) => `${NAMESPACE}.${f.name}`.toUpperCase()));
  cached = { en: names(files.source), nl: names(files.localized) };
  return cached;
}

/** The formula with its string literals blanked, so names inside quotes are not read as references. */
const code = (formula: string) => formula.replace(/"(?:[^"]|"")*"/g, '""');

/** Throws as Excel does for a reference to a table or table column that does not exist. */
export function checkReferences(formula: string, state: WorkbookState): void {
  const text = code(formula);
  for (const m of text.matchAll(/([A-Za-z_\\][A-Za-z0-9_.]*)\[(\[?)([^\]]*)\]/g)) {
    const table = state.tables.find((t) => t.name.toLowerCase() === m[1].toLowerCase());
    if (!table) throw new Error(`InvalidArgument: the formula refers to table ${m[1]}, which does not exist`);
    const header = m[3].replace(/'(.)/g, "$1");
    if (!m[2] && !header.startsWith("#") && !table.headers().some((h) => h.toLowerCase() === header.toLowerCase())) {
      throw new Error(`InvalidArgument: table ${m[1]} has no column ${header}`);
    }
  }
}

/** The value a formula cell shows: #NAME? when it calls a custom function unknown in this language. */
export function formulaCell(formula: string, language: DisplayLanguage): CellState {
  const known = registeredFunctions()[language];
  for (const m of code(formula).matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\(/g)) {
    const name = m[1].toUpperCase();
    if (name.startsWith(`${NAMESPACE}.`) && !known.has(name)) return { value: "#NAME?", formula, error: true };
  }
  return { value: "#CALC", formula };
}

/**
 * After formulas were written into `box`: each table column of the box that received formulas
 * follows Excel's calculated-column rules.
 */
export function applyCalculatedColumns(state: WorkbookState, box: Box, language: DisplayLanguage): void {
  for (const t of state.tables) {
    if (t.sheet !== box.sheet) continue;
    const top = t.top + 1;
    for (let c = Math.max(box.left, t.left); c < Math.min(box.left + box.cols, t.left + t.width); c++) {
      const rows: number[] = [];
      for (let r = Math.max(box.top, top); r < Math.min(box.top + box.rows, top + t.bodyRows); r++) if (t.sheet.get(r, c)?.formula) rows.push(r);
      if (rows.length === 0) continue;
      const formulas = rows.map((r) => t.sheet.get(r, c)!.formula!);
      const last = formulas[formulas.length - 1];
      const written = new Set(rows);
      const others = Array.from({ length: t.bodyRows }, (_, i) => top + i).filter((r) => !written.has(r));
      const rest = others.map((r) => t.sheet.get(r, c));
      const mixed = new Set(formulas).size > 1;
      const free = rest.every((cell) => cell === undefined || cell.formula === last);
      if (!mixed && !free) continue;
      // One formula (or a collapsed mix) in an otherwise empty column: a calculated column.
      t.calculated.set(c - t.left, last);
      for (let r = top; r < top + t.bodyRows; r++) t.sheet.set(r, c, formulaCell(last, language));
    }
  }
}
