/**
 * Rows the export cannot take as they are, why, and a way forward: an id the row could have.
 * The export stops before anything is saved and names them all; nothing is dropped silently.
 */
import type { Language } from "../language";
import { showValue } from "../errors";
import { isIdText, toIdText } from "../text-scan";
import { sayShare } from "./messages";

export type ExportProblemKind = "noId" | "badId" | "duplicateId" | "reportIdOnAnalystRow" | "invalid";

export interface ExportProblem {
  kind: ExportProblemKind;
  /** Sheet-qualified address of the row's id cell (or its first cell), e.g. 'Opportuniteiten'!A7. */
  address: string;
  /** The id as typed ("" when empty). */
  id: string;
  /** A free, valid id the row could take (noId, badId, duplicateId, reportIdOnAnalystRow). */
  suggestion?: string;
  /** What the import's schema says (invalid), e.g. "notes: Too big". */
  detail?: string;
}

/** The dataset schema's id check (IdSchema), tested per row before the whole file is checked. */
export const isValidId = isIdText;

/** Suggests ids: the typed one made valid when that is free, else A1, A2 … not yet taken. */
export function idSuggester(taken: Iterable<string>): (typed: string) => string {
  const used = new Set([...taken].map((id) => id.toLowerCase()));
  let n = 0;
  return (typed) => {
    const cleaned = toIdText(typed.trim()).slice(0, 40);
    let id = cleaned !== "" && isValidId(cleaned) && !used.has(cleaned.toLowerCase()) ? cleaned : "";
    while (id === "") {
      n++;
      if (!used.has(`a${n}`)) id = `A${n}`;
    }
    used.add(id.toLowerCase());
    return id;
  };
}

const MAX_LISTED = 20;

const REASON_KEYS = {
  noId: "exportNoId",
  badId: "exportBadId",
  duplicateId: "exportDuplicateId",
  reportIdOnAnalystRow: "exportReportIdOnAnalystRow",
  invalid: "exportInvalid",
} as const satisfies Record<ExportProblemKind, string>;

function reason(l: Language, p: ExportProblem): string {
  const typed = showValue(p.id.length > 60 ? `${p.id.slice(0, 60)}…` : p.id);
  return sayShare(l, REASON_KEYS[p.kind], { id: typed, detail: String(p.detail) });
}

/** One message naming every row (up to 20, then a count) and what to do. */
export function exportProblemsMessage(problems: readonly ExportProblem[], l: Language): string {
  const lines = problems.slice(0, MAX_LISTED).map((p) => {
    const fix = p.suggestion ? sayShare(l, "exportSuggestion", { id: p.suggestion }) : "";
    return `${p.address}: ${reason(l, p)}${fix}`;
  });
  if (problems.length > MAX_LISTED) lines.push(sayShare(l, "exportMoreRows", { count: problems.length - MAX_LISTED }));
  return [sayShare(l, "exportHead", { count: problems.length }), ...lines, sayShare(l, "exportTail")].join("\n");
}
