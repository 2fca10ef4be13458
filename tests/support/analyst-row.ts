/**
 * One analyst opportunity as the dataset holds it (origin "analyst", a free-text source), for
 * tests that need a valid analyst row to add, change or break.
 */
import type { AnalystOpportunity } from "../../src/core/dataset";

export function analystOpportunity(overrides: Partial<AnalystOpportunity> = {}): AnalystOpportunity {
  return {
    id: "A1",
    domain: "e-commerce",
    sector: "zorg",
    origin: "analyst",
    title: { nl: "Pakjes sorteren", en: "Sorting parcels" },
    description: { nl: "Omschrijving", en: "Description" },
    activities: { nl: "Sorteren", en: "Sorting" },
    potential: "low",
    provenance: { source: "Analist X, 2025" },
    ...overrides,
  };
}
