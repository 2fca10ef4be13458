/** Reading the bundled copy of the report's extract and comparing dataset text with it. */
import { readFileSync } from "fs";
import { join } from "path";

const SOURCE_DIR = join(__dirname, "../../../src/core/dataset/source");

export const SOURCE_RAW = readFileSync(join(SOURCE_DIR, "000_1735e186a359be7d.txt"), "utf8");
export const READING_NOTES = readFileSync(join(SOURCE_DIR, "READING-NOTES.md"), "utf8");

/**
 * The slides break words at line ends ("burn-\nout", "Doorgroei-\ntrajecten"). Only a letter,
 * a hyphen, a line break and a lower-case letter is such a break; a lone "-" line is not.
 */
export function joinHyphenatedLineBreaks(text: string): string {
  return text.replace(/(\p{L})-[ \t]*\r?\n[ \t]*(\p{Ll})/gu, "$1-$2");
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export const SOURCE = collapseWhitespace(joinHyphenatedLineBreaks(SOURCE_RAW));

export function inSource(text: string, source: string = SOURCE): boolean {
  return source.includes(collapseWhitespace(text));
}

/** Every {nl, en} pair in a value, with its path; notes are the project's words, not the report's. */
export function bilingualTexts(value: unknown, path: string[] = []): Array<{ path: string; nl: string; en: string }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => bilingualTexts(v, [...path, String(i)]));
  if (value === null || typeof value !== "object") return [];
  const record = value as Record<string, unknown>;
  if (typeof record.nl === "string" && typeof record.en === "string" && Object.keys(record).length === 2) {
    return [{ path: path.join("."), nl: record.nl, en: record.en }];
  }
  return Object.entries(record)
    .filter(([key]) => key !== "note")
    .flatMap(([key, v]) => bilingualTexts(v, [...path, key]));
}
