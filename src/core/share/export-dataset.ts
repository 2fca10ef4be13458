/**
 * The dataset as the workbook holds it: the report plus the analyst's rows and ratings from the
 * opportunities table, ready to share as JSON. Cells are read by header (either language), so a
 * reordered table exports the same.
 */
import { CRITERIA, type Criterion } from "../criteria";
import type { AnalystRow, Dataset, OpportunityRating, Sector } from "../dataset/schema";
import { HEADERS, originOf } from "../plan/labels";
import type { Cell } from "../plan/types";
import { ratingAmount } from "../rating";
import type { SnapshotTable } from "../merge/snapshot";
import { jsonBytes, MAX_JSON_BYTES } from "./size";

const ID = /^[A-Za-z0-9_.-]+$/;
const SECTOR = /^[a-z0-9à-ÿ][a-z0-9à-ÿ _-]*$/;

function text(v: Cell | undefined): string {
  if (v === null || v === undefined) return "";
  return String(v).trim();
}

function ratingOut(v: Cell | undefined, c: Criterion): string | number | null {
  if (v === null || v === undefined || text(v) === "") return null;
  const value = typeof v === "boolean" ? String(v) : v;
  // Invalid ratings stay in the workbook (Validate lists them); the shared file holds valid ones only.
  return ratingAmount(value, c) >= 0 ? value : null;
}

export interface ExportOptions {
  /** Who/what the analyst rows cite, e.g. "Werkboek, 2025-05-01". */
  source: string;
}

export function exportDataset(base: Dataset, table: SnapshotTable | undefined, options: ExportOptions): Dataset {
  if (!table) return structuredClone(base);
  const index = (key: string) => {
    const names = [HEADERS[key].nl, HEADERS[key].en].map((h) => h.toLowerCase());
    return table.headers.findIndex((h) => names.includes(String(h).trim().toLowerCase()));
  };
  const col = Object.fromEntries(["id", "title", "description", "activities", "sector", "origin", "notes", ...CRITERIA].map((k) => [k, index(k)]));
  const get = (cells: readonly Cell[], key: string): Cell | undefined => (col[key] >= 0 ? cells[col[key]] : undefined);

  const reportIds = new Set(base.opportunities.map((o) => o.id.toLowerCase()));
  const sectors: Sector[] = structuredClone(base.sectors);
  const domain = base.sectors[0]?.domain ?? "maatschappelijke noden";
  const sectorId = (label: string): string => {
    const l = label.toLowerCase();
    const known = sectors.find((s) => s.id === l || s.label.nl.toLowerCase() === l || s.label.en.toLowerCase() === l);
    if (known) return known.id;
    const id = l.replace(/[^a-z0-9à-ÿ _-]/g, "-").replace(/^[^a-z0-9à-ÿ]+/, "") || "overig";
    if (!SECTOR.test(id)) return sectors[0].id;
    if (!sectors.some((s) => s.id === id)) sectors.push({ id, domain, label: { nl: label, en: label } });
    return id;
  };

  const analyst: AnalystRow[] = [];
  const ratings: OpportunityRating[] = [];
  const seen = new Set<string>();
  for (const cells of table.rows) {
    const id = text(get(cells, "id"));
    if (id === "" || !ID.test(id) || seen.has(id.toLowerCase())) continue;
    seen.add(id.toLowerCase());
    const isReport = reportIds.has(id.toLowerCase()) && originOf(get(cells, "origin")) !== "analyst";
    if (!isReport) {
      if (reportIds.has(id.toLowerCase())) continue; // a report id on an analyst row cannot be shared unambiguously
      const title = text(get(cells, "title")) || `(${id})`;
      const both = (s: string) => (s === "" ? undefined : { nl: s, en: s });
      const sector = text(get(cells, "sector"));
      const row: AnalystRow = {
        id,
        domain,
        sector: sector === "" ? sectors[0].id : sectorId(sector),
        title: { nl: title, en: title },
        provenance: { source: options.source },
      };
      const description = both(text(get(cells, "description")));
      const activities = both(text(get(cells, "activities")));
      if (description) row.description = description;
      if (activities) row.activities = activities;
      analyst.push(row);
    }
    const rating: OpportunityRating = { id };
    let any = false;
    for (const c of CRITERIA) {
      const v = ratingOut(get(cells, c), c);
      if (v !== null) any = true;
      rating[c] = v;
    }
    const notes = text(get(cells, "notes"));
    if (notes !== "") {
      rating.notes = notes;
      any = true;
    }
    if (any || !isReport) ratings.push(rating);
  }
  const out: Dataset = { ...structuredClone(base), sectors };
  if (analyst.length > 0) out.analystOpportunities = analyst;
  if (ratings.length > 0) out.opportunityRatings = ratings;
  return out;
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
