/**
 * How each sheet prints, described once for both writers (Office.js pageLayout, exceljs
 * pageSetup): landscape where the sheet is wider than a portrait page, one page wide, the table's
 * header row repeated on every page, and a footer citing the report and the dataset version.
 */
import type { Dataset } from "../dataset/schema";
import type { Language } from "../language";
import type { PlanBlock, PlanPrint, PlanTable } from "./types";

/** Printable widths: the paper minus Excel's normal margins (0.7 in left and right), in points. */
const MARGINS = 2 * 0.7 * 72;
const A4_PORTRAIT = 595 - MARGINS;
const A4_LANDSCAPE = 842 - MARGINS;
const A3_LANDSCAPE = 1191 - MARGINS;
/** Below this scale an 11-point font prints under 7 points: too small to read comfortably. */
const LEGIBLE_SCALE = 0.65;

/** Excel refuses a header or footer longer than 255 characters (codes included). */
export const FOOTER_LIMIT = 255;

/** The width the sheet's content needs, in points: the right edge of its widest table or block. */
export function contentWidth(tables: readonly PlanTable[], blocks: readonly PlanBlock[], defaultWidth = 48): number {
  const widths = new Map<number, number>();
  const set = (col: number, w: number) => widths.set(col, Math.max(widths.get(col) ?? 0, w));
  for (const t of tables) t.columns.forEach((c, i) => set(t.col + i, c.width));
  let last = -1;
  for (const t of tables) last = Math.max(last, t.col + t.columns.length - 1);
  for (const b of blocks) last = Math.max(last, b.col + (b.span ?? 1) - 1);
  let total = 0;
  for (let c = 0; c <= last; c++) total += widths.get(c) ?? defaultWidth;
  return total;
}

/** Average width of a character of Excel's default font (Calibri 11), in points, rounded up. */
const CHAR_WIDTH = 6;
const LINE_HEIGHT = 15;

/**
 * The height text needs when it wraps in `width` points, estimated from its length: what a file
 * must state, since neither Excel nor LibreOffice fits a row's height to wrapped text on open.
 */
export function wrappedHeight(text: string, width: number): number {
  const lines = text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil((part.length * CHAR_WIDTH) / Math.max(width - 6, 1))), 0);
  return lines * LINE_HEIGHT;
}

/** Cuts text at a word boundary to at most `max` characters, marking the cut with "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function footer(dataset: Dataset, language: Language): PlanPrint["footer"] {
  const { report } = dataset;
  const right = language === "nl" ? `Datasetversie ${dataset.version}` : `Dataset version ${dataset.version}`;
  // Room for the writers' codes (&L, &R, page numbers, doubled &) within Excel's limit.
  const left = shorten(`${report.department[language]}, "${report.title.nl}"`, 160);
  return { left, right };
}

export function printSetup(dataset: Dataset, language: Language, tables: readonly PlanTable[], blocks: readonly PlanBlock[], titleTable?: PlanTable): PlanPrint {
  const width = contentWidth(tables, blocks);
  // A sheet too wide to read on A4 landscape at one page wide (the opportunities) goes on A3.
  const paper = width * LEGIBLE_SCALE > A4_LANDSCAPE && width * LEGIBLE_SCALE <= A3_LANDSCAPE ? "A3" : "A4";
  return {
    paper,
    orientation: width > A4_PORTRAIT ? "landscape" : "portrait",
    fitToPagesWide: 1,
    titleRow: titleTable ? titleTable.row : null,
    footer: footer(dataset, language),
    language,
  };
}

/**
 * The footer's left and right sections with Excel's codes, as both writers set them: "&" in text
 * doubled, &P and &N the page number and count.
 */
export function footerSections(print: PlanPrint): { left: string; right: string } {
  const esc = (text: string) => text.replace(/&/g, "&&");
  const page = print.language === "nl" ? "pagina &P van &N" : "page &P of &N";
  return { left: esc(print.footer.left), right: `${esc(print.footer.right)} · ${page}` };
}
