/**
 * The exact rule in words, rendered from the core itself: the thresholds on the 1–5 scale are
 * found by asking the rating reader (not typed in again), the conditions are those of
 * potentialOfFour, and the score formula uses the scale's own ends. The pane and the help pages
 * show this next to the report's wording, which reads as if one unfavourable criterion made Laag.
 * The sentences around the computed values are in ./rule-texts.json.
 */
import { speaker } from "./catalogue";
import type { Language } from "./language";
import { LEVEL_AMOUNT, SCALE_MAX, SCALE_MIN, levelOf, numberAmount, type Level } from "./rating";
import { potentialOfLevels, type Potential } from "./rule";
import { CRITERIA, CRITERION_LABELS, LEVEL_WORDS, POTENTIAL_LABELS, decimalText, isReversed, type Criterion } from "./vocabulary";
import RULE_TEXTS from "./rule-texts.json";

const say = speaker(RULE_TEXTS);

function decimal(x: number, language: Language): string {
  return decimalText(Math.round(x * 100) / 100, language);
}

/** Where on the 1–5 scale the level changes from `below` to the next, and whether the edge belongs to `below`. */
function edge(below: Level): { at: number; inclusive: boolean } {
  let lo = SCALE_MIN;
  let hi = SCALE_MAX;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    const level = levelOf(numberAmount(mid));
    const isBelow = below === "low" ? level === "low" : level !== "high";
    if (isBelow) lo = mid;
    else hi = mid;
  }
  const at = Math.round(lo * 100) / 100;
  const level = levelOf(numberAmount(at));
  return { at, inclusive: below === "low" ? level === "low" : level !== "high" };
}

const LOW_EDGE = edge("low");
const HIGH_EDGE = edge("medium");

export interface CriterionRule {
  criterion: Criterion;
  name: string;
  /** "laag = gunstig" / "low is favourable" for investment; null for the others. */
  note: string | null;
  favourable: string;
  neutral: string;
  unfavourable: string;
}

export interface ExactRule {
  levels: { potential: Potential; label: string; condition: string }[];
  /** A worked consequence the report's wording hides. */
  remark: string;
  criteria: CriterionRule[];
  score: string;
}

export function exactRule(language: Language): ExactRule {
  const w = LEVEL_WORDS[language];
  const f = (x: number) => decimal(x, language);
  const lowText = say(language, "levelOrBeyond", { level: w.low, comparison: LOW_EDGE.inclusive ? "≤" : "<", edge: f(LOW_EDGE.at) });
  const highText = say(language, "levelOrBeyond", { level: w.high, comparison: HIGH_EDGE.inclusive ? ">" : "≥", edge: f(HIGH_EDGE.at) });
  const midText = say(language, "levelOrBetween", {
    level: w.medium,
    from: f(LOW_EDGE.at),
    lower: LOW_EDGE.inclusive ? "<" : "≤",
    upper: HIGH_EDGE.inclusive ? "≤" : "<",
    to: f(HIGH_EDGE.at),
  });
  const labels = POTENTIAL_LABELS[language];
  // A consequence computed, not asserted: "high" on all four criteria.
  const allHigh = labels[potentialOfLevels({ demand: "high", investment: "high", fit: "high", local: "high" })];
  const mixed = labels[potentialOfLevels({ demand: "high", investment: "high", fit: "low", local: "low" })];
  return {
    levels: [
      { potential: "high", label: labels.high, condition: say(language, "conditionHigh") },
      { potential: "low", label: labels.low, condition: say(language, "conditionLow") },
      { potential: "medium", label: labels.medium, condition: say(language, "conditionMedium") },
    ],
    remark: say(language, "remark", { mixed, allHigh }),
    criteria: CRITERIA.map((criterion) => {
      const reversed = isReversed(criterion);
      return {
        criterion,
        name: CRITERION_LABELS[language][criterion],
        note: reversed ? say(language, "lowIsFavourable") : null,
        favourable: reversed ? lowText : highText,
        neutral: midText,
        unfavourable: reversed ? highText : lowText,
      };
    }),
    score: say(language, "score", {
      low: f(LEVEL_AMOUNT.low),
      medium: f(LEVEL_AMOUNT.medium),
      high: f(LEVEL_AMOUNT.high),
      min: SCALE_MIN,
      span: SCALE_MAX - SCALE_MIN,
    }),
  };
}

/**
 * The condition on the 1–5 scale for each level, as the rating reader decides it ("x ≤ 2",
 * "2 < x < 4", "x ≥ 4"; Dutch with a decimal comma): the same edges as exactRule's table.
 */
export function scaleConditions(language: Language): Record<Level, string> {
  const f = (x: number) => decimal(x, language);
  return {
    low: `x ${LOW_EDGE.inclusive ? "≤" : "<"} ${f(LOW_EDGE.at)}`,
    medium: `${f(LOW_EDGE.at)} ${LOW_EDGE.inclusive ? "<" : "≤"} x ${HIGH_EDGE.inclusive ? "≤" : "<"} ${f(HIGH_EDGE.at)}`,
    high: `x ${HIGH_EDGE.inclusive ? ">" : "≥"} ${f(HIGH_EDGE.at)}`,
  };
}
