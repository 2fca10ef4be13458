/**
 * The dataset as the workbook holds it: the report plus the analyst's rows and ratings from the
 * opportunities table, ready to share as JSON. Columns are found by the one locator
 * (core/workbook/columns.ts): by what the add-in recorded, else by header in either language.
 *
 * Every analyst row of the table is in the export, or the export stops (ok: false) naming every
 * row it cannot take, why, and an id that would do (./export-problems.ts). Each row and then the
 * whole file pass the import's own schema here, so the pane's own export always imports again.
 * Only rows with no content at all (every cell empty, as Excel leaves a grown table) are skipped.
 */
import { CRITERIA, type Criterion } from "../vocabulary";
import { parseDataset } from "../dataset";
import { AnalystRowSchema, OpportunityRatingSchema, SectorCodeSchema, type AnalystRow, type Dataset, type OpportunityRating, type Sector } from "../dataset/schema";
import { cellAddress, qualified } from "../plan/address";
import { IMPLIED_WORDS, originOf } from "../plan/labels";
import type { Cell } from "../plan/types";
import { ratingAmount } from "../rating";
import { toSectorCodeText } from "../text-scan";
import { readColumns } from "../workbook/columns";
import type { TableRecord } from "../workbook/identity";
import type { SnapshotTable } from "../workbook/snapshot";
import { idSuggester, isValidId, type ExportProblem } from "./export-problems";
import { jsonBytes, MAX_JSON_BYTES } from "./size";

const KEYS = ["id", "title", "description", "activities", "sector", "origin", "notes", "basis", ...CRITERIA];

function text(v: Cell | undefined): string {
  if (v === null || v === undefined) return "";
  return String(v).trim();
}

function ratingOut(v: Cell | undefined, c: Criterion): string | number | null {
  if (v === null || v === undefined || text(v) === "") return null;
  const value = typeof v === "boolean" ? String(v) : typeof v === "string" ? v.trim() : v;
  // Invalid ratings stay in the workbook (Validate lists them); the shared file holds valid ones only.
  return ratingAmount(value, c) >= 0 ? value : null;
}

export interface ExportOptions {
  /** Who/what the analyst rows cite, e.g. "Werkboek, 2025-05-01". */
  source: string;
  /** What the add-in recorded of the table, so a look-alike header is not read as the report's column. */
  record?: TableRecord;
  /** Export rows with a missing, invalid or repeated id under the suggested id instead of stopping. */
  useSuggestedIds?: boolean;
}

export type ExportResult = { ok: true; dataset: Dataset; renamed: readonly ExportProblem[] } | { ok: false; problems: readonly ExportProblem[] };

/** Sector ids for labels typed in the table: known ones by id or label, new ones declared. */
function sectorCatalogue(base: Dataset) {
  const sectors: Sector[] = structuredClone(base.sectors);
  const domain = base.sectors[0]?.domain ?? "maatschappelijke noden";
  const idOf = (label: string): string => {
    if (label === "") return sectors[0].id;
    const l = label.toLowerCase();
    const known = sectors.find((s) => s.id === l || s.label.nl.toLowerCase() === l || s.label.en.toLowerCase() === l);
    if (known) return known.id;
    const id = toSectorCodeText(l).slice(0, 60) || "overig";
    if (!SectorCodeSchema.safeParse(id).success) return sectors[0].id;
    if (!sectors.some((s) => s.id === id)) sectors.push({ id, domain, label: { nl: label, en: label } });
    return id;
  };
  return { sectors, domain, idOf };
}

const detailOf = (issues: readonly { path: readonly PropertyKey[]; message: string }[]) =>
  issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join(".")}: ${i.message}`)
    .join("; ");

export function exportDataset(base: Dataset, table: SnapshotTable | undefined, options: ExportOptions): ExportResult {
  if (!table) return { ok: true, dataset: structuredClone(base), renamed: [] };
  const at = readColumns(table, options.record?.columns, KEYS).indexOf;
  const get = (cells: readonly Cell[], key: string): Cell | undefined => {
    const i = at.get(key);
    return i === undefined ? undefined : cells[i];
  };
  const address = (r: number) => qualified(table.sheet, cellAddress(table.row + 1 + r, table.col + (at.get("id") ?? 0)));
  const reportIds = new Set(base.opportunities.map((o) => o.id.toLowerCase()));
  const typedIds = table.rows.map((cells) => text(get(cells, "id")));
  const suggest = idSuggester([...reportIds, ...typedIds.filter((id) => isValidId(id))]);
  const catalogue = sectorCatalogue(base);

  const problems: ExportProblem[] = [];
  const renamed: ExportProblem[] = [];
  const analyst: AnalystRow[] = [];
  const ratings: OpportunityRating[] = [];
  const seen = new Set<string>();
  table.rows.forEach((cells, r) => {
    if (cells.every((c) => text(c) === "")) return;
    const typed = typedIds[r];
    const analystOrigin = originOf(get(cells, "origin")) === "analyst";
    const kind: ExportProblem["kind"] | undefined =
      typed === "" ? "noId" : !isValidId(typed) ? "badId" : seen.has(typed.toLowerCase()) ? "duplicateId" : reportIds.has(typed.toLowerCase()) && analystOrigin ? "reportIdOnAnalystRow" : undefined;
    let id = typed;
    if (kind) {
      const problem: ExportProblem = { kind, address: address(r), id: typed, suggestion: suggest(typed) };
      if (!options.useSuggestedIds) return void problems.push(problem);
      renamed.push(problem);
      id = problem.suggestion!;
    }
    seen.add(id.toLowerCase());
    const isReport = reportIds.has(id.toLowerCase());
    if (!isReport) {
      const title = text(get(cells, "title")) || `(${id})`;
      const both = (s: string) => (s === "" ? undefined : { nl: s, en: s });
      const row: AnalystRow = { id, domain: catalogue.domain, sector: catalogue.idOf(text(get(cells, "sector"))), title: { nl: title, en: title }, provenance: { source: options.source } };
      const description = both(text(get(cells, "description")));
      const activities = both(text(get(cells, "activities")));
      if (description) row.description = description;
      if (activities) row.activities = activities;
      const checked = AnalystRowSchema.safeParse(row);
      if (!checked.success) return void problems.push({ kind: "invalid", address: address(r), id: typed, detail: detailOf(checked.error.issues) });
      analyst.push(row);
    }
    const rating: OpportunityRating = { id };
    let any = false;
    // Criteria the project worked back from the report are not the analyst's rating: not shared.
    const basis = text(get(cells, "basis")).toLowerCase();
    const inferred = isReport && (basis === IMPLIED_WORDS.nl || basis === IMPLIED_WORDS.en);
    for (const c of inferred ? [] : CRITERIA) {
      const v = ratingOut(get(cells, c), c);
      if (v !== null) any = true;
      rating[c] = v;
    }
    const notes = text(get(cells, "notes"));
    if (notes !== "") {
      rating.notes = notes;
      any = true;
    }
    const checked = OpportunityRatingSchema.safeParse(rating);
    if (!checked.success) return void problems.push({ kind: "invalid", address: address(r), id: typed, detail: detailOf(checked.error.issues) });
    if (any || !isReport) ratings.push(rating);
  });
  if (problems.length > 0) return { ok: false, problems };

  const out: Dataset = { ...structuredClone(base), sectors: catalogue.sectors };
  if (analyst.length > 0) out.analystOpportunities = analyst;
  if (ratings.length > 0) out.opportunityRatings = ratings;
  // The whole file as the import will check it: a problem left here is named, never saved.
  const whole = parseDataset(out);
  if (!whole.ok) return { ok: false, problems: whole.issues.slice(0, 20).map((detail) => ({ kind: "invalid" as const, address: qualified(table.sheet, cellAddress(table.row, table.col)), id: "", detail })) };
  return { ok: true, dataset: out, renamed };
}

/**
 * The shared file: indented for a person to read while that fits the import's limit, compact
 * (about a third smaller) when it does not. A file over the limit even compact is still returned;
 * the pane warns with importLimitExceeded (./size).
 */
export function datasetJson(dataset: Dataset): string {
  const indented = JSON.stringify(dataset, null, 2);
  return jsonBytes(indented) <= MAX_JSON_BYTES ? indented : JSON.stringify(dataset);
}
