/** SE.EXPLAIN's line for one row, from its four favourabilities. */
import { CRITERIA, CRITERION_LABELS, type Criterion } from "../criteria";
import type { Language } from "../language";
import { SCALE_MAX, SCALE_MIN, levelOf, type Level } from "../rating";
import { FAVOURABLE_FROM, POTENTIAL_LABELS, UNFAVOURABLE_UP_TO, potentialOf, stanceOf, type Stance } from "../rule";

/** The rule's thresholds on the 1–5 scale (2 and 4), for explanations. */
const LOW_UP_TO = SCALE_MIN + (SCALE_MAX - SCALE_MIN) * UNFAVOURABLE_UP_TO;
const HIGH_FROM = SCALE_MIN + (SCALE_MAX - SCALE_MIN) * FAVOURABLE_FROM;

const LEVEL_WORDS: Record<Language, Record<Level, string>> = {
  nl: { high: "hoog", medium: "medium", low: "laag" },
  en: { high: "high", medium: "medium", low: "low" },
};

const STANCE_WORDS: Record<Language, Record<Stance, string>> = {
  nl: { favourable: "gunstig", neutral: "neutraal", unfavourable: "ongunstig" },
  en: { favourable: "favourable", neutral: "neutral", unfavourable: "unfavourable" },
};

/** One line: the potential, each criterion by stance, and what would have to change for Hoog. */
export function explanationOf(favours: ArrayLike<number>, language: Language): string {
  const labels = CRITERION_LABELS[language];
  const groups: Record<Stance, string[]> = { favourable: [], neutral: [], unfavourable: [] };
  const needed: string[] = [];
  CRITERIA.forEach((criterion: Criterion, k) => {
    const favour = favours[k];
    const amount = criterion === "investment" ? 1 - favour : favour;
    const stance = stanceOf(favour);
    groups[stance].push(`${labels[criterion]} (${LEVEL_WORDS[language][levelOf(amount)]})`);
    if (stance !== "favourable") {
      needed.push(criterion === "investment" ? `${labels[criterion]} ${LEVEL_WORDS[language].low} (≤ ${LOW_UP_TO})` : `${labels[criterion]} ${LEVEL_WORDS[language].high} (≥ ${HIGH_FROM})`);
    }
  });
  const parts = (["favourable", "neutral", "unfavourable"] as const)
    .filter((s) => groups[s].length > 0)
    .map((s) => `${STANCE_WORDS[language][s]}: ${groups[s].join(", ")}`);
  const head = `${POTENTIAL_LABELS[language][potentialOf(favours)]} — ${parts.join("; ")}.`;
  const high = POTENTIAL_LABELS[language].high;
  const tail =
    needed.length === 0
      ? language === "nl"
        ? " Alle vier criteria zijn gunstig."
        : " All four criteria are favourable."
      : language === "nl"
        ? ` Nodig voor ${high}: ${needed.join(", ")}.`
        : ` Needed for ${high}: ${needed.join(", ")}.`;
  return head + tail;
}
