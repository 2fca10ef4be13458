/**
 * The oracle for the scoring walk, written from the rule as README states it, one cell at a
 * time and deliberately unlike src/core (patterns instead of scanners, arrays instead of
 * codes): what an analyst is promised for any four values. Vocabulary (SPELLINGS) and message
 * texts come from src, so a new spelling or message is picked up by both.
 *
 * A rating is read as:
 * - a number: 0 is an empty cell (Excel desktop sends empty cells as 0 to `any` matrix
 *   parameters on some builds: office-js #4702, #5262, #1951); 1–5 gives (x − 1) / 4; anything
 *   else is outside the scale;
 * - TRUE high (1), FALSE low (0); null/undefined empty;
 * - text without white space and invisible format characters: empty is an empty cell; a
 *   spelling of a level (any case) is that level (low 0, medium 0.5, high 1; "verzadigd" and
 *   "saturated" are low demand only); digits with one decimal point or comma are that number on
 *   the scale (text "0" included: it was typed), except exactly three decimals or two
 *   separators, which are ambiguous (a thousands separator?); anything else is invalid;
 * - any other type is invalid.
 * A row: the first criterion in argument order that is invalid gives #VALUE!; otherwise an
 * empty criterion gives #N/A naming the empty ones, or a blank when all four are; otherwise
 * favourabilities (investment mirrored: 1 − amount) give the potential — Hoog when all four are
 * ≥ 0.75, Laag when none is and at least one is ≤ 0.25, Medium otherwise — and the score
 * (Σ weight × favourability) / (Σ weight) × 100.
 */
import { ARGUMENT_NAMES, CRITERIA, type Criterion } from "../../src/core/criteria";
import type { ErrorFactory } from "../../src/core/errors";
import type { Language } from "../../src/core/language";
import { scoringMessages as msg } from "../../src/core/messages";
import { DEMAND_ONLY_LOW, SPELLINGS } from "../../src/core/rating";
import { POTENTIAL_LABELS } from "../../src/core/rule";
import type { CriteriaArgs, GridResult, Weights } from "../../src/core/scoring";
import { asMatrix, broadcastShape, shapeOf, type Matrix } from "../../src/core/shape";

export type Reading = { amount: number } | { empty: true } | { invalid: "scale" | "ambiguous" | "text" };

const INVISIBLE = /[\s\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069]/g;

function onScale(x: number): Reading {
  return x >= 1 && x <= 5 ? { amount: (x - 1) / 4 } : { invalid: "scale" };
}

export function specReading(value: unknown, criterion: Criterion): Reading {
  if (value === null || value === undefined) return { empty: true };
  if (typeof value === "boolean") return { amount: value ? 1 : 0 };
  if (typeof value === "number") return value === 0 ? { empty: true } : onScale(value);
  if (typeof value !== "string") return { invalid: "text" };
  const key = value.replace(INVISIBLE, "").toLowerCase();
  if (key === "") return { empty: true };
  if (SPELLINGS.high.includes(key)) return { amount: 1 };
  if (SPELLINGS.medium.includes(key)) return { amount: 0.5 };
  if (SPELLINGS.low.includes(key) || (criterion === "demand" && DEMAND_ONLY_LOW.includes(key))) return { amount: 0 };
  if (/^\d+([.,]\d+)*$/.test(key)) {
    const groups = key.split(/[.,]/);
    if (groups.length > 2 || (groups.length === 2 && groups[1].length === 3)) return { invalid: "ambiguous" };
    return onScale(Number(groups.join(".")));
  }
  return { invalid: "text" };
}

/** The expected result of one cell, from its four values. */
export function specCell<T, E>(values: readonly unknown[], language: Language, makeError: ErrorFactory<E>, rate: (favours: number[]) => T): T | E | "" {
  const readings = CRITERIA.map((c, k) => specReading(values[k], c));
  for (let k = 0; k < 4; k++) {
    const r = readings[k];
    if (!("invalid" in r)) continue;
    const text =
      r.invalid === "scale"
        ? msg.outOfScale(language, CRITERIA[k], values[k])
        : r.invalid === "ambiguous"
          ? msg.ambiguousNumber(language, CRITERIA[k], values[k])
          : msg.invalidRating(language, CRITERIA[k], values[k]);
    return makeError("#VALUE!", text);
  }
  const empty = CRITERIA.filter((_, k) => "empty" in readings[k]);
  if (empty.length === 4) return "";
  if (empty.length > 0) return makeError("#N/A", msg.missing(language, empty));
  const amounts = readings.map((r) => (r as { amount: number }).amount);
  return rate([amounts[0], 1 - amounts[1], amounts[2], amounts[3]]);
}

export function specPotential(favours: number[], labels: Language): string {
  const favourable = favours.filter((f) => f >= 0.75).length;
  const unfavourable = favours.filter((f) => f <= 0.25).length;
  const p = favourable === 4 ? "high" : favourable === 0 && unfavourable > 0 ? "low" : "medium";
  return POTENTIAL_LABELS[labels][p];
}

export function specScore(favours: number[], weights: ArrayLike<number>): number {
  const total = weights[0] + weights[1] + weights[2] + weights[3];
  return ((weights[0] * favours[0] + weights[1] * favours[1] + weights[2] * favours[2] + weights[3] * favours[3]) / total) * 100;
}

/** Applies specCell to every cell of the broadcast grid; whole-call errors for shapes. */
function overGrid<T, E>(args: CriteriaArgs, language: Language, makeError: ErrorFactory<E>, rate: (f: number[]) => T): GridResult<T | "", E> {
  const ms: Matrix[] = args.map(asMatrix);
  const shape = broadcastShape(ms.map(shapeOf));
  const names = ARGUMENT_NAMES[language];
  if (!shape.ok) {
    if (shape.empty >= 0) return { ok: false, error: makeError("#VALUE!", msg.emptyRange(language, names[CRITERIA[shape.empty]])) };
    const e = shape as Extract<typeof shape, { a: number }>;
    return { ok: false, error: makeError("#VALUE!", msg.shapeMismatch(language, names[CRITERIA[e.a]], e.shapeA, names[CRITERIA[e.b]], e.shapeB)) };
  }
  const { rows, cols } = shape.shape;
  const at = (m: Matrix, r: number, c: number) => (m.length === 1 && m[0].length === 1 ? m[0][0] : m[r][c]);
  const values = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => specCell(ms.map((m) => at(m, r, c)), language, makeError, rate)));
  return { ok: true, values };
}

export function referencePotential<E>(args: CriteriaArgs, labels: Language, messages: Language, makeError: ErrorFactory<E>) {
  return overGrid(args, messages, makeError, (f) => specPotential(f, labels));
}

export function referenceScore<E>(args: CriteriaArgs, weights: Weights, messages: Language, makeError: ErrorFactory<E>) {
  return overGrid(args, messages, makeError, (f) => specScore(f, weights));
}

/** The amount ratingAmount must give: the reading as a number, codes for the rest. */
export function referenceAmount(value: unknown, criterion: Criterion): number | "empty" | "invalid" {
  const r = specReading(value, criterion);
  return "amount" in r ? r.amount : "empty" in r ? "empty" : "invalid";
}
