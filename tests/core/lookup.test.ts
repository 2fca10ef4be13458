import { CellError } from "../../src/core/errors";
import { REPORT } from "../../src/core/dataset/report";
import type { Dataset } from "../../src/core/dataset/schema";
import {
  datasetVersion,
  FIGURE_FIELDS,
  lookupFigure,
  lookupOpportunity,
  lookupThreat,
  lookupTrend,
  makeLookups,
  OPPORTUNITY_FIELDS,
  opportunityCard,
  THREAT_FIELDS,
  TREND_FIELDS,
} from "../../src/core/lookup";
import { analystOpportunity } from "../support/analyst-row";

const LANGS = ["nl", "en"] as const;
const CITATION_NL =
  'Departement WSE – Afdeling Sociale Economie en Werkbaar Werk, "Impact van de strategische trends in industriële en maatschappelijke noden, herbruikbare energie en e-commerce op kansengroepen in het algemeen en de sociale economie in het bijzonder"';

function expectError(value: unknown, code: "#VALUE!" | "#N/A", ...parts: Array<string | RegExp>) {
  expect(value).toBeInstanceOf(CellError);
  const error = value as CellError;
  expect(error.code).toBe(code);
  for (const part of parts) {
    if (typeof part === "string") expect(error.message).toContain(part);
    else expect(error.message).toMatch(part);
  }
}

describe("SE.TREND", () => {
  it("gives the title by default, in Dutch by default", () => {
    expect(lookupTrend(1, undefined, undefined)).toBe("Stijgende levensverwachting kantelt “zorg” naar “gezondheid”");
    expect(lookupTrend(6, "", "")).toBe("Minder producenten en meer dienstverleners");
    expect(lookupTrend(6, null, "en")).toBe("Fewer producers and more service providers");
  });

  it("gives every field of every trend in both languages, aliases alike", () => {
    for (const trend of REPORT.trends) {
      for (const lang of LANGS) {
        expect(lookupTrend(trend.id, "title", lang)).toBe(trend.title[lang]);
        expect(lookupTrend(trend.id, "titel", lang)).toBe(trend.title[lang]);
        const points = trend.points.map((p) => p[lang]).join("; ");
        expect(lookupTrend(trend.id, "points", lang)).toBe(points);
        expect(lookupTrend(trend.id, "Punten", lang)).toBe(points);
        const source = lookupTrend(trend.id, "source", lang);
        expect(lookupTrend(trend.id, "bron", lang)).toBe(source);
        expect(source).toContain(trend.provenance.slide);
        expect(lookupTrend(trend.id, " SECTOR ", lang)).toBe(
          trend.sector === "zorg" ? { nl: "Zorgeconomie", en: "Care economy" }[lang] : { nl: "Groensector", en: "Green sector" }[lang],
        );
      }
    }
  });

  it("joins the bullets with '; '", () => {
    expect(lookupTrend(2, "points", "nl")).toBe(
      "Digitalisering laat patiënten toe om veel meer zelf te weten, zelf te monitoren en zelf te doen; Zorgactor wordt meer een gezondheidscoach",
    );
    expect((lookupTrend(3, "points", "en") as string).split("; ")).toHaveLength(5);
  });

  it("cites slide, report and the renumbering note in the source", () => {
    expect(lookupTrend(6, "source", "nl")).toBe(
      `Dia "We identificeerden twee trends in de groeneconomie", in: ${CITATION_NL}. Leesnotitie: De bron nummert deze trend een tweede keer als '5'; volgens de leesnotities gelezen als trend 6.`,
    );
    const en = lookupTrend(6, "source", "en") as string;
    expect(en).toMatch(/^Slide "We identificeerden twee trends in de groeneconomie" \(We identified two trends in the green economy\), in: Department WSE/);
    expect(en).toContain("Reading note: The source numbers this trend '5' a second time");
    expect(lookupTrend(1, "source", "nl")).not.toContain("Leesnotitie");
  });

  it("does not take another kind's prefix", () => {
    expectError(lookupTrend("O1", "", ""), "#N/A");
    expectError(lookupTrend("B1", "", ""), "#N/A");
  });
});

describe("SE.OPPORTUNITY", () => {
  it("gives the report's potential word: Hoog/Medium, High/Medium", () => {
    expect(lookupOpportunity(1, "potential", undefined)).toBe("Hoog");
    expect([1, 2, 3, 4, 5].map((id) => lookupOpportunity(id, "potentieel", "nl"))).toEqual(["Hoog", "Medium", "Medium", "Hoog", "Hoog"]);
    expect([1, 2, 3, 4, 5].map((id) => lookupOpportunity(id, "potential", "en"))).toEqual(["High", "Medium", "Medium", "High", "High"]);
  });

  it("gives every field of every opportunity in both languages, aliases alike", () => {
    for (const o of REPORT.opportunities) {
      for (const lang of LANGS) {
        expect(lookupOpportunity(o.id, "", lang)).toBe(o.title[lang]);
        expect(lookupOpportunity(o.id, "TITEL", lang)).toBe(o.title[lang]);
        for (const alias of ["description", "beschrijving", "omschrijving"]) {
          expect(lookupOpportunity(o.id, alias, lang)).toBe(o.description[lang]);
        }
        expect(lookupOpportunity(o.id, "activities", lang)).toBe(o.activities[lang]);
        expect(lookupOpportunity(o.id, "activiteiten", lang)).toBe(o.activities[lang]);
        expect(lookupOpportunity(o.id, "sector", lang)).toBe(lang === "nl" ? "Zorgeconomie" : "Care economy");
        const source = lookupOpportunity(o.id, "source", lang) as string;
        expect(lookupOpportunity(o.id, "bron", lang)).toBe(source);
        if (!("slide" in o.provenance)) throw new Error("report rows cite a slide");
        expect(source).toContain(o.provenance.slide);
        expect(source).toContain(lang === "nl" ? "Leesnotitie: Potentieel gelezen uit de door elkaar geschoven tabel" : "Reading note: Potential read from the scrambled table");
      }
    }
  });

  it("keeps the Dutch verbatim and gives an English rendering", () => {
    expect(lookupOpportunity(4, "title", "nl")).toBe("‘multi-enclaves in WZC");
    expect(lookupOpportunity(4, "title", "en")).toBe("‘Multi-enclaves’ in residential care centres (WZC)");
    expect(lookupOpportunity(2, "activities", "nl")).toContain("(bvb. ASP)");
  });
});

describe("SE.THREAT", () => {
  it("gives every field of every threat in both languages, aliases alike", () => {
    for (const t of REPORT.threats) {
      for (const lang of LANGS) {
        expect(lookupThreat(t.id, undefined, lang)).toBe(t.title[lang]);
        expect(lookupThreat(t.id, "titel", lang)).toBe(t.title[lang]);
        expect(lookupThreat(t.id, "description", lang)).toBe(t.description[lang]);
        expect(lookupThreat(t.id, "Beschrijving", lang)).toBe(t.description[lang]);
        expect(lookupThreat(t.id, "source", lang)).toContain("Bedreigingen in Maatschappelijke noden");
        expect(lookupThreat(t.id, "bron", lang)).toBe(lookupThreat(t.id, "source", lang));
      }
    }
    expect([1, 2, 3, 4, 5].map((id) => lookupThreat(id, "sector", "en"))).toEqual([
      "Care economy",
      "Care economy",
      "Care economy",
      "Green sector",
      "Green sector",
    ]);
  });

  it("gives the report's titles in its order", () => {
    expect(lookupThreat(1, "", "")).toBe("Zorg: Kostenplaatje en regelgeving");
    expect(lookupThreat(5, "", "")).toBe("Groen: lopende klacht BFG/ABSU");
    expect(lookupThreat(5, "description", "en")).toBe("In 2014 the BFG, together with the ABSU, lodged an official complaint with the European Commission");
  });

  it("does not read T1 as a threat", () => {
    expectError(lookupThreat("T1", "", ""), "#N/A", 'id "T1"');
  });
});

// Every spelling of an id finds the row whose Dutch title is given (one test per spelling).
describe.each([
  ["SE.TREND", lookupTrend, [1, 1.0, "1", " 1 ", "01", "1.0", "T1", "t1", " T 1 ", "T-1", "t01"], REPORT.trends[0].title.nl],
  ["SE.OPPORTUNITY", lookupOpportunity, ["O3", "o3", "K3", "k3", " K 3", 3, "3"], "Doorgroei-trajecten in de zorg"],
  ["SE.THREAT", lookupThreat, ["B2", "b2", "TH2", "th2", "Th 2", 2, "2"], "Zorg: Diplomagerichtheid"],
] as const)("%s", (_name, lookup, ids, title) => {
  it.each(ids)("accepts id %p", (id) => {
    expect(lookup(id, "title", "nl")).toBe(title);
  });
});

describe("SE.FIGURE", () => {
  it.each([
    ["care_budget_share", 0.27],
    ["care_employment_share", 0.147],
    ["care_health_spending_gdp", 0.106],
    ["green_departments", 3],
    ["green_custom_work_companies", 50],
    ["care_jobs_ten_years", 46000],
  ])("%s is the number %p", (key, value) => {
    expect(lookupFigure(key, undefined, undefined)).toBe(value);
    expect(lookupFigure(key, "waarde", "en")).toBe(value);
  });

  it("gives the statement for the figure without a number", () => {
    expect(lookupFigure("green_market_trend", "value", "nl")).toBe("Producenten: dalende trend; Dienstverleners: stijgende trend");
    expect(lookupFigure("green_market_trend", "", "en")).toBe("Producers: falling trend; Service providers: rising trend");
    expect(lookupFigure("green_market_trend", "unit", "en")).toBe("");
  });

  it("gives every field of every figure in both languages", () => {
    for (const f of REPORT.keyFigures) {
      for (const lang of LANGS) {
        expect(lookupFigure(f.id, "label", lang)).toBe(f.label[lang]);
        expect(lookupFigure(f.id, "unit", lang)).toBe(f.unit?.[lang] ?? "");
        expect(lookupFigure(f.id, "eenheid", lang)).toBe(f.unit?.[lang] ?? "");
        expect(lookupFigure(f.id, "sector", lang)).toBe(
          { zorg: { nl: "Zorgeconomie", en: "Care economy" }, groen: { nl: "Groensector", en: "Green sector" } }[f.sector as "zorg" | "groen"][lang],
        );
        const source = lookupFigure(f.id, "source", lang) as string;
        expect(lookupFigure(f.id, "bron", lang)).toBe(source);
        expect(source).toContain(f.provenance.slide);
      }
    }
    expect(lookupFigure("care_budget_share", "unit", "nl")).toBe("%");
    expect(lookupFigure("green_departments", "unit", "en")).toBe("departments");
    expect(lookupFigure("care_jobs_ten_years", "source", "nl")).toContain('"Impact van trends in maatschappelijke noden op duurzame tewerkstelling" › "ZORGSECTOR"');
  });

  it.each(["CARE_BUDGET_SHARE", "care budget share", " Care-Budget-Share ", "care - budget share"])("reads key %p", (key) => {
    expect(lookupFigure(key, "value", "nl")).toBe(0.27);
  });

  it("rejects keys that are not text, and lists the keys of unknown ones", () => {
    expectError(lookupFigure(27, "", ""), "#VALUE!", "Argument key", "27", "care_budget_share");
    expectError(lookupFigure(true, "", "en"), "#VALUE!", "Argument key", "TRUE", "not a key");
    const unknown = lookupFigure("budget", "", "nl");
    expectError(unknown, "#N/A", "Argument key", '"budget"', "Geldige sleutels");
    for (const f of REPORT.keyFigures) expect((unknown as CellError).message).toContain(f.id);
    expectError(lookupFigure("", "", "en"), "#N/A", "Argument key is empty");
    expectError(lookupFigure(null, "", "nl"), "#N/A", "Argument key is leeg");
    // Some desktop builds pass an empty key cell as 0 (office-js #4702, #5262): #N/A like an empty one.
    expectError(lookupFigure(0, "", "en"), "#N/A", "Argument key is 0", "empty cell", "care_budget_share");
    expectError(lookupFigure(0, "", "nl"), "#N/A", "Argument key is 0", "lege cel");
  });

  it("lists the figure fields with their aliases", () => {
    expectError(lookupFigure("care_budget_share", "getal", "nl"), "#N/A", "Argument field", '"getal"', "value (waarde), label, unit (eenheid), sector, source (bron)");
  });
});

describe("errors", () => {
  const cases = [
    ["trend", lookupTrend, "1, 2, 3, 4, 5, 6", "T1"],
    ["opportunity", lookupOpportunity, "1, 2, 3, 4, 5", "O1 or K1"],
    ["threat", lookupThreat, "1, 2, 3, 4, 5", "B1 or TH1"],
  ] as const;

  it.each(cases)("%s: unknown id is #N/A naming the argument, the value and the valid ids", (kind, lookup, ids, prefixed) => {
    expectError(lookup(7, "", "en"), "#N/A", "Argument id", `no ${kind} with id 7.`, `Valid ids: ${ids}`, prefixed);
    expectError(lookup("X9", "", "en"), "#N/A", '"X9"', `Valid ids: ${ids}`);
    // No id is 0, and some desktop builds pass an empty cell as 0 (office-js #4702, #5262).
    expectError(lookup(0, "", "nl"), "#N/A", "Argument id is 0", "lege cel", `Geldige ids (${kind === "trend" ? "trend" : kind === "opportunity" ? "opportuniteit" : "bedreiging"}): ${ids}`);
    expectError(lookup(-0, "", "en"), "#N/A", "Argument id is 0", "empty cell", `Valid ids (${kind}): ${ids}`);
    expectError(lookup(-1, "", "nl"), "#N/A", "-1");
    expectError(lookup("", "", "nl"), "#N/A", "Argument id is leeg", ids);
    expectError(lookup(undefined, "", "en"), "#N/A", "Argument id is empty", ids);
  });

  it.each(cases)("%s: wrong id types are #VALUE!", (_kind, lookup, ids) => {
    expectError(lookup(1.5, "", "nl"), "#VALUE!", "Argument id", "1.5", "geen geheel getal", ids);
    expectError(lookup(1.5, "", "en"), "#VALUE!", "is not a whole number");
    expectError(lookup(Number.NaN, "", "en"), "#VALUE!", "Argument id");
    expectError(lookup(Number.POSITIVE_INFINITY, "", "en"), "#VALUE!", "Argument id");
    expectError(lookup(true, "", "nl"), "#VALUE!", "Argument id", "TRUE");
    expectError(lookup([1], "", "en"), "#VALUE!", "Argument id", "not an id");
  });

  it("unknown fields are #N/A listing every field with its Dutch aliases, in the chosen language", () => {
    expectError(lookupTrend(1, "bullets", "en"), "#N/A", 'Argument field: unknown field "bullets"', "Valid fields: title (titel), sector, points (punten), source (bron)");
    expectError(
      lookupOpportunity(1, "kans", "nl"),
      "#N/A",
      'Argument field: onbekend veld "kans"',
      "Geldige velden: title (titel), description (beschrijving, omschrijving), activities (activiteiten), potential (potentieel), sector, source (bron)",
    );
    expectError(lookupThreat(1, "potential", "en"), "#N/A", "title (titel), description (beschrijving, omschrijving), sector, source (bron)");
    // Object's own machinery is not a field.
    expectError(lookupTrend(1, "constructor", "en"), "#N/A", '"constructor"');
    expectError(lookupOpportunity(1, "toString", "en"), "#N/A");
  });

  it("a field that is not text is #VALUE!", () => {
    expectError(lookupTrend(1, 2, "nl"), "#VALUE!", "Argument field", "2", "geen veldnaam");
    expectError(lookupThreat(1, false, "en"), "#VALUE!", "Argument field", "FALSE", "not a field name");
  });

  it("an unknown language is #VALUE! naming the argument and the accepted values", () => {
    for (const call of [
      () => lookupTrend(1, "", "fr"),
      () => lookupOpportunity(1, "", 1),
      () => lookupThreat(1, "", true),
      () => lookupFigure("care_budget_share", "", "Deutsch"),
      () => opportunityCard(1, "xx"),
    ]) {
      expectError(call(), "#VALUE!", "Argument language", "nl, en");
    }
    expectError(lookupTrend(1, "", "fr"), "#VALUE!", '"fr"');
  });

  it("accepts the language's other spellings", () => {
    expect(lookupOpportunity(1, "potential", "EN-gb")).toBe("High");
    expect(lookupOpportunity(1, "potential", "English")).toBe("High");
    expect(lookupOpportunity(1, "potential", " Nederlands ")).toBe("Hoog");
    expect(lookupOpportunity(1, "potential", null)).toBe("Hoog");
  });

  it("the field list constants say the same as the errors", () => {
    for (const spec of [TREND_FIELDS, OPPORTUNITY_FIELDS, THREAT_FIELDS, FIGURE_FIELDS]) {
      expect(spec.fields).toContain(spec.fallback);
      for (const target of Object.values(spec.aliases)) expect(spec.fields).toContain(target);
    }
  });
});

describe("SE.VERSION", () => {
  it("gives the dataset version and the report citation", () => {
    expect(datasetVersion(undefined)).toBe(`1.0.0 — ${CITATION_NL}`);
    expect(datasetVersion("nl")).toBe(`1.0.0 — ${CITATION_NL}`);
    const en = datasetVersion("en");
    expect(en).toMatch(/^1\.0\.0 — Department WSE – Division of Social Economy and Workable Work, "Impact van de strategische trends/);
    expect(en).toContain("[Impact of the strategic trends in industrial and societal needs, renewable energy and e-commerce");
  });

  it("falls back to Dutch for an unreadable language (it returns text, never an error)", () => {
    expect(datasetVersion("fr")).toBe(datasetVersion("nl"));
  });
});

describe("opportunity card", () => {
  it("holds title, description, activities, potential, sector and source, with the report as attribution", () => {
    for (const o of REPORT.opportunities) {
      for (const lang of LANGS) {
        const card = opportunityCard(o.id, lang);
        if (card instanceof CellError) throw new Error(card.message);
        expect(card.title).toBe(o.title[lang]);
        expect(card.properties.map((p) => p.value)).toEqual(
          ["title", "description", "activities", "potential", "sector", "source"].map((f) => lookupOpportunity(o.id, f, lang)),
        );
        expect(card.attribution).toContain(lang === "nl" ? CITATION_NL : "Department WSE");
      }
    }
  });

  it("names its properties in the chosen language", () => {
    const nl = opportunityCard("K1", "nl") as { properties: Array<{ name: string }> };
    expect(nl.properties.map((p) => p.name)).toEqual(["Titel", "Omschrijving", "Activiteiten (best practice)", "Potentieel", "Sector", "Bron"]);
    const en = opportunityCard("O1", "en") as { properties: Array<{ name: string }> };
    expect(en.properties.map((p) => p.name)).toEqual(["Title", "Description", "Activities (best practice)", "Potential", "Sector", "Source"]);
  });

  it("gives the same errors as the lookup", () => {
    expectError(opportunityCard(9, "en"), "#N/A", "Argument id", "Valid ids: 1, 2, 3, 4, 5");
    expectError(opportunityCard(true, "nl"), "#VALUE!", "Argument id");
  });
});

describe("lookups over a dataset with analyst rows", () => {
  const withAnalyst: Dataset = structuredClone(REPORT);
  withAnalyst.sectors.push({ id: "logistiek", domain: "e-commerce", label: { nl: "Logistiek", en: "Logistics" } });
  withAnalyst.opportunities.push(analystOpportunity({ sector: "logistiek" }));
  const lookups = makeLookups(withAnalyst);

  it("reads the analyst row by its id, with its own source and sector", () => {
    expect(lookups.lookupOpportunity("a1", "potential", "nl")).toBe("Laag");
    expect(lookups.lookupOpportunity("A1", "potential", "en")).toBe("Low");
    expect(lookups.lookupOpportunity("A1", "sector", "en")).toBe("Logistics");
    expect(lookups.lookupOpportunity("A1", "source", "nl")).toBe("Analist: Analist X, 2025.");
    expect(lookups.lookupOpportunity(1, "potential", "nl")).toBe("Hoog");
  });

  it("does not change the bundled report's lookups", () => {
    expectError(lookupOpportunity("A1", "", "en"), "#N/A");
  });
});
