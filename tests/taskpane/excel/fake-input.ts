/**
 * Excel's reading of a string written to a cell (range.values, table rows): the same as typed
 * input, so a string is rarely kept as the string it was (office-js #6687). The fake is
 * pessimistic where Excel's rules vary by version and locale: whatever reads as a number, date,
 * time, boolean or error in either Dutch or English Excel becomes one here, so a writer that
 * relies on a string surviving is caught.
 *
 *   "'x"            one leading apostrophe is Excel's text marker: the text x, apostrophe eaten
 *   "=…"            a formula (also + - @ first, tab/CR before them, full-width ＝＋－＠)
 *   "#N/A" "#N/B"   error literals, English and Dutch
 *   "TRUE" "WAAR"   booleans, English and Dutch
 *   "1E5" "(5)" "€ 5" "14,7%" "1.000,5"   numbers: exponent, negative parentheses, currency, percent, separators
 *   "10:30 AM"      a time (fraction of a day)
 *   "5 jan" "2025-05-01" "1/2" "mei 5"    dates (a serial number)
 */
import type { CellState } from "./fake-state";

export type DisplayLanguage = "nl" | "en";

const ERRORS = ["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA", "#N/B", "#WAARDE!", "#VERW!", "#DEEL/0!", "#GETAL!", "#NAAM?", "#LEEG!", "#OVERLOOP!", "#BEREKENEN!"];
const BOOLEANS: Record<string, boolean> = { true: true, false: false, waar: true, onwaar: false };
const MONTHS = "jan|januari|january|feb|februari|february|mrt|maart|mar|march|apr|april|mei|may|jun|juni|june|jul|juli|july|aug|augustus|august|sep|sept|september|okt|oktober|oct|october|nov|november|dec|december";
const DATE_PATTERNS = [
  /^\d{4}-\d{1,2}-\d{1,2}$/,
  /^\d{1,2}[/-]\d{1,2}([/-]\d{2,4})?$/,
  new RegExp(`^\\d{1,2}[ -](${MONTHS})\\.?([ -]\\d{2,4})?$`, "i"),
  new RegExp(`^(${MONTHS})\\.?[ -]\\d{1,2}(,? \\d{2,4})?$`, "i"),
];
const TIME = /^(\d{1,2}):(\d{2})(:\d{2})?\s*(am|pm)?$/i;
/** A number as typed, with optional sign, parentheses, currency, separators, exponent and percent. */
const NUMBER = /^([+-]?)\s*(\()?\s*([€$£]\s*)?([+-]?)(\d[\d.,\s]*\d|\d)([eE][+-]?\d+)?\s*([€$£]|EUR)?\s*(%)?\s*(\))?$/;

function number(s: string, language: DisplayLanguage): number | null {
  const m = NUMBER.exec(s);
  if (!m || Boolean(m[2]) !== Boolean(m[9])) return null;
  let digits = m[5].replace(/\s/g, "");
  digits = language === "nl" ? digits.replace(/\./g, "").replace(",", ".") : digits.replace(/,/g, "");
  let n = Number(digits + (m[6] ?? ""));
  if (Number.isNaN(n)) n = 0; // still a number to Excel in the other locale: pessimistic
  if (m[8]) n /= 100;
  if (m[1] === "-" || m[4] === "-" || m[2]) n = -n;
  return n;
}

export function parseInput(input: unknown, language: DisplayLanguage = "nl"): CellState {
  if (input === null || input === undefined || input === "") return { value: null };
  if (typeof input === "number" || typeof input === "boolean") return { value: input };
  const s = String(input);
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (s.startsWith("=")) return { value: "#CALC", formula: s };
  // A tab or CR before a formula character (the CSV-injection forms) and a full-width ＝ ＋ － ＠
  // (East Asian Excel converts full-width input) are taken as formulas. A leading space is not:
  // Excel keeps " =1+1" as the text it is.
  if (/^[\t\r]+[=+\-@＝＋－＠]|^[＝＋－＠]/.test(s)) return { value: "#CALC", formula: `=${s.replace(/^[\t\r]*[=+\-@＝＋－＠]/, "")}` };
  const t = s.trim();
  const error = ERRORS.find((e) => e.toLowerCase() === t.toLowerCase());
  if (error) return { value: error, error: true };
  if (t.toLowerCase() in BOOLEANS) return { value: BOOLEANS[t.toLowerCase()] };
  const n = number(t, language) ?? number(t, language === "nl" ? "en" : "nl");
  if (n !== null) return { value: n };
  const time = TIME.exec(t);
  if (time && Number(time[1]) < 24 && Number(time[2]) < 60) {
    const meridiem = time[4]?.toLowerCase();
    const hours = meridiem ? (Number(time[1]) % 12) + (meridiem === "pm" ? 12 : 0) : Number(time[1]);
    return { value: (hours + Number(time[2]) / 60) / 24 };
  }
  if (DATE_PATTERNS.some((p) => p.test(t))) return { value: 45000 };
  // Excel turns +x, -x and @x into formulas as the user types them.
  if (/^[+\-@]/.test(s)) return { value: "#CALC", formula: `=${s.replace(/^@/, "")}` };
  return { value: s };
}
