/**
 * What exceljs cannot write into a table's XML: each formula column's calculatedColumnFormula.
 * Excel fills that formula into every row added to the table (typing below it, Tab in the last
 * cell, Insert row), which is what keeps an analyst's new row computing. The written package is
 * opened, each table part gets its formulas, and the package is written again.
 */
import JSZip from "jszip";

/** By table name: column index (0-based) → formula without "=". */
export type TableFormulas = ReadonlyMap<string, ReadonlyMap<number, string>>;

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** One table part with the formulas of its columns; exceljs numbers the columns id = index + 1. */
export function withCalculatedColumns(xml: string, formulas: ReadonlyMap<number, string>): string {
  return xml.replace(/<tableColumn id="(\d+)"([^>]*?)\/>/g, (whole, id: string, rest: string) => {
    const formula = formulas.get(Number(id) - 1);
    if (formula === undefined) return whole;
    return `<tableColumn id="${id}"${rest}><calculatedColumnFormula>${escapeXml(formula)}</calculatedColumnFormula></tableColumn>`;
  });
}

export async function addCalculatedColumns(xlsx: Uint8Array, formulas: TableFormulas): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const parts = Object.keys(zip.files).filter((name) => /^xl\/tables\/table\d+\.xml$/.test(name));
  let patched = 0;
  for (const name of parts) {
    const xml = await zip.file(name)!.async("string");
    const table = /<table [^>]*\bname="([^"]+)"/.exec(xml)?.[1];
    const forTable = table === undefined ? undefined : formulas.get(table);
    if (!forTable || forTable.size === 0) continue;
    zip.file(name, withCalculatedColumns(xml, forTable));
    patched++;
  }
  const expected = [...formulas.values()].filter((f) => f.size > 0).length;
  if (patched !== expected) throw new Error(`calculated columns: ${patched} of ${expected} tables found in the written file`);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
