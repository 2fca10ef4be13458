import { exactRule } from "../../../src/core/rule-text";
import { CRITERIA } from "../../../src/core/criteria";
import { REPORT, type Dataset } from "../../../src/core/dataset";
import {
  allCombinations,
  buildPlan,
  guardText,
  impliedLevels,
  needsTextGuard,
  renderFormula,
  SHEET_KEYS,
  structuredReferences,
  TABLE_NAMES,
  type PlanTable,
  type WorkbookPlan,
} from "../../../src/core/plan";
import { ratingAmount } from "../../../src/core/rating";
import { POTENTIAL_LABELS, potentialOfLevels } from "../../../src/core/rule";

const DATE = "2025-05-01";
const nl = buildPlan(REPORT, { language: "nl", importDate: DATE });
const en = buildPlan(REPORT, { language: "en", importDate: DATE });

function table(plan: WorkbookPlan, name: string): PlanTable {
  const t = plan.sheets.flatMap((s) => s.tables).find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
}
const opp = (plan: WorkbookPlan) => table(plan, TABLE_NAMES.opportunities);
const headerOf = (t: PlanTable) => (tableName: string, key: string) =>
  tableName === t.name ? t.columns.find((c) => c.key === key)?.header : undefined;

describe("buildPlan: sheets and tables", () => {
  it("has the seven sheets in order, Dutch by default and English on request", () => {
    expect(nl.sheets.map((s) => s.key)).toEqual(SHEET_KEYS);
    expect(nl.sheets.map((s) => s.name)).toEqual(["Overzicht", "Trends", "Opportuniteiten", "Bedreigingen", "Kerncijfers", "Criteria", "Bron"]);
    expect(en.sheets.map((s) => s.name)).toEqual(["Overview", "Trends", "Opportunities", "Threats", "Key figures", "Criteria", "Source"]);
  });

  it("names tables the same in every language", () => {
    const names = (p: WorkbookPlan) => p.sheets.flatMap((s) => s.tables.map((t) => t.name));
    expect(names(nl)).toEqual(names(en));
    expect(names(nl)).toEqual(expect.arrayContaining(Object.values(TABLE_NAMES)));
    expect(new Set(names(nl)).size).toBe(names(nl).length);
    for (const n of names(nl)) expect(n).toMatch(/^SE_[A-Za-z_]+$/);
  });

  it("keeps only the requested parts", () => {
    const p = buildPlan(REPORT, { language: "nl", importDate: DATE, parts: ["source", "trends"] });
    expect(p.sheets.map((s) => s.key)).toEqual(["trends", "source"]);
  });

  it("has unique column keys and headers and unique row ids in every table, rows as wide as the columns", () => {
    for (const plan of [nl, en]) {
      for (const t of plan.sheets.flatMap((s) => s.tables)) {
        expect(new Set(t.columns.map((c) => c.key)).size).toBe(t.columns.length);
        expect(new Set(t.columns.map((c) => c.header.toLowerCase())).size).toBe(t.columns.length);
        expect(new Set(t.rows.map((r) => r.id)).size).toBe(t.rows.length);
        expect(t.columns.some((c) => c.key === "id")).toBe(true);
        for (const r of t.rows) {
          for (const key of Object.keys(r.cells)) expect(t.columns.map((c) => c.key)).toContain(key);
          expect(String(r.cells.id)).toBe(r.id);
          for (const c of t.columns.filter((x) => x.kind === "formula")) expect(r.cells[c.key]).toBeUndefined();
        }
      }
    }
  });

  it("freezes the header of the list sheets and charts the potentials on the overview", () => {
    const byKey = Object.fromEntries(nl.sheets.map((s) => [s.key, s]));
    for (const k of ["trends", "opportunities", "threats", "figures", "source"]) expect(byKey[k].freezeRows).toBe(1);
    expect(byKey.overview.charts).toEqual([expect.objectContaining({ sourceTable: TABLE_NAMES.overviewPotential, type: "ColumnClustered" })]);
    expect(byKey.overview.tables.map((t) => t.name)).toEqual([TABLE_NAMES.overviewFigures, TABLE_NAMES.overviewPotential]);
  });
});

describe("buildPlan: the opportunities table", () => {
  it("has the columns in order with owners: criteria and notes belong to the analyst", () => {
    const t = opp(nl);
    expect(t.columns.map((c) => c.key)).toEqual([
      "id", "title", "description", "activities", "sector", "demand", "investment", "fit", "local", "basis",
      "potential", "score", "reportPotential", "check", "origin", "notes",
    ]);
    expect(t.columns.filter((c) => c.owner === "analyst").map((c) => c.key)).toEqual(["demand", "investment", "fit", "local", "basis", "notes"]);
    expect(t.columns.map((c) => c.header).slice(5, 9)).toEqual(["Vraag", "Investering", "Fit", "Lokaal"]);
  });

  it("computes potential and score live with structured references and English names", () => {
    const f = (plan: WorkbookPlan, key: string) => {
      const t = opp(plan);
      return renderFormula(t.columns.find((c) => c.key === key)!.formula!, t.name, headerOf(t));
    };
    expect(f(nl, "potential")).toBe("=SE.POTENTIAL([@Vraag],[@Investering],[@Fit],[@Lokaal])");
    expect(f(en, "potential")).toBe('=SE.POTENTIAL([@Demand],[@Investment],[@Fit],[@Local],"en")');
    expect(f(nl, "score")).toBe("=SE.SCORE([@Vraag],[@Investering],[@Fit],[@Lokaal])");
    expect(f(nl, "check")).toBe(
      '=IFERROR(IF(OR([@Potentieel]="",[@[Potentieel rapport]]=""),"—",IF([@Potentieel]=[@[Potentieel rapport]],' +
        'IF(OR([@[Herkomst criteria]]="afgeleid",[@[Herkomst criteria]]="implied"),"afgeleid","✓ gelijk"),"≠ verschilt")),"—")',
    );
    expect(f(en, "check")).toContain('"✓ same"');
    // A table written before the criteria-origin column existed gets the plain comparison.
    const t = opp(nl);
    const older = (table: string, key: string) => (key === "basis" ? undefined : headerOf(t)(table, key));
    expect(renderFormula(t.columns.find((c) => c.key === "check")!.formula!, t.name, older)).toBe(
      '=IFERROR(IF(OR([@Potentieel]="",[@[Potentieel rapport]]=""),"—",IF([@Potentieel]=[@[Potentieel rapport]],"✓ gelijk","≠ verschilt")),"—")',
    );
    for (const plan of [nl, en]) for (const c of opp(plan).columns.filter((x) => x.formula)) expect(f(plan, c.key)).not.toContain(";");
  });

  it("fills criteria only for Hoog rows, with levels that give Hoog by the rule, and says so", () => {
    for (const plan of [nl, en]) {
      const lang = plan.language;
      for (const r of opp(plan).rows) {
        const o = REPORT.opportunities.find((x) => x.id === r.id)!;
        expect(r.cells.reportPotential).toBe(POTENTIAL_LABELS[lang][o.potential]);
        expect(r.cells.origin).toBe(lang === "nl" ? "rapport" : "report");
        if (o.potential === "high") {
          expect(CRITERIA.map((c) => r.cells[c])).toEqual(lang === "nl" ? ["Hoog", "Laag", "Hoog", "Hoog"] : ["High", "Low", "High", "High"]);
          expect(r.cells.notes).toMatch(lang === "nl" ? /afgeleid \(door dit project, niet door het rapport\)/ : /implied \(by this project, not stated by the report\)/);
          // The criteria are the project's inference, the row (title, potential) the report's.
          expect(r.cells.basis).toBe(lang === "nl" ? "afgeleid" : "implied");
          for (const c of CRITERIA) expect(ratingAmount(r.cells[c], c)).toBeGreaterThanOrEqual(0);
        } else {
          expect(CRITERIA.map((c) => r.cells[c])).toEqual([null, null, null, null]);
          expect(r.cells.basis).toBeNull();
          expect(r.cells.notes).toMatch(lang === "nl" ? /bepaalt de vier criteria daarmee niet/ : /does not determine/);
        }
      }
    }
    expect(opp(nl).rows.filter((r) => r.cells.demand !== null).map((r) => r.id)).toEqual(["1", "4", "5"]);
    expect(potentialOfLevels(impliedLevels("high")!)).toBe("high");
    expect(impliedLevels("medium")).toBeNull();
    expect(impliedLevels("low")).toBeNull();
  });

  it("validates criteria with a list of both languages' words and 1–5, as a warning", () => {
    const demand = opp(nl).columns.find((c) => c.key === "demand")!;
    expect(demand.validation).toEqual({ list: ["Hoog", "Medium", "Laag", "High", "Low", "1", "2", "3", "4", "5"], alert: "warning", message: expect.any(String) });
    for (const word of demand.validation!.list) expect(ratingAmount(word, "demand")).toBeGreaterThanOrEqual(0);
    const potential = opp(nl).columns.find((c) => c.key === "potential")!;
    expect(potential.fills!.map((f) => f.text)).toEqual(["Hoog", "High", "Medium", "Laag", "Low"]);
  });

  it("adds a colleague's analyst rows with their ratings and without a report potential", () => {
    const d: Dataset = {
      ...structuredClone(REPORT),
      analystOpportunities: [
        { id: "A1", domain: "maatschappelijke noden", sector: "zorg", title: { nl: "=HYPERLINK(1)", en: "=HYPERLINK(1)" }, provenance: { source: "X" } },
      ],
      opportunityRatings: [{ id: "A1", demand: "hoog", investment: 2, fit: "sterk", local: null, notes: "+cmd" }],
    };
    const r = opp(buildPlan(d, { language: "nl", importDate: DATE })).rows.find((x) => x.id === "A1")!;
    expect(r.origin).toBe("analyst");
    expect(r.cells).toMatchObject({ demand: "hoog", investment: 2, fit: "sterk", local: null, reportPotential: null, origin: "analist", notes: "+cmd" });
    expect(r.textGuard).toEqual(expect.arrayContaining(["title", "notes"]));
  });
});

describe("buildPlan: criteria, source and overview", () => {
  it("lists the 81 combinations, each with the core rule's potential", () => {
    const t = table(nl, TABLE_NAMES.criteria);
    expect(t.rows).toHaveLength(81);
    const words = { Hoog: "high", Medium: "medium", Laag: "low" } as const;
    allCombinations().forEach((levels, i) => {
      const r = t.rows[i];
      for (const c of CRITERIA) expect(words[r.cells[c] as keyof typeof words]).toBe(levels[c]);
      expect(r.cells.potential).toBe(POTENTIAL_LABELS.nl[potentialOfLevels(levels)]);
    });
    const counts = t.rows.reduce<Record<string, number>>((acc, r) => ({ ...acc, [String(r.cells.potential)]: (acc[String(r.cells.potential)] ?? 0) + 1 }), {});
    expect(counts.Hoog).toBe(1);
    const criteria = nl.sheets.find((s) => s.key === "criteria")!;
    expect(t.row).toBeGreaterThan(criteria.blocks[0].row + criteria.blocks[0].lines.length - 1);
    expect(criteria.blocks[0].lines.join("\n")).toContain(REPORT.potentialRule.levels[0].conditions[0].text.nl);
  });

  it("writes citation, version, import date and the dataset's reading notes, each note once", () => {
    const t = table(en, TABLE_NAMES.source);
    const byId = Object.fromEntries(t.rows.map((r) => [r.id, r.cells.content]));
    expect(byId.version).toBe(REPORT.version);
    expect(byId.importDate).toBe(DATE);
    expect(String(byId.citation)).toContain(REPORT.report.title.nl);
    const notes = t.rows.filter((r) => r.id.startsWith("note:"));
    expect(notes.length).toBeGreaterThan(3);
    expect(new Set(notes.map((r) => r.cells.content)).size).toBe(notes.length);
    // The date would become a date serial: it is marked to be written as text.
    expect(t.rows.find((r) => r.id === "importDate")!.textGuard).toContain("content");
  });

  it("counts the report's potentials and the analyst's live ones in both languages, one formula for every row", () => {
    const t = table(nl, TABLE_NAMES.overviewPotential);
    expect(t.rows.map((r) => [r.id, r.cells.reportCount])).toEqual([["Hoog", 3], ["Medium", 2], ["Laag", 0]]);
    const count = t.columns.find((c) => c.key === "analystCount")!.formula!;
    const headers = (tb: string, key: string) =>
      tb === TABLE_NAMES.opportunities && key === "potential" ? "Potentieel" : tb === t.name && key === "id" ? "Potentieel" : undefined;
    const groups = '{"Hoog","High";"Medium","Medium";"Laag","Low"}';
    expect(renderFormula(count, t.name, headers)).toBe(
      `=SUMPRODUCT(--ISNUMBER(MATCH(SE_Opportunities[Potentieel],INDEX(${groups},IFERROR(MATCH([@Potentieel],INDEX(${groups},0,1),0),MATCH([@Potentieel],INDEX(${groups},0,2),0)),0),0)))`,
    );
    expect(renderFormula(count, t.name, () => undefined)).toBeNull();
    // Every formula column of every table is one formula for all its rows: no per-row formulas exist.
    for (const plan of [nl, en]) for (const tb of plan.sheets.flatMap((s) => s.tables)) for (const r of tb.rows) expect(Object.keys(r)).not.toContain("formulas");
  });
});

describe("text is written as exactly that text", () => {
  // Excel parses every string written to a cell (office-js #6687): no list of risky patterns,
  // every non-empty string carries Excel's text marker.
  it.each(["=1+1", "+31", "-x", "@SUM(A1)", "\tx", "\rx", "＝1+1", "＋1", "－1", "＠SUM(A1)", "1", "14,7%", "2025-05-01", "TRUE", "onwaar",
    "'s Avonds", "#N/A", "1E5", "(5)", "€ 5", "5 jan", "10:30 AM", "Hoog", "Zorg = goed", " =1+1"])("marks %j as text", (s) => {
    expect(needsTextGuard(s)).toBe(true);
    expect(guardText(s)).toBe(`'${s}`);
  });
  it("leaves the empty string empty", () => {
    expect(needsTextGuard("")).toBe(false);
    expect(guardText("")).toBe("");
  });
  it("takes constant work on a 200,000-digit title (no pattern that can backtrack)", () => {
    const title = "1".repeat(200_000) + "x";
    expect(guardText(title)).toBe(`'${title}`);
  });

  it("marks every such cell of the plan and no other", () => {
    for (const t of nl.sheets.flatMap((s) => s.tables)) {
      for (const r of t.rows) {
        const risky = Object.entries(r.cells).filter(([, v]) => typeof v === "string" && needsTextGuard(v)).map(([k]) => k);
        expect([...r.textGuard].sort()).toEqual(risky.sort());
      }
    }
    // Report ids are numbers as text: they stay text, so the ids read back as written.
    expect(opp(nl).rows[0].textGuard).toContain("id");
    expect(opp(nl).rows[0].textGuard).toContain("title");
  });
});

describe("structured references", () => {
  it("brackets and escapes headers with special characters", () => {
    const refs = structuredReferences("T", () => "Vraag [1]#'x");
    expect(refs.own("demand")).toBe("[@[Vraag '[1']'#''x]]");
    expect(refs.column("T", "demand")).toBe("T[[Vraag '[1']'#''x]]");
  });
});

test("the criteria sheet states the exact rule the functions apply, next to the report's words, in both languages", () => {
  for (const language of ["nl", "en"] as const) {
    const plan = buildPlan(REPORT, { language, importDate: "2025-05-01" });
    const lines = plan.sheets.find((s) => s.key === "criteria")!.blocks[0].lines;
    const exact = exactRule(language);
    for (const level of exact.levels) expect(lines).toContain(`  • ${level.label}: ${level.condition}`);
    expect(lines).toContain(`  ${exact.score}`);
    // Investment is the reversed criterion: its line says low is favourable.
    const investment = exact.criteria.find((c) => c.criterion === "investment")!;
    expect(lines.some((l) => l.includes(investment.name) && l.includes(investment.note!) && l.includes(investment.favourable))).toBe(true);
    // The exact rule comes after the report's own wording, before the table of combinations.
    const at = lines.findIndex((l) => l.includes(exact.levels[0].condition));
    expect(at).toBeGreaterThan(lines.findIndex((l) => l === lines[1]));
  }
});
