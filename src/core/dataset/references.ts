/**
 * The dataset's checks across fields: ids unique as the lookups read them (case-insensitive,
 * figure keys with spaces and hyphens as underscores), analyst rows in the opportunities' id
 * space, every rating naming a row, every sector and heading declared, each potential level and
 * criterion of the rule defined once. Each problem is reported at its path.
 */
import type { z } from "zod";
import type { DatasetFields } from "./schema";

export function checkReferences(d: DatasetFields, ctx: z.RefinementCtx): void {
  const unique = (path: string, ids: readonly string[], normalise: (id: string) => string = (id) => id) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      const key = normalise(id);
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: [path, i, "id"], message: `duplicate id "${id}"` });
      seen.add(key);
    });
  };
  // Lookups read ids case-insensitively and figure keys with spaces/hyphens as underscores,
  // so two ids that read the same there are duplicates here too.
  const caseless = (id: string) => id.toLowerCase();
  unique("keyFigures", d.keyFigures.map((f) => f.id), (id) => id.toLowerCase().replace(/[\s-]+/g, "_"));
  unique("trends", d.trends.map((t) => t.id), caseless);
  unique("impacts", d.impacts.map((t) => t.id), caseless);
  unique("assessments", d.assessments.map((t) => t.id), caseless);
  unique("threats", d.threats.map((t) => t.id), caseless);
  unique("opportunities", d.opportunities.map((t) => t.id), caseless);
  unique("sectors", d.sectors.map((s) => s.id));
  // An analyst row shares the id space of the opportunities: a rating must name one row only.
  const opportunityIds = new Set(d.opportunities.map((o) => o.id.toLowerCase()));
  (d.analystOpportunities ?? []).forEach((a, i) => {
    if (opportunityIds.has(a.id.toLowerCase())) {
      ctx.addIssue({ code: "custom", path: ["analystOpportunities", i, "id"], message: `duplicate id "${a.id}" (analyst rows need their own ids, e.g. A1)` });
    }
    opportunityIds.add(a.id.toLowerCase());
  });
  unique("opportunityRatings", (d.opportunityRatings ?? []).map((r) => r.id), caseless);
  (d.opportunityRatings ?? []).forEach((r, i) => {
    if (!opportunityIds.has(r.id.toLowerCase())) {
      ctx.addIssue({ code: "custom", path: ["opportunityRatings", i, "id"], message: `no opportunity with id "${r.id}"` });
    }
  });

  const headingSeen = new Set<string>();
  d.headings.forEach((h, i) => {
    if (headingSeen.has(h.nl)) ctx.addIssue({ code: "custom", path: ["headings", i], message: `duplicate heading "${h.nl}"` });
    headingSeen.add(h.nl);
  });

  const sectors = new Set(d.sectors.map((s) => s.id));
  const checkProvenance = (path: (string | number)[], p: { slide: string; section?: string }) => {
    if (!headingSeen.has(p.slide)) ctx.addIssue({ code: "custom", path: [...path, "slide"], message: `slide "${p.slide}" is not in headings` });
    if (p.section !== undefined && !headingSeen.has(p.section)) {
      ctx.addIssue({ code: "custom", path: [...path, "section"], message: `section "${p.section}" is not in headings` });
    }
  };
  const checkItems = (name: string, items: readonly { sector: string; provenance: object }[]) => {
    items.forEach((item, i) => {
      if (!sectors.has(item.sector)) {
        ctx.addIssue({ code: "custom", path: [name, i, "sector"], message: `sector "${item.sector}" is not declared in sectors` });
      }
      if ("slide" in item.provenance) checkProvenance([name, i, "provenance"], item.provenance as { slide: string; section?: string });
    });
  };
  checkItems("keyFigures", d.keyFigures);
  checkItems("trends", d.trends);
  checkItems("impacts", d.impacts);
  checkItems("threats", d.threats);
  checkItems("opportunities", d.opportunities);
  checkItems("analystOpportunities", d.analystOpportunities ?? []);
  d.assessments.forEach((a, i) => checkProvenance(["assessments", i, "provenance"], a.provenance));
  checkProvenance(["potentialRule", "provenance"], d.potentialRule.provenance);

  const levels = d.potentialRule.levels.map((l) => l.level);
  if (new Set(levels).size !== levels.length) {
    ctx.addIssue({ code: "custom", path: ["potentialRule", "levels"], message: "each potential level is defined once" });
  }
  const criteria = d.potentialRule.criteria.map((c) => c.id);
  if (new Set(criteria).size !== criteria.length) {
    ctx.addIssue({ code: "custom", path: ["potentialRule", "criteria"], message: "each criterion is defined once" });
  }
}
