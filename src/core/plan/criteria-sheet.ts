/**
 * The criteria sheet: the report's rule in its own words and all 81 combinations of levels,
 * each computed with the core rule (potentialOfLevels) so the sheet cannot disagree with
 * SE.POTENTIAL.
 */
import { ARGUMENT_NAMES, CRITERIA, type Criterion } from "../criteria";
import type { Dataset } from "../dataset/schema";
import type { Language } from "../language";
import { acceptedSpellings, type Level } from "../rating";
import { potentialOfLevels } from "../rule";
import { exactRule } from "../rule-text";
import { column, row } from "./columns";
import { TABLE_NAMES, levelWord } from "./labels";
import { sayPlan } from "./messages";
import type { PlanBlock, PlanRow, PlanTable } from "./types";
import { potentialFills } from "./opportunities";

const LEVELS: readonly Level[] = ["high", "medium", "low"];

/** Every combination of levels, demand varying slowest, in the order high, medium, low. */
export function allCombinations(): Record<Criterion, Level>[] {
  const out: Record<Criterion, Level>[] = [];
  for (const demand of LEVELS) for (const investment of LEVELS) for (const fit of LEVELS) for (const local of LEVELS) {
    out.push({ demand, investment, fit, local });
  }
  return out;
}

export function ruleBlock(dataset: Dataset, language: Language): PlanBlock {
  const lines: string[] = [sayPlan(language, "criteriaTitle")];
  const headings = [0];
  for (const level of dataset.potentialRule.levels) {
    headings.push(lines.length);
    lines.push(level.definition[language]);
    for (const c of level.conditions) lines.push(`  • ${c.text[language]}`);
  }
  if (dataset.potentialRule.remark) lines.push(dataset.potentialRule.remark[language]);
  lines.push(sayPlan(language, "investmentReversedLine"));
  // The report's words leave the exact conditions open; the sheet states the rule the functions apply.
  const exact = exactRule(language);
  headings.push(lines.length);
  lines.push(sayPlan(language, "exactRuleTitle"));
  for (const level of exact.levels) lines.push(`  • ${level.label}: ${level.condition}`);
  lines.push(`  ${exact.remark}`);
  for (const c of exact.criteria) {
    lines.push(`  ${c.name}${c.note ? ` (${c.note})` : ""}: ${c.favourable}; ${c.neutral}; ${c.unfavourable}`);
  }
  lines.push(`  ${exact.score}`);
  headings.push(lines.length);
  lines.push(sayPlan(language, "spellingsTitle"));
  // Investment, fit and local accept the same spellings; demand also reads "verzadigd" as low.
  const names = ARGUMENT_NAMES[language];
  lines.push(`  ${names.demand}: ${acceptedSpellings("demand", language)}`);
  lines.push(`  ${names.investment}, ${names.fit}, ${names.local}: ${acceptedSpellings("fit", language)}`);
  lines.push("");
  headings.push(lines.length);
  lines.push(sayPlan(language, "combinationsLine"));
  return { row: 0, col: 0, lines, headings };
}

export function criteriaTable(dataset: Dataset, language: Language, startRow: number): PlanTable {
  const code = (l: Level) => l[0];
  const rows: PlanRow[] = allCombinations().map((levels) => {
    const id = CRITERIA.map((c) => code(levels[c])).join("");
    const cells: Record<string, string> = { id };
    for (const c of CRITERIA) cells[c] = levelWord(levels[c], language);
    cells.potential = levelWord(potentialOfLevels(levels), language);
    return row(id, "report", cells);
  });
  return {
    name: TABLE_NAMES.criteria,
    row: startRow,
    col: 0,
    style: "TableStyleLight9",
    columns: [
      column("id", language, "report", "text", 40),
      ...CRITERIA.map((c) => column(c, language, "report", "text", 80)),
      column("potential", language, "report", "text", 80, { fills: potentialFills() }),
    ],
    rows,
  };
}
