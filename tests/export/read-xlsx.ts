/**
 * Reads a written .xlsx with exceljs. exceljs's reader fails on a table column holding a
 * calculatedColumnFormula (its table parser takes tableColumn for an empty element), which every
 * file the exporter writes has: those formulas are taken out first and returned beside the book.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";

export async function readXlsx(bytes: Uint8Array): Promise<{ book: ExcelJS.Workbook; calculated: Map<string, Map<string, string>> }> {
  const zip = await JSZip.loadAsync(bytes);
  const calculated = new Map<string, Map<string, string>>();
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    const table = /<table [^>]*\bname="([^"]+)"/.exec(xml)![1];
    const columns = new Map<string, string>();
    const plain = xml.replace(/<tableColumn ([^>]*?)><calculatedColumnFormula>([^<]*)<\/calculatedColumnFormula><\/tableColumn>/g, (_m, attrs: string, f: string) => {
      columns.set(/name="([^"]*)"/.exec(attrs)![1], f.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"));
      return `<tableColumn ${attrs}/>`;
    });
    calculated.set(table, columns);
    zip.file(name, plain);
  }
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await zip.generateAsync({ type: "arraybuffer" })) as ArrayBuffer);
  return { book, calculated };
}
