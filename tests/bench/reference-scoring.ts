/**
 * The scoring walk as it was written before the performance work (issue 7): one plain cell at a
 * time through ratingAmount and a callback per row. Kept as the oracle the optimised walk in
 * src/core/scoring.ts must match exactly, on any input. Tables and messages come from src, so
 * a new spelling or message is picked up by both.
 */
import { ARGUMENT_NAMES, CRITERIA, type Criterion } from "../../src/core/criteria";
import type { ErrorFactory } from "../../src/core/errors";
import type { Language } from "../../src/core/language";
import { scoringMessages as msg } from "../../src/core/messages";
import { DEMAND_ONLY_LOW, INVALID_TEXT, INVALID_TYPE, LEVEL_AMOUNT, MISSING, OUT_OF_SCALE, SCALE_MAX, SCALE_MIN, SPELLINGS } from "../../src/core/rating";
import { POTENTIAL_LABELS, potentialOf } from "../../src/core/rule";
import { BLANK, type CriteriaArgs, type GridResult, type Weights } from "../../src/core/scoring";
import { asMatrix, broadcastShape, shapeOf, type Matrix } from "../../src/core/shape";

function table(extraLow: readonly string[]): Map<string, number> {
  const t = new Map<string, number>();
  for (const level of ["low", "medium", "high"] as const) for (const s of SPELLINGS[level]) t.set(s, LEVEL_AMOUNT[level]);
  for (const s of extraLow) t.set(s, LEVEL_AMOUNT.low);
  return t;
}
const GENERAL = table([]);
const DEMAND = table(DEMAND_ONLY_LOW);

function numberAmount(x: number): number {
  if (!(x >= SCALE_MIN && x <= SCALE_MAX)) return OUT_OF_SCALE;
  return (x - 1) / 4;
}

export function referenceAmount(value: unknown, criterion: Criterion): number {
  if (typeof value === "number") return numberAmount(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value === null || value === undefined) return MISSING;
  if (typeof value !== "string") return INVALID_TYPE;
  const key = value.replace(/\s+/g, "").toLowerCase();
  if (key === "") return MISSING;
  const amount = (criterion === "demand" ? DEMAND : GENERAL).get(key);
  if (amount !== undefined) return amount;
  if (/^[0-9]+(?:[.,][0-9]+)?$/.test(key)) return numberAmount(Number(key.replace(",", ".")));
  return INVALID_TEXT;
}

function walk<T, E>(args: CriteriaArgs, language: Language, makeError: ErrorFactory<E>, cell: (f: number[]) => T): GridResult<T | typeof BLANK, E> {
  const ms: Matrix[] = args.map(asMatrix);
  const shape = broadcastShape(ms.map(shapeOf));
  const names = ARGUMENT_NAMES[language];
  if (!shape.ok) {
    if (shape.empty >= 0) return { ok: false, error: makeError("#VALUE!", msg.emptyRange(language, names[CRITERIA[shape.empty]])) };
    const e = shape as Extract<typeof shape, { a: number }>;
    return { ok: false, error: makeError("#VALUE!", msg.shapeMismatch(language, names[CRITERIA[e.a]], e.shapeA, names[CRITERIA[e.b]], e.shapeB)) };
  }
  const { rows, cols } = shape.shape;
  const at = (k: number, r: number, c: number) => (ms[k].length === 1 && ms[k][0].length === 1 ? ms[k][0][0] : ms[k][r][c]);
  const out: (T | typeof BLANK | E)[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: (T | typeof BLANK | E)[] = [];
    for (let c = 0; c < cols; c++) {
      const amounts = CRITERIA.map((criterion, k) => referenceAmount(at(k, r, c), criterion));
      const bad = amounts.findIndex((a) => a < 0 && a !== MISSING);
      if (bad >= 0) {
        const value = at(bad, r, c);
        row.push(
          amounts[bad] === OUT_OF_SCALE
            ? makeError("#VALUE!", msg.outOfScale(language, CRITERIA[bad], value))
            : makeError("#VALUE!", msg.invalidRating(language, CRITERIA[bad], value)),
        );
      } else if (amounts.some((a) => a === MISSING)) {
        const missing = CRITERIA.filter((_, k) => amounts[k] === MISSING);
        row.push(missing.length === 4 ? BLANK : makeError("#N/A", msg.missing(language, missing)));
      } else {
        row.push(cell([amounts[0], 1 - amounts[1], amounts[2], amounts[3]]));
      }
    }
    out.push(row);
  }
  return { ok: true, values: out };
}

export function referencePotential<E>(args: CriteriaArgs, labels: Language, messages: Language, makeError: ErrorFactory<E>) {
  return walk(args, messages, makeError, (f) => POTENTIAL_LABELS[labels][potentialOf(f)]);
}

export function referenceScore<E>(args: CriteriaArgs, weights: Weights, messages: Language, makeError: ErrorFactory<E>) {
  const [w0, w1, w2, w3] = weights;
  // Divide before scaling, as the score has done since it was bounded to 0..100 (tests/core/score-bounds).
  const total = w0 + w1 + w2 + w3;
  return walk(args, messages, makeError, (f) => ((w0 * f[0] + w1 * f[1] + w2 * f[2] + w3 * f[3]) / total) * 100);
}
