/**
 * Validate: every criterion cell of the opportunities table that SE.POTENTIAL would refuse, with
 * its sheet-qualified address. The rule for what is accepted is the core's (ratingAmount), and the
 * message is the one the function itself gives.
 */
import { CRITERIA } from "../criteria";
import type { Language } from "../language";
import { scoringMessages } from "../messages";
import { cellAddress, qualified } from "../plan/address";
import { HEADERS } from "../plan/labels";
import { INVALID_TEXT, INVALID_TYPE, OUT_OF_SCALE, ratingAmount } from "../rating";
import type { SnapshotTable } from "./snapshot";

export interface RatingIssueData {
  address: string;
  column: string;
  value: unknown;
  message: string;
}

export function ratingIssues(table: SnapshotTable, language: Language): RatingIssueData[] {
  const columns = CRITERIA.map((c) => {
    const names = [HEADERS[c].nl, HEADERS[c].en].map((h) => h.toLowerCase());
    return { criterion: c, index: table.headers.findIndex((h) => names.includes(String(h).trim().toLowerCase())) };
  }).filter((x) => x.index >= 0);
  const issues: RatingIssueData[] = [];
  table.rows.forEach((cells, r) => {
    for (const { criterion, index } of columns) {
      const value = cells[index];
      const amount = ratingAmount(value, criterion);
      if (amount !== INVALID_TEXT && amount !== OUT_OF_SCALE && amount !== INVALID_TYPE) continue;
      issues.push({
        address: qualified(table.sheet, cellAddress(table.row + 1 + r, table.col + index)),
        column: table.headers[index],
        value,
        message:
          amount === OUT_OF_SCALE
            ? scoringMessages.outOfScale(language, criterion, value)
            : scoringMessages.invalidRating(language, criterion, value),
      });
    }
  });
  return issues;
}
