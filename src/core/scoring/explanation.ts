/** SE.EXPLAIN's line for one row, from its four favourabilities. */
import type { Language } from "../language";
import { sayScoring } from "../messages";
import { SCALE_MAX, SCALE_MIN, levelOf } from "../rating";
import { FAVOURABLE_FROM, UNFAVOURABLE_UP_TO, potentialOf, stanceOf } from "../rule";
import { CRITERIA, CRITERION_LABELS, LEVEL_WORDS, POTENTIAL_LABELS, STANCE_WORDS, type Criterion, type Stance } from "../vocabulary";

/** The rule's thresholds on the 1–5 scale (2 and 4), for explanations. */
const LOW_UP_TO = SCALE_MIN + (SCALE_MAX - SCALE_MIN) * UNFAVOURABLE_UP_TO;
const HIGH_FROM = SCALE_MIN + (SCALE_MAX - SCALE_MIN) * FAVOURABLE_FROM;

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
  const tail =
    needed.length === 0
      ? sayScoring(language, "explanationAllFavourable")
      : sayScoring(language, "explanationNeeded", { high: POTENTIAL_LABELS[language].high, needed: needed.join(", ") });
  return head + tail;
}
