/**
 * Formula templates → structured references. Formulas are written with range.formulas, which
 * takes English function names and "," separators in every Excel language; structured references
 * ([@Vraag]) keep working when the analyst sorts, inserts rows or renames the sheet.
 */

/** Characters that need the bracketed form [@[…]] in a structured reference. */
const SPECIAL = /[^A-Za-z0-9_À-ÿ]/;

/** Escapes ' [ ] # with a leading apostrophe, as Excel requires inside a column specifier. */
function escapeColumn(header: string): string {
  return header.replace(/(['[\]#])/g, "'$1");
}

export function thisRowRef(header: string): string {
  return SPECIAL.test(header) ? `[@[${escapeColumn(header)}]]` : `[@${header}]`;
}

export function columnRef(table: string, header: string): string {
  return `${table}[${SPECIAL.test(header) ? `[${escapeColumn(header)}]` : header}]`;
}

/** Resolves a column key of a table to its actual header; undefined when the column is absent. */
export type HeaderLookup = (table: string, key: string) => string | undefined;

/**
 * Renders a template for `table`. Returns null when a referenced column is missing, so the
 * caller writes nothing rather than a broken formula.
 */
export function renderFormula(template: string, table: string, headerOf: HeaderLookup): string | null {
  let missing = false;
  const out = template.replace(/\{(?:@([a-zA-Z]+)|([A-Za-z_]+)\[([a-zA-Z]+)\])\}/g, (_m, own: string, other: string, key: string) => {
    const header = own ? headerOf(table, own) : headerOf(other, key);
    if (header === undefined) {
      missing = true;
      return "";
    }
    return own ? thisRowRef(header) : columnRef(other, header);
  });
  return missing ? null : out;
}

/** An Excel string literal. */
export function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
