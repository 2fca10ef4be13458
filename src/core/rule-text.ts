/**
 * The exact rule in words, rendered from the core itself: the thresholds on the 1–5 scale are
 * found by asking the rating reader (not typed in again), the conditions are those of
 * potentialOfFour, and the score formula uses the scale's own ends. The pane and the help pages
 * show this next to the report's wording, which reads as if one unfavourable criterion made Laag.
 */
import { CRITERIA, CRITERION_LABELS, isReversed, type Criterion } from "./criteria";
import type { Language } from "./language";
import { LEVEL_AMOUNT, SCALE_MAX, SCALE_MIN, levelOf, numberAmount, type Level } from "./rating";
import { POTENTIAL_LABELS, potentialOfLevels, type Potential } from "./rule";

const WORDS: Record<Language, Record<Level, string>> = {
  nl: { high: "hoog", medium: "medium", low: "laag" },
  en: { high: "high", medium: "medium", low: "low" },
};

function decimal(x: number, language: Language): string {
  const s = String(Math.round(x * 100) / 100);
  return language === "nl" ? s.replace(".", ",") : s;
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
  const nl = language === "nl";
  const w = WORDS[language];
  const lowText = `${w.low} ${nl ? "of" : "or"} x ${LOW_EDGE.inclusive ? "≤" : "<"} ${decimal(LOW_EDGE.at, language)}`;
  const highText = `${w.high} ${nl ? "of" : "or"} x ${HIGH_EDGE.inclusive ? ">" : "≥"} ${decimal(HIGH_EDGE.at, language)}`;
  const midText = `${w.medium} ${nl ? "of" : "or"} ${decimal(LOW_EDGE.at, language)} ${LOW_EDGE.inclusive ? "<" : "≤"} x ${HIGH_EDGE.inclusive ? "≤" : "<"} ${decimal(HIGH_EDGE.at, language)}`;
  const labels = POTENTIAL_LABELS[language];
  // A consequence computed, not asserted: "high" on all four criteria.
  const allHigh = labels[potentialOfLevels({ demand: "high", investment: "high", fit: "high", local: "high" })];
  const mixed = labels[potentialOfLevels({ demand: "high", investment: "high", fit: "low", local: "low" })];
  const f = (x: number) => decimal(x, language);
  return {
    levels: [
      { potential: "high", label: labels.high, condition: nl ? "alle vier criteria zijn gunstig" : "all four criteria are favourable" },
      {
        potential: "low",
        label: labels.low,
        condition: nl ? "geen enkel criterium is gunstig en minstens één is ongunstig" : "no criterion is favourable and at least one is unfavourable",
      },
      {
        potential: "medium",
        label: labels.medium,
        condition: nl ? "in alle andere gevallen (een mengeling, of alles neutraal)" : "in every other case (a mix, or all neutral)",
      },
    ],
    remark: nl
      ? `Eén gunstig criterium volstaat dus om Laag te vermijden: vraag hoog, investering hoog, fit en lokaal laag geeft ${mixed}. Alle vier „hoog” geeft ${allHigh}, want een hoge investering is ongunstig.`
      : `So one favourable criterion is enough to avoid Low: demand high, investment high, fit and local low gives ${mixed}. "High" on all four gives ${allHigh}, because high investment is unfavourable.`,
    criteria: CRITERIA.map((criterion) => {
      const reversed = isReversed(criterion);
      return {
        criterion,
        name: CRITERION_LABELS[language][criterion],
        note: reversed ? (nl ? "laag = gunstig" : "low is favourable") : null,
        favourable: reversed ? lowText : highText,
        neutral: midText,
        unfavourable: reversed ? highText : lowText,
      };
    }),
    score: nl
      ? `Score = 100 × het gewogen gemiddelde van de gunstigheid van de vier criteria (standaard gelijke gewichten). Gunstigheid: laag ${f(LEVEL_AMOUNT.low)}, medium ${f(LEVEL_AMOUNT.medium)}, hoog ${f(LEVEL_AMOUNT.high)}, een getal x als (x − ${SCALE_MIN}) / ${SCALE_MAX - SCALE_MIN}; bij investering 1 min dat.`
      : `Score = 100 × the weighted mean of the four criteria's favourability (equal weights by default). Favourability: low ${f(LEVEL_AMOUNT.low)}, medium ${f(LEVEL_AMOUNT.medium)}, high ${f(LEVEL_AMOUNT.high)}, a number x as (x − ${SCALE_MIN}) / ${SCALE_MAX - SCALE_MIN}; for investment 1 minus that.`,
  };
}
