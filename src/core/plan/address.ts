/** A1 addresses from 0-based row/column indices, and sheet-qualified addresses. */

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rangeAddress(row: number, col: number, rows: number, cols: number): string {
  const start = cellAddress(row, col);
  return rows === 1 && cols === 1 ? start : `${start}:${cellAddress(row + rows - 1, col + cols - 1)}`;
}

/** Excel quotes a sheet name in a reference and doubles its apostrophes. */
export function qualified(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/** Splits "'Sheet ''x'''!B7" or "Sheet1!B7:C9" into sheet and address; null when malformed. */
export function parseQualified(text: string): { sheet: string; address: string } | null {
  const quoted = /^'((?:[^']|'')+)'!([A-Z]+\d+(?::[A-Z]+\d+)?)$/.exec(text);
  if (quoted) return { sheet: quoted[1].replace(/''/g, "'"), address: quoted[2] };
  const plain = /^([^'!]+)!([A-Z]+\d+(?::[A-Z]+\d+)?)$/.exec(text);
  if (plain) return { sheet: plain[1], address: plain[2] };
  return null;
}

/** The 0-based top-left of an address such as "Sheet!B7:D9" or "B7". */
export function parseTopLeft(address: string): { row: number; col: number } | null {
  const m = /([A-Z]+)(\d+)(?::[A-Z]+\d+)?$/.exec(address);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
