// The scoring bench's inputs and the loops it is measured against: deterministic arguments of
// each kind (numeric, text, mixed; whole columns), the old bare loop (context) and the
// same-shape floors (FLOORS), what any implementation must do to return Excel's shape.
export const ROWS = 100_000;

/** Deterministic, so every run and machine scores the same cells. */
export function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NUMBERS = [1, 1.5, 2, 2.25, 2.5, 3, 3.5, 3.75, 4, 4.5, 5];
// A spread of the accepted spellings of every level (see src/core/rating.ts), not only the short ones.
const SPELLINGS = ["hoog", "groot", "sterk", "veel", "high", "strong", "medium", "gemiddeld", "matig", "average", "laag", "klein", "zwak", "geen", "low", "weak"];
const INVALID = ["x", "onbekend", "n.v.t.", 0, 7, -1];

function textVariant(rand) {
  const s = SPELLINGS[Math.floor(rand() * SPELLINGS.length)];
  const v = rand();
  // Mostly the casings people type; a few need the normalising path (stray spaces, odd case).
  if (v < 0.4) return s;
  if (v < 0.7) return s[0].toUpperCase() + s.slice(1);
  if (v < 0.98) return s.toUpperCase();
  return v < 0.99 ? ` ${s} ` : s[0] + s.slice(1).toUpperCase();
}

export const GENERATORS = {
  numeric: (rand) => NUMBERS[Math.floor(rand() * NUMBERS.length)],
  text: textVariant,
  mixed: (rand) => (rand() < 0.01 ? INVALID[Math.floor(rand() * INVALID.length)] : rand() < 0.5 ? NUMBERS[Math.floor(rand() * NUMBERS.length)] : textVariant(rand)),
};

/**
 * Four ROWS×1 arguments. They go through JSON like the values Excel hands to the runtime, so
 * strings are fresh heap strings rather than the script's interned literals.
 */
export function makeArgs(kind, rows = ROWS) {
  const rand = prng(0x5e + kind.length);
  const cols = [0, 1, 2, 3].map(() => Array.from({ length: rows }, () => [GENERATORS[kind](rand)]));
  return JSON.parse(JSON.stringify(cols));
}

/**
 * The floor any implementation pays: read the four values of a row, compare them against the
 * scale's thresholds (investment reversed) and produce a level. No validation, no result grid.
 */
export function bareLoop(d, inv, fit, loc, out) {
  const n = d.length;
  for (let r = 0; r < n; r++) {
    const a = d[r][0];
    const b = inv[r][0];
    const c = fit[r][0];
    const e = loc[r][0];
    let fav = 0;
    let unf = 0;
    if (a >= 4) fav++;
    else if (a <= 2) unf++;
    if (b <= 2) fav++;
    else if (b >= 4) unf++;
    if (c >= 4) fav++;
    else if (c <= 2) unf++;
    if (e >= 4) fav++;
    else if (e <= 2) unf++;
    out[r] = fav === 4 ? 2 : fav === 0 && unf > 0 ? 0 : 1;
  }
  return out;
}

/**
 * The same comparisons without branches (as the core now counts): about 2.5× faster than the
 * plain loop on random ratings, which mispredict half the branches. The tightest floor; reported
 * for context, not checked.
 */
export function tightLoop(d, inv, fit, loc, out) {
  const n = d.length;
  for (let r = 0; r < n; r++) {
    const a = d[r][0];
    const b = inv[r][0];
    const c = fit[r][0];
    const e = loc[r][0];
    const fav = +(a >= 4) + +(b <= 2) + +(c >= 4) + +(e >= 4);
    const unf = +(a <= 2) + +(b >= 4) + +(c <= 2) + +(e <= 2);
    out[r] = fav === 4 ? 2 : fav === 0 && unf > 0 ? 0 : 1;
  }
  return out;
}

const LABELS = ["Laag", "Medium", "Hoog"];

/** The tight loop returning what Excel needs (one row array per cell): the floor for any implementation. */
export function tightRows(d, inv, fit, loc) {
  const n = d.length;
  const out = new Array(n);
  for (let r = 0; r < n; r++) {
    const a = d[r][0];
    const b = inv[r][0];
    const c = fit[r][0];
    const e = loc[r][0];
    const fav = +(a >= 4) + +(b <= 2) + +(c >= 4) + +(e >= 4);
    const unf = +(a <= 2) + +(b >= 4) + +(c <= 2) + +(e <= 2);
    out[r] = [LABELS[fav === 4 ? 2 : fav === 0 && unf > 0 ? 0 : 1]];
  }
  return out;
}

// Same-shape baselines. What any implementation of SE.POTENTIAL / SE.SCORE must at least do
// with these inputs: read the four values of a row, turn each into an amount (a number by the
// 1–5 scale, text by one lookup in a table of the exact spellings, with one trimmed lower-case
// retry), and return what Excel needs, one row array per cell (a label, or a score). No
// messages: an invalid cell becomes one shared error row. The CI ratio divides by these, so it
// measures our code rather than the machine's allocator. Each kind of input has its own loop so
// that a loop's type feedback is only ever the kind it is timed against.

const FLOOR_TABLE = new Map();
for (const [words, amount] of [
  [["hoog", "groot", "sterk", "veel", "ja", "high", "large", "strong", "yes", "h", "true"], 1],
  [["medium", "gemiddeld", "matig", "moderate", "average", "m"], 0.5],
  [["laag", "klein", "zwak", "weinig", "geen", "nee", "low", "small", "weak", "little", "none", "no", "l", "false", "verzadigd", "saturated"], 0],
]) {
  for (const w of words) for (const v of [w, w.toUpperCase(), w[0].toUpperCase() + w.slice(1)]) FLOOR_TABLE.set(v, amount);
}
const FLOOR_ERROR_ROW = [{ error: "#VALUE!" }];

function floorText(v) {
  const a = FLOOR_TABLE.get(v);
  if (a !== undefined) return a;
  return FLOOR_TABLE.get(v.trim().toLowerCase()) ?? -1;
}
function floorAny(v) {
  if (typeof v === "number") return v >= 1 && v <= 5 ? (v - 1) / 4 : -1;
  return typeof v === "string" ? floorText(v) : -1;
}
const LEVEL_LABELS = ["Laag", "Medium", "Hoog"];
function labelOf(a, b, c, e) {
  const f1 = 1 - b;
  const fav = +(a >= 0.75) + +(f1 >= 0.75) + +(c >= 0.75) + +(e >= 0.75);
  const unf = +(a <= 0.25) + +(f1 <= 0.25) + +(c <= 0.25) + +(e <= 0.25);
  return LEVEL_LABELS[fav === 4 ? 2 : fav === 0 && unf > 0 ? 0 : 1];
}

export const FLOORS = {
  potential: {
    numeric(d, inv, fit, loc) {
      const n = d.length;
      const out = new Array(n);
      for (let r = 0; r < n; r++) {
        const a = d[r][0], b = inv[r][0], c = fit[r][0], e = loc[r][0];
        const fav = +(a >= 4) + +(b <= 2) + +(c >= 4) + +(e >= 4);
        const unf = +(a <= 2) + +(b >= 4) + +(c <= 2) + +(e <= 2);
        out[r] = [LEVEL_LABELS[fav === 4 ? 2 : fav === 0 && unf > 0 ? 0 : 1]];
      }
      return out;
    },
    text(d, inv, fit, loc) {
      const n = d.length;
      const out = new Array(n);
      for (let r = 0; r < n; r++) {
        const a = floorText(d[r][0]), b = floorText(inv[r][0]), c = floorText(fit[r][0]), e = floorText(loc[r][0]);
        out[r] = a < 0 || b < 0 || c < 0 || e < 0 ? FLOOR_ERROR_ROW : [labelOf(a, b, c, e)];
      }
      return out;
    },
    mixed(d, inv, fit, loc) {
      const n = d.length;
      const out = new Array(n);
      for (let r = 0; r < n; r++) {
        const a = floorAny(d[r][0]), b = floorAny(inv[r][0]), c = floorAny(fit[r][0]), e = floorAny(loc[r][0]);
        out[r] = a < 0 || b < 0 || c < 0 || e < 0 ? FLOOR_ERROR_ROW : [labelOf(a, b, c, e)];
      }
      return out;
    },
  },
  score: {
    numeric(d, inv, fit, loc) {
      const n = d.length;
      const out = new Array(n);
      for (let r = 0; r < n; r++) {
        const a = (d[r][0] - 1) / 4, b = (inv[r][0] - 1) / 4, c = (fit[r][0] - 1) / 4, e = (loc[r][0] - 1) / 4;
        out[r] = [((a + (1 - b) + c + e) / 4) * 100];
      }
      return out;
    },
    text(d, inv, fit, loc) {
      const n = d.length;
      const out = new Array(n);
      for (let r = 0; r < n; r++) {
        const a = floorText(d[r][0]), b = floorText(inv[r][0]), c = floorText(fit[r][0]), e = floorText(loc[r][0]);
        out[r] = a < 0 || b < 0 || c < 0 || e < 0 ? FLOOR_ERROR_ROW : [((a + (1 - b) + c + e) / 4) * 100];
      }
      return out;
    },
    mixed(d, inv, fit, loc) {
      const n = d.length;
      const out = new Array(n);
      for (let r = 0; r < n; r++) {
        const a = floorAny(d[r][0]), b = floorAny(inv[r][0]), c = floorAny(fit[r][0]), e = floorAny(loc[r][0]);
        out[r] = a < 0 || b < 0 || c < 0 || e < 0 ? FLOOR_ERROR_ROW : [((a + (1 - b) + c + e) / 4) * 100];
      }
      return out;
    },
  },
};

export const COLUMN_ROWS = 1_048_576;

export const COLUMN_CASES = {
  // An analyst's column: numbers and words, every row complete. The reference for the others.
  valid: (rand) => (rand() < 0.5 ? GENERATORS.numeric(rand) : textVariant(rand)),
  // A whole-column reference (B:B) over a table of 1% of the sheet: the rest arrives empty.
  "mostly empty": (rand, r) => (r % 100 === 0 ? GENERATORS.numeric(rand) : null),
  // The same, on desktop builds that pass empty cells to `any` matrix parameters as 0.
  "mostly empty as 0": (rand, r) => (r % 100 === 0 ? GENERATORS.numeric(rand) : 0),
  "all invalid": (rand) => ["x", "onbekend", "n.v.t.", "?", 7, -1, 6.5, "4.000", "hoog!"][Math.floor(rand() * 9)],
  // Half of each row's criteria missing (which half varies): #N/A per row.
  "half missing": (rand, r, k) => (((r + k) & 1) === 0 ? null : GENERATORS.numeric(rand)),
};

export function columnArgs(name) {
  const rand = prng(0xc01 + name.length);
  const gen = COLUMN_CASES[name];
  const cols = [0, 1, 2, 3].map((k) => Array.from({ length: COLUMN_ROWS }, (_, r) => [gen(rand, r, k)]));
  return JSON.parse(JSON.stringify(cols));
}
