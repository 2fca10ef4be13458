/**
 * Characters a rating ignores, like spaces: every JavaScript white space (NBSP U+00A0,
 * U+2000–U+200A, U+FEFF …) and the invisible format characters that come along with pasted
 * text — zero-width space/joiners U+200B–U+200D, word joiner and invisible operators
 * U+2060–U+2064, soft hyphen U+00AD, Mongolian vowel separator U+180E, direction marks
 * U+200E/U+200F and bidi controls U+202A–U+202E, U+2066–U+2069. A cell that shows "hoog"
 * is read as hoog.
 */
export function isIgnorable(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0xad ||
    code === 0x1680 ||
    code === 0x180e ||
    (code >= 0x2000 && code <= 0x200f) ||
    (code >= 0x2028 && code <= 0x202f) ||
    (code >= 0x205f && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
