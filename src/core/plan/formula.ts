/**
 * The plan's formulas as typed values. A formula column says *what* it computes (a potential, a
 * score, a comparison, a count); renderers turn that into text for one target, and one evaluator
 * (evaluate.ts) computes the same value with the core. Nothing ever parses formula text back.
 *
 * Targets: the pane writes structured references ([@Vraag], Table[Col]) with range.formulas,
 * which takes English function names and "," separators in every Excel language; the .xlsx uses
 * A1 references, either with the add-in's functions or with built-in-only equivalents (native).
 */
import { CRITERIA, type Criterion } from "../criteria";
import type { Language } from "../language";
import { potentialFormula, scoreFormula } from "../native/formulas";

/** Column keys of one row's four criteria, in argument order. */
export type CriteriaKeys = Readonly<Record<Criterion, string>>;

export type Formula =
  /** SE.POTENTIAL over this row's criteria; labels in `language`. */
  | { kind: "potential"; criteria: CriteriaKeys; language: Language }
  /**
   * SE.SCORE over this row's criteria with equal weights. `potential` is the key of the
   * SE.POTENTIAL column over the same criteria: the built-in form takes blanks and errors from it.
   */
  | { kind: "score"; criteria: CriteriaKeys; potential: string }
  /**
   * Compares two cells of this row: `none` when either is empty or an error, else same/differs.
   * With `basis`: when that cell of the row says one of `impliedWhen` (the left side was worked
   * back from the right), an agreement is `implied`, never `same` (it could not have failed).
   * A table without the basis column gets the plain comparison.
   */
  | {
      kind: "comparison";
      left: string;
      right: string;
      words: Readonly<Record<"same" | "differs" | "none", string>>;
      basis?: { key: string; impliedWhen: readonly string[]; implied: string };
    }
  /**
   * How many cells of another table's column hold a word of the level this row's `level` cell
   * names. `groups` lists each level's words (one row per level, one column per language), so
   * the same formula serves every row and a column written in either language is counted.
   */
  | { kind: "levelCount"; table: string; column: string; level: string; groups: readonly (readonly string[])[] };

/**
 * Where a formula's references point. `own` is this row's cell of a column, `column` the data
 * of a column of some table; undefined when that column is absent (the formula is not written).
 */
export interface References {
  own(key: string): string | undefined;
  column(table: string, key: string): string | undefined;
}

/** "addin": SE.POTENTIAL/SE.SCORE; "native": built-in functions only (needs the lookup sheet). */
export type FunctionSet = "addin" | "native";

/** An Excel string literal. */
export function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** An array constant with "," between columns and ";" between rows, as range.formulas and .xlsx take it. */
function arrayConstant(rows: readonly (readonly string[])[]): string {
  return `{${rows.map((r) => r.map(quoted).join(",")).join(";")}}`;
}

/** The tables other than the formula's own that it refers to: they must exist before it is written. */
export function referencedTables(f: Formula): string[] {
  return f.kind === "levelCount" ? [f.table] : [];
}

/** The keys of this row's cells the formula reads. */
export function ownKeys(f: Formula): string[] {
  switch (f.kind) {
    case "potential":
      return CRITERIA.map((c) => f.criteria[c]);
    case "score":
      return [...CRITERIA.map((c) => f.criteria[c]), f.potential];
    case "comparison":
      return [f.left, f.right];
    case "levelCount":
      return [f.level];
  }
}

/**
 * The formula's text without the leading "=", or undefined when a column it refers to is absent
 * (the caller then writes nothing rather than a broken formula).
 */
export function formulaText(f: Formula, refs: References, functions: FunctionSet = "addin"): string | undefined {
  const own: Record<string, string> = {};
  for (const key of ownKeys(f)) {
    const ref = refs.own(key);
    if (ref === undefined) return undefined;
    own[key] = ref;
  }
  switch (f.kind) {
    case "potential": {
      const cells = Object.fromEntries(CRITERIA.map((c) => [c, own[f.criteria[c]]])) as Record<Criterion, string>;
      if (functions === "native") return potentialFormula(cells, f.language);
      return `SE.POTENTIAL(${CRITERIA.map((c) => cells[c]).join(",")}${f.language === "en" ? ',"en"' : ""})`;
    }
    case "score": {
      const cells = Object.fromEntries(CRITERIA.map((c) => [c, own[f.criteria[c]]])) as Record<Criterion, string>;
      if (functions === "native") return scoreFormula(cells, own[f.potential]);
      return `SE.SCORE(${CRITERIA.map((c) => cells[c]).join(",")})`;
    }
    case "comparison": {
      const [l, r] = [own[f.left], own[f.right]];
      const { none, same, differs } = f.words;
      const b = f.basis ? refs.own(f.basis.key) : undefined;
      // Text "=" ignores case in Excel and LibreOffice, as the core's comparison does.
      const agree =
        f.basis && b !== undefined
          ? `IF(OR(${f.basis.impliedWhen.map((w) => `${b}=${quoted(w)}`).join(",")}),${quoted(f.basis.implied)},${quoted(same)})`
          : quoted(same);
      // IFERROR: an incomplete row's #N/A is "not comparable", never an error in the check.
      return `IFERROR(IF(OR(${l}="",${r}=""),${quoted(none)},IF(${l}=${r},${agree},${quoted(differs)})),${quoted(none)})`;
    }
    case "levelCount": {
      const data = refs.column(f.table, f.column);
      if (data === undefined) return undefined;
      const groups = arrayConstant(f.groups);
      const level = own[f.level];
      const width = Math.max(...f.groups.map((g) => g.length));
      // The row of `groups` naming this row's level, looked up in each language's column.
      const find = Array.from({ length: width }, (_, i) => `MATCH(${level},INDEX(${groups},0,${i + 1}),0)`).reduce((acc, m) => `IFERROR(${acc},${m})`);
      // MATCH (not COUNTIF per word): a word two languages share counts once; errors count 0.
      return `SUMPRODUCT(--ISNUMBER(MATCH(${data},INDEX(${groups},${find},0),0)))`;
    }
  }
}

/** Characters that need the bracketed form [@[…]] in a structured reference. */
const SPECIAL = /[^A-Za-z0-9_À-ÿ]/;

/** Escapes ' [ ] # with a leading apostrophe, as Excel requires inside a column specifier. */
function escapeColumn(header: string): string {
  return header.replace(/(['[\]#])/g, "'$1");
}

export function thisRowRef(header: string): string {
  return SPECIAL.test(header) ? `[@[${escapeColumn(header)}]]` : `[@${header}]`;
}

/**
 * This row's cell of a column as a file stores it: the form Excel writes for [@Col] in the
 * .xlsx XML (the "@" shorthand exists only in Excel's formula bar).
 */
export function fileThisRowRef(table: string, header: string): string {
  return `${table}[[#This Row],[${escapeColumn(header)}]]`;
}

export function columnRef(table: string, header: string): string {
  return `${table}[${SPECIAL.test(header) ? `[${escapeColumn(header)}]` : header}]`;
}

/** Resolves a column key of a table to its actual header; undefined when the column is absent. */
export type HeaderLookup = (table: string, key: string) => string | undefined;

/** References as structured references, with the tables' actual headers. */
export function structuredReferences(table: string, headerOf: HeaderLookup): References {
  return {
    own: (key) => {
      const header = headerOf(table, key);
      return header === undefined ? undefined : thisRowRef(header);
    },
    column: (other, key) => {
      const header = headerOf(other, key);
      return header === undefined ? undefined : columnRef(other, header);
    },
  };
}

/** The formula the pane writes ("=…", add-in functions, structured references); null when a column is absent. */
export function renderFormula(f: Formula, table: string, headerOf: HeaderLookup): string | null {
  const text = formulaText(f, structuredReferences(table, headerOf), "addin");
  return text === undefined ? null : `=${text}`;
}
