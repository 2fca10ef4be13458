/**
 * The scenarios an analyst depends on, written once against the Excel JavaScript API. The same
 * definitions run on the strict fake in CI (tests/acceptance), in real Excel desktop
 * (`npm run test:excel`) and in the analyst's own workbook (the pane's self-test). Each works
 * only on sheets and tables of its own scope (scope.ts); the runner removes them afterwards.
 */
import { REPORT, type Dataset } from "../../core/dataset";
import type { Language } from "../../core/language";
import { cellAddress } from "../../core/plan/address";
import { HEADERS, levelWord, ORIGIN_WORDS, TABLE_NAMES } from "../../core/plan";
import type { Cell } from "../../core/plan/types";
import { checkDatasetJson } from "../../core/share";
import { t as word } from "../i18n-selftest";
import { isExcelError, readTable, settledRead, typeInto, type TableRead } from "./excel-io";
import type { SelfTestHost } from "./host";
import { exportScoped, importScoped, validateScoped } from "./scoped-import";
import { scopedSheet, scopedTable, type Scope } from "./scope";

export interface ScenarioContext {
  host: SelfTestHost;
  /** This scenario's scope; `another()` gives a second one (cleaned up the same way). */
  scope: Scope;
  another(): Scope;
  /** A fixed import date, so the scenario's data does not depend on the clock. */
  today: string;
}

export interface Scenario {
  id: string;
  title: Record<Language, string>;
  run(t: ScenarioContext): Promise<void>;
}

/** A check that did not hold: the message says what was expected and what Excel gave. */
export class ScenarioFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ScenarioFailure";
  }
}

function expect(ok: boolean, message: () => string): void {
  if (!ok) throw new ScenarioFailure(message());
}

const show = (v: unknown) => (typeof v === "string" ? JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}…` : v) : String(v));
const h = (key: string, language: Language) => HEADERS[key][language];
const opportunities = (scope: Scope) => scopedTable(scope, TABLE_NAMES.opportunities);
/** Each language's name in the titles, from the pane's vocabulary: alone, and before a noun. */
const LANGUAGE_NAME = { nl: "languageNl", en: "languageEn" } as const satisfies Record<Language, string>;
const LANGUAGE_ATTRIBUTIVE = { nl: "languageNlAttributive", en: "languageEnAttributive" } as const satisfies Record<Language, string>;

async function importOrFail(t: ScenarioContext, scope: Scope, dataset: Dataset, language: Language, parts: ("opportunities" | "overview")[]) {
  const result = await t.host.run((context) => importScoped(context, scope, dataset, { language, parts }, t.host.isSetSupported, t.today));
  expect(result.error === undefined, () => `import (${language}) failed at part ${result.written + 1} of ${result.total}: ${String((result.error as Error)?.message ?? result.error)}`);
  return result;
}

/** The report's rows as imported: Hoog rows compute Hoog and 100, Medium rows (criteria left empty) nothing. */
function expectReportRows(table: TableRead, language: Language): void {
  expect(table.rows.length === REPORT.opportunities.length, () => `${table.rows.length} rows, expected ${REPORT.opportunities.length}`);
  REPORT.opportunities.forEach((o, r) => {
    const potential = table.cell(r, h("potential", language));
    const score = table.cell(r, h("score", language));
    expect(table.cell(r, "Id") === o.id, () => `row ${r + 1}: id ${show(table.cell(r, "Id"))}, expected ${o.id}`);
    if (o.potential === "high") {
      expect(potential === levelWord("high", language), () => `${o.id}: potential ${show(potential)}, expected ${levelWord("high", language)}`);
      expect(score === 100, () => `${o.id}: score ${show(score)}, expected 100`);
    } else {
      expect(potential === "" || potential === null, () => `${o.id}: potential ${show(potential)}, expected empty (no criteria filled in)`);
    }
  });
}

function expectNoErrors(table: TableRead, what: string): void {
  table.rows.forEach((row, r) =>
    row.forEach((v, c) => expect(!isExcelError(v), () => `${what}: ${table.headers[c]} of row ${r + 1} is ${v}`)),
  );
}

function importScenario(language: Language): Scenario {
  return {
    id: `import-${language}`,
    title: { nl: `Rapport importeren in het ${word("nl", LANGUAGE_NAME[language])}`, en: `Import the report in ${word("en", LANGUAGE_NAME[language])}` },
    async run(t) {
      await importOrFail(t, t.scope, REPORT, language, ["overview", "opportunities"]);
      const table = await readTable(t.host, opportunities(t.scope));
      for (const key of ["title", "demand", "potential", "score", "notes"]) {
        expect(table.headers.includes(h(key, language)), () => `header ${h(key, language)} missing (${table.headers.join(", ")})`);
      }
      expectReportRows(table, language);
      expectNoErrors(table, opportunities(t.scope));
      // The overview counts the opportunities table by formula: it must resolve, not give #REF!/#NAME?.
      expectNoErrors(await readTable(t.host, scopedTable(t.scope, TABLE_NAMES.overviewPotential)), scopedTable(t.scope, TABLE_NAMES.overviewPotential));
    },
  };
}

/** Ratings an analyst types for a Medium opportunity: all favourable, so the rule gives Hoog. */
const FAVOURABLE: Record<string, Cell> = { demand: "hoog", investment: "laag", fit: "hoog", local: "sterk" };
const NOTE = "Eigen inschatting, april";

/** Types ratings and a note on the first Medium row and appends an own row; returns that row's index. */
async function analystEdits(t: ScenarioContext, scope: Scope, language: Language): Promise<{ edited: number; own: number }> {
  const edited = REPORT.opportunities.findIndex((o) => o.potential !== "high");
  const table = await readTable(t.host, opportunities(scope));
  await t.host.run(async (context) => {
    for (const [key, value] of Object.entries(FAVOURABLE)) typeInto(context, opportunities(scope), h(key, language), edited, value);
    typeInto(context, opportunities(scope), h("notes", language), edited, NOTE);
    // An own row as Excel's table expansion adds it; formula columns are left to Excel (null).
    const own: Record<string, Cell> = { id: "A1", title: "Buurtwerk (eigen)", origin: ORIGIN_WORDS.analyst[language], demand: 4, investment: 2, fit: "ja", local: "sterk", notes: "Eigen rij" };
    const row = table.headers.map((header) => {
      const key = Object.keys(HEADERS).find((k) => h(k, language) === header && k in own);
      return key ? own[key] : null;
    });
    // The typings say no null, but Excel takes null as "leave this cell alone" (the calculated column fills it).
    context.workbook.tables.getItem(opportunities(scope)).rows.add(undefined, [row] as unknown as (string | number | boolean)[][]);
    await context.sync();
  });
  return { edited, own: table.rows.length };
}

/** The report's opportunities imported in Dutch into the scenario's scope, then the analyst's edits on them. */
async function importAndEdit(t: ScenarioContext): Promise<{ edited: number; own: number }> {
  await importOrFail(t, t.scope, REPORT, "nl", ["opportunities"]);
  return analystEdits(t, t.scope, "nl");
}

function expectEditsKept(table: TableRead, language: Language, edited: number, own: number): void {
  for (const [key, value] of Object.entries(FAVOURABLE)) {
    expect(table.cell(edited, h(key, language)) === value, () => `typed ${h(key, language)} became ${show(table.cell(edited, h(key, language)))}, expected ${show(value)}`);
  }
  expect(table.cell(edited, h("notes", language)) === NOTE, () => `typed note became ${show(table.cell(edited, h("notes", language)))}`);
  expect(table.cell(edited, h("potential", language)) === levelWord("high", language), () => `potential of the rated row is ${show(table.cell(edited, h("potential", language)))}, expected ${levelWord("high", language)}`);
  expect(table.cell(own, "Id") === "A1", () => `own row: id ${show(table.cell(own, "Id"))}, expected A1`);
  expect(table.cell(own, h("potential", language)) === levelWord("high", language), () => `own row: potential ${show(table.cell(own, h("potential", language)))}, expected ${levelWord("high", language)}`);
}

const reimport: Scenario = {
  id: "reimport",
  title: { nl: "Opnieuw importeren over eigen werk (niets verloren)", en: "Re-import over the analyst's edits (nothing lost)" },
  async run(t) {
    const { edited, own } = await importAndEdit(t);
    await importOrFail(t, t.scope, REPORT, "nl", ["opportunities"]);
    const table = await readTable(t.host, opportunities(t.scope));
    expect(table.rows.length === own + 1, () => `${table.rows.length} rows after re-import, expected ${own + 1} (no row added or lost)`);
    const ids = table.rows.map((_, r) => table.cell(r, "Id"));
    expect(new Set(ids).size === ids.length, () => `duplicate ids after re-import: ${ids.join(", ")}`);
    expectEditsKept(table, "nl", edited, own);
  },
};

const validate: Scenario = {
  id: "validate",
  title: { nl: "Beoordelingen valideren", en: "Validate ratings" },
  async run(t) {
    await importOrFail(t, t.scope, REPORT, "nl", ["opportunities"]);
    const table = await readTable(t.host, opportunities(t.scope));
    const demand = table.headers.indexOf(h("demand", "nl"));
    const fit = table.headers.indexOf(h("fit", "nl"));
    await t.host.run(async (context) => {
      typeInto(context, opportunities(t.scope), h("demand", "nl"), 1, "hgo");
      typeInto(context, opportunities(t.scope), h("fit", "nl"), 2, 9);
      await context.sync();
    });
    const issues = await t.host.run((context) => validateScoped(context, t.scope, "nl"));
    const sheet = scopedSheet(t.scope, "Opportuniteiten");
    const expected = [cellAddress(2, demand), cellAddress(3, fit)];
    const found = issues.map((i) => i.address);
    expect(found.length === 2 && expected.every((a) => found.some((f) => f.endsWith(`!${a}`) && f.includes(sheet))), () => `validation listed ${JSON.stringify(found)}, expected ${expected.join(" and ")} on ${sheet}`);
    const after = await readTable(t.host, opportunities(t.scope));
    expect(after.cell(1, h("potential", "nl")) === "#VALUE!", () => `potential of a row rated "hgo" is ${show(after.cell(1, h("potential", "nl")))}, expected #VALUE!`);
  },
};

const json: Scenario = {
  id: "json",
  title: { nl: "JSON exporteren en importeren", en: "Export and import JSON" },
  async run(t) {
    const { edited, own } = await importAndEdit(t);
    const text = await t.host.run((context) => exportScoped(context, t.scope, REPORT, "self-test"));
    const checked = checkDatasetJson(text, REPORT, "en");
    expect(checked.ok, () => `the exported file is refused: ${checked.ok ? "" : checked.message}`);
    if (!checked.ok) return;
    // Into a fresh workbook part in the other language: a colleague's English workbook.
    const colleague = t.another();
    await importOrFail(t, colleague, checked.dataset, "en", ["opportunities"]);
    expectEditsKept(await readTable(t.host, opportunities(colleague)), "en", edited, own);
    const again = JSON.parse(await t.host.run((context) => exportScoped(context, colleague, REPORT, "self-test"))) as Dataset;
    const first = JSON.parse(text) as Dataset;
    for (const key of ["analystOpportunities", "opportunityRatings"] as const) {
      expect(JSON.stringify(again[key]) === JSON.stringify(first[key]), () => `${key} changed on the way through JSON: ${JSON.stringify(first[key])} → ${JSON.stringify(again[key])}`);
    }
  },
};

/** Formulas as an analyst types them, with what each must compute to. */
const FORMULAS: Record<Language, { formula: string; expected: Cell }[]> = {
  en: [
    { formula: '=SE.POTENTIAL("hoog","laag","hoog","sterk")', expected: "Hoog" },
    { formula: '=SE.POTENTIAL("high","high","high","high","en")', expected: "Medium" },
    { formula: "=SE.SCORE(5,1,5,5)", expected: 100 },
    { formula: '=SE.OPPORTUNITY(2,"potential")', expected: "Medium" },
  ],
  nl: [
    { formula: '=SE.POTENTIEEL("hoog","laag","hoog","sterk")', expected: "Hoog" },
    { formula: '=SE.POTENTIEEL("laag","hoog","laag","zwak","en")', expected: "Low" },
    { formula: "=SE.SCORE(5,1,5,5)", expected: 100 },
    { formula: '=SE.OPPORTUNITEIT(2,"potentieel")', expected: "Medium" },
  ],
};

function functionsScenario(names: Language): Scenario {
  return {
    id: `functions-${names}`,
    title: { nl: `Functies met ${word("nl", LANGUAGE_ATTRIBUTIVE[names])} namen in cellen`, en: `Functions typed with ${word("en", LANGUAGE_ATTRIBUTIVE[names])} names` },
    async run(t) {
      const cases = FORMULAS[names];
      const sheet = scopedSheet(t.scope, "Functies");
      const address = `A1:A${cases.length}`;
      await t.host.run(async (context) => {
        context.workbook.worksheets.add(sheet);
        // range.formulas takes formulas in English syntax (, separators) in every Excel language.
        context.workbook.worksheets.getItem(sheet).getRange(address).formulas = cases.map((c) => [c.formula]);
        await context.sync();
      });
      const values = await settledRead(t.host, (context) => context.workbook.worksheets.getItem(sheet).getRange(address));
      const wrong = cases.filter((c, i) => values[i][0] !== c.expected).map((c) => `${c.formula} gave ${show(values[cases.indexOf(c)][0])}, expected ${show(c.expected)}`);
      expect(wrong.length === 0, () => wrong.join("; "));
    },
  };
}

/** Text Excel would read as something else when typed; every one must come back exactly. */
export const HOSTILE_TEXTS: readonly string[] = ["'s Avonds", "#N/A", "1E5", "(5)", "€ 5", "5 jan", "10:30 AM", "TRUE", "=1+1", "x".repeat(32_767)];

const text: Scenario = {
  id: "text",
  title: { nl: "Tekst blijft tekst (ook 's Avonds, #N/A, 1E5, =1+1)", en: "Text stays text (also 's Avonds, #N/A, 1E5, =1+1)" },
  async run(t) {
    const dataset: Dataset = {
      ...REPORT,
      analystOpportunities: HOSTILE_TEXTS.map((s, i) => ({
        id: `A${i + 1}`,
        domain: "maatschappelijke noden",
        sector: REPORT.opportunities[0].sector,
        title: { nl: s, en: s },
        provenance: { source: "self-test" },
      })),
      opportunityRatings: HOSTILE_TEXTS.map((s, i) => ({ id: `A${i + 1}`, notes: s.length > 10_000 ? s.slice(0, 10_000) : s })),
    };
    // The path of Import JSON: the file is checked first.
    const checked = checkDatasetJson(JSON.stringify(dataset), REPORT, "en");
    expect(checked.ok, () => `the test file is refused: ${checked.ok ? "" : checked.message}`);
    if (!checked.ok) return;
    await importOrFail(t, t.scope, checked.dataset, "nl", ["opportunities"]);
    const table = await readTable(t.host, opportunities(t.scope));
    const first = REPORT.opportunities.length;
    const changed = HOSTILE_TEXTS.flatMap((s, i) => {
      const title = table.cell(first + i, h("title", "nl"));
      const notes = table.cell(first + i, h("notes", "nl"));
      const note = s.length > 10_000 ? s.slice(0, 10_000) : s;
      return [...(title === s ? [] : [`${show(s)} became ${show(title)}`]), ...(notes === note ? [] : [`note ${show(note)} became ${show(notes)}`])];
    });
    expect(changed.length === 0, () => changed.join("; "));
    // Read back as written, so a second import sees nothing to change and no conflict.
    const again = await importOrFail(t, t.scope, checked.dataset, "nl", ["opportunities"]);
    expect(again.summary.conflicts === 0 && again.summary.updated === 0, () => `a second import reports ${again.summary.updated} updates and ${again.summary.conflicts} conflicts, expected none: ${again.summary.details.slice(0, 3).join(" | ")}`);
  },
};

export const SCENARIOS: readonly Scenario[] = [
  importScenario("nl"),
  importScenario("en"),
  reimport,
  validate,
  json,
  functionsScenario("en"),
  functionsScenario("nl"),
  text,
];
