import { REPORT, type Dataset } from "../../../src/core/dataset";
import { TABLE_NAMES } from "../../../src/core/plan";
import { createExcelActions, type ExcelActionsDeps } from "../../../src/taskpane/excel";
import { FakeExcel, parseInput, type Value } from "./fake-excel";
import { formulaCell } from "./fake-formulas";

export const TODAY = "2025-05-01";
export const NL = { language: "nl" as const };
export const noProgress = () => {};

export function setup(deps: ExcelActionsDeps = {}) {
  const fake = new FakeExcel();
  const actions = createExcelActions({ run: fake.run, isSetSupported: () => true, today: () => TODAY, ...deps });
  return { fake, actions };
}

/** Column index by header in a table of the fake. */
export function col(fake: FakeExcel, table: string, header: string): number {
  const i = fake.state.table(table).headers().indexOf(header);
  if (i < 0) throw new Error(`no column ${header}`);
  return i;
}

/** Types into a body cell as an analyst would (Excel parses the input). */
export function type(fake: FakeExcel, table: string, row: number, column: number, input: Value): void {
  const t = fake.state.table(table);
  t.sheet.set(t.top + 1 + row, t.left + column, parseInput(input, fake.options.displayLanguage));
}

/** Adds an analyst row at the bottom of the opportunities table, as Excel's table auto-expansion does. */
export function addAnalystRow(fake: FakeExcel, cells: Record<string, Value>): void {
  const t = fake.state.table(TABLE_NAMES.opportunities);
  const headers = t.headers();
  const at = t.top + 1 + t.bodyRows;
  const language = fake.options.displayLanguage ?? "nl";
  headers.forEach((h, c) => {
    const formula = t.calculated.get(c);
    // The new row gets each calculated column's formula, unless the analyst typed over it.
    if (h in cells) t.sheet.set(at, t.left + c, parseInput(cells[h], language));
    else if (formula !== undefined) t.sheet.set(at, t.left + c, formulaCell(formula, language));
  });
  t.bodyRows++;
}

export function ids(fake: FakeExcel, table: string): string[] {
  const i = col(fake, table, "Id");
  return fake.state.body(table).map((r) => String(r[i]));
}

export function analystDataset(rows: number, extra: Partial<Dataset> = {}): Dataset {
  const d: Dataset = structuredClone(REPORT);
  d.analystOpportunities = Array.from({ length: rows }, (_, i) => ({
    id: `A${i + 1}`,
    domain: "maatschappelijke noden",
    sector: "zorg",
    title: { nl: `Eigen opportuniteit ${i + 1}`, en: `Own opportunity ${i + 1}` },
    description: {
      nl: `Activiteiten voor doelgroepmedewerkers in de zorg (${i + 1}).`,
      en: `Activities for target-group employees in care (${i + 1}).`,
    },
    provenance: { source: "Analist, 2025" },
  }));
  d.opportunityRatings = d.analystOpportunities.map((a, i) => ({
    id: a.id,
    demand: ["hoog", "medium", "laag"][i % 3],
    investment: (i % 5) + 1,
    fit: "hoog",
    local: i % 2 === 0 ? "sterk" : null,
    notes: `Notitie ${i + 1}`,
  }));
  return { ...d, ...extra };
}

/** Filters a table as an analyst does with its AutoFilter: body rows whose cell in `header` fails `keep` are hidden. */
export function filterRows(fake: FakeExcel, table: string, header: string, keep: (v: Value) => boolean): void {
  const t = fake.state.table(table);
  const c = col(fake, table, header);
  fake.state.body(table).forEach((row, r) => (keep(row[c]) ? t.sheet.hiddenRows.delete(t.top + 1 + r) : t.sheet.hiddenRows.add(t.top + 1 + r)));
}
