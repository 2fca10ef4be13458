/**
 * Character scanners for text that comes from cells and files. Each one reads every character at
 * most once, so its time is linear in the text's length whatever the text holds: no regular
 * expression (whose backtracking can turn a 32,767-character cell into seconds of work) ever
 * sees unbounded input in the lookups or the JSON check.
 */

/** The characters JavaScript's `\s` and `String.prototype.trim` treat as white space. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

const DASH = 45;
const ZERO = 48;
const NINE = 57;

/** The index of the first character at or after `from` that is neither white space nor "-". */
export function skipSpacesAndDashes(text: string, from = 0): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== DASH && !isSpaceCode(c)) break;
    i++;
  }
  return i;
}

/**
 * "01", "1.0" and "1,0" are the number 1 typed as text: digits, then optionally "." or "," and
 * zeros only. Returns the digits without leading zeros ("0" for zeros only), or null.
 */
export function wholeNumberDigits(text: string): string | null {
  const n = text.length;
  let end = 0;
  while (end < n) {
    const c = text.charCodeAt(end);
    if (c < ZERO || c > NINE) break;
    end++;
  }
  if (end === 0) return null;
  if (end < n) {
    const sep = text.charCodeAt(end);
    if ((sep !== 46 && sep !== 44) || end + 1 === n) return null;
    for (let i = end + 1; i < n; i++) if (text.charCodeAt(i) !== ZERO) return null;
  }
  let start = 0;
  while (start < end - 1 && text.charCodeAt(start) === ZERO) start++;
  return start === 0 && end === n ? text : text.slice(start, end);
}

/** Lower-case text with every run of white space and "-" as one "_", trimmed first: a figure key. */
export function underscoreKey(text: string): string {
  const t = text.trim().toLowerCase();
  let out = "";
  let from = 0;
  let i = 0;
  while (i < t.length) {
    const c = t.charCodeAt(i);
    if (c === DASH || isSpaceCode(c)) {
      const end = skipSpacesAndDashes(t, i);
      out += `${t.slice(from, i)}_`;
      from = end;
      i = end;
    } else {
      i++;
    }
  }
  return from === 0 ? t : out + t.slice(from);
}

/** Text with at least one character that is not white space (what /\S/ finds). */
export function hasNonSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i))) return true;
  return false;
}

/** A–Z, a–z, 0–9, "_", "." or "-": the characters of an id. */
function isIdCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= ZERO && c <= NINE) || c === 95 || c === 46 || c === DASH;
}

/** a–z, 0–9 or à–ÿ: a sector code starts with one of these. */
function isSectorWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= ZERO && c <= NINE) || (c >= 0xe0 && c <= 0xff);
}

/** Space, "_" or "-": allowed in a sector code after its first character. */
function isSectorJoinCode(c: number): boolean {
  return c === 32 || c === 95 || c === DASH;
}

/** Every character is one of A–Z, a–z, 0–9, "_", "." and "-", and there is at least one. */
export function isIdText(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) if (!isIdCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Text made into an id's characters: each run of other characters becomes one "_", and "_" at
 * either end is dropped ("a b!" gives "a_b"). May be empty; the caller decides what then.
 */
export function toIdText(text: string): string {
  let out = "";
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    if (isIdCode(text.charCodeAt(i))) {
      out += text[i];
      inRun = false;
    } else if (!inRun) {
      out += "_";
      inRun = true;
    }
  }
  let start = 0;
  let end = out.length;
  while (start < end && out.charCodeAt(start) === 95) start++;
  while (end > start && out.charCodeAt(end - 1) === 95) end--;
  return out.slice(start, end);
}

/** A lower-case sector code: a–z, 0–9 or à–ÿ first, then those, spaces, "_" or "-". */
export function isSectorCode(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isSectorWordCode(c) && (i === 0 || !isSectorJoinCode(c))) return false;
  }
  return true;
}

/**
 * Lower-case text made into a sector code's characters: any other character becomes "-", and the
 * code starts at the first a–z, 0–9 or à–ÿ. May be empty; the caller decides what then.
 */
export function toSectorCodeText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (out === "" && !isSectorWordCode(c)) continue;
    out += isSectorWordCode(c) || isSectorJoinCode(c) ? text[i] : "-";
  }
  return out;
}
