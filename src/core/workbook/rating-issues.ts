/**
 * Validate: every criterion cell of the opportunities table that SE.POTENTIAL would refuse, with
 * its sheet-qualified address. The rule for what is accepted is the core's (ratingAmount), and the
 * message is the one the function itself gives.
 */
import { CRITERIA } from "../vocabulary";
import type { Language } from "../language";
import { scoringMessages } from "../messages";
import { cellAddress, qualified } from "../plan/address";
import { INVALID_TEXT, INVALID_TYPE, OUT_OF_SCALE, ratingAmount } from "../rating";
import { readColumns } from "./columns";
import type { TableRecord } from "./identity";
import type { SnapshotTable } from "./snapshot";

export interface RatingIssueData {
  address: string;
  column: string;
  value: unknown;
  message: string;
}

/** `record`: what the add-in recorded of this table, so a look-alike header is not taken for a criterion. */
export function ratingIssues(table: SnapshotTable, language: Language, record?: TableRecord): RatingIssueData[] {
  const at = readColumns(table, record?.columns, CRITERIA).indexOf;
  const columns = CRITERIA.flatMap((criterion) => {
    const index = at.get(criterion);
    return index === undefined ? [] : [{ criterion, index }];
  });
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
