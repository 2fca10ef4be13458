import { parseDataset, REPORT } from "../../../src/core/dataset";
import { TABLE_NAMES } from "../../../src/core/plan";
import { datasetJson, importLimitExceeded, MAX_JSON_BYTES } from "../../../src/core/share";
import { SECURITY_CASES } from "../../support/reliability-figures";
import { addAnalystRow, analystDataset, col, ids, NL, noProgress, setup, type } from "./helpers";

const O = TABLE_NAMES.opportunities;

describe("validate and select", () => {
  it("lists every invalid rating with its sheet-qualified address, and selects it", async () => {
    const { fake, actions } = setup();
    expect(await actions.validate()).toEqual([]);
    await actions.runImport(NL, noProgress);
    expect(await actions.validate()).toEqual([]);
    type(fake, O, 1, col(fake, O, "Vraag"), "veel te hoog");
    type(fake, O, 2, col(fake, O, "Lokaal"), 7);
    type(fake, O, 2, col(fake, O, "Fit"), "sterk");
    fake.state.table(O).sheet.name = "Mijn 'kansen'";
    const issues = await actions.validate();
    expect(issues).toEqual([
      { address: "'Mijn ''kansen'''!F3", column: "Vraag", value: "veel te hoog", message: expect.stringMatching(/geen geldige beoordeling/) },
      { address: "'Mijn ''kansen'''!I4", column: "Lokaal", value: 7, message: expect.stringMatching(/buiten de schaal 1–5/) },
    ]);
    await actions.select(issues[1].address);
    expect(fake.state.selection).toEqual({ sheet: "Mijn 'kansen'", address: "I4" });
    expect(fake.state.active).toBe("Mijn 'kansen'");
  });
});

describe("export and import JSON", () => {
  it("exports 10,000 analyst rows as a file a colleague can import (compact when indented is over 5 MB)", async () => {
    const { fake, actions } = setup();
    await actions.importJson(JSON.stringify(analystDataset(10_000)), NL, noProgress);
    expect(ids(fake, O)).toHaveLength(10_005);
    const text = await actions.exportJson();
    expect(importLimitExceeded(text)).toBeUndefined();
    expect(text).not.toContain("\n  ");

    const colleague = setup();
    const outcome = await colleague.actions.importJson(text, NL, noProgress);
    expect(outcome.ok).toBe(true);
    expect(ids(colleague.fake, O)).toEqual(ids(fake, O));
    const notes = col(fake, O, "Notities");
    expect(colleague.fake.state.body(O).map((r) => r[notes])).toEqual(fake.state.body(O).map((r) => r[notes]));
  }, 60_000);

  it("keeps a small export indented for a person to read, and flags a file the import would refuse", () => {
    expect(datasetJson(analystDataset(10))).toContain('\n  "schemaVersion"');
    const huge = datasetJson(analystDataset(13_000));
    expect(huge).not.toContain("\n  ");
    expect(importLimitExceeded(huge)).toEqual({ bytes: Buffer.byteLength(huge), limit: MAX_JSON_BYTES });
    expect(importLimitExceeded("{}")).toBeUndefined();
  });

  it("exports the report with the analyst's rows and ratings, valid against the schema, and a colleague can import it", async () => {
    const { fake, actions } = setup();
    await actions.runImport(NL, noProgress);
    type(fake, O, 1, col(fake, O, "Vraag"), "laag");
    type(fake, O, 1, col(fake, O, "Notities"), "eigen inschatting");
    addAnalystRow(fake, { Id: "A1", Titel: "Fietsherstel", Sector: "Fietsen", Herkomst: "analist", Vraag: "hoog", Investering: 2, Fit: "sterk", Lokaal: "zwak" });
    const text = await actions.exportJson();
    const parsed = parseDataset(JSON.parse(text));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const d = parsed.dataset;
    expect(d.schemaVersion).toBe(1);
    expect(d.version).toBe(REPORT.version);
    expect(d.analystOpportunities).toEqual([expect.objectContaining({ id: "A1", title: { nl: "Fietsherstel", en: "Fietsherstel" }, sector: "fietsen" })]);
    expect(d.opportunityRatings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: "2", demand: "laag", notes: "eigen inschatting" }),
        expect.objectContaining({ id: "A1", demand: "hoog", investment: 2, fit: "sterk", local: "zwak" }),
      ]),
    );

    const colleague = setup();
    await colleague.actions.runImport(NL, noProgress);
    const check = await colleague.actions.checkJson(text, NL);
    expect(check).toMatchObject({ ok: true, summary: { added: 1, updated: 0 } });
    const outcome = await colleague.actions.importJson(text, NL, noProgress);
    expect(outcome.ok).toBe(true);
    expect(ids(colleague.fake, O)).toEqual(["1", "2", "3", "4", "5", "A1"]);
    const row = colleague.fake.state.body(O)[5];
    expect([row[col(colleague.fake, O, "Vraag")], row[col(colleague.fake, O, "Investering")], row[col(colleague.fake, O, "Herkomst")]]).toEqual(["hoog", 2, "analist"]);
    // The colleague's own rating of report row 2 is analyst work: it is reported, never overwritten.
    expect(outcome.summary.conflicts).toBeGreaterThan(0);
    expect(colleague.fake.state.body(O)[1][col(colleague.fake, O, "Vraag")]).toBe("");
    // Importing the same file again adds nothing.
    expect((await colleague.actions.importJson(text, NL, noProgress)).summary.added).toBe(0);
  });

  const valid = () => analystDataset(2);
  /** The valid file with one edit, as text. */
  const edited = (edit: (d: ReturnType<typeof valid>) => void) => () => {
    const d = valid();
    edit(d);
    return JSON.stringify(d);
  };
  const attacks: [string, () => string, RegExp][] = [
    ["too large", () => " ".repeat(5 * 1024 * 1024 + 1), /maximum is 5 MB/],
    ["not JSON", () => "{ schemaVersion: 1", /Geen geldig JSON-bestand/],
    ["__proto__", () => JSON.stringify(valid()).replace('"schemaVersion":1', '"__proto__":{"polluted":true},"schemaVersion":1'), /verboden sleutel "__proto__"/],
    ["constructor", () => JSON.stringify({ ...valid(), report: { ...REPORT.report, constructor: { prototype: {} } } }), /verboden sleutel/],
    ["not ours", () => JSON.stringify({ hello: 1 }), /schemaVersion ontbreekt/],
    ["a future schema", () => JSON.stringify({ ...valid(), schemaVersion: 2 }), /nieuwere versie/],
    ["a future dataset", () => JSON.stringify({ ...valid(), version: "2.0.0" }), /nieuwer dan de 1\.0\.0/],
    ["a schema error", () => JSON.stringify({ ...valid(), trends: "x" }), /volgt het schema niet: trends/],
    [
      "duplicate analyst ids",
      edited((d) => {
        d.analystOpportunities![1].id = "a1";
      }),
      /duplicate id "a1"/,
    ],
    [
      "an analyst id of the report",
      edited((d) => {
        d.analystOpportunities![0].id = "3";
        d.opportunityRatings![0].id = "3";
      }),
      /duplicate id "3"/,
    ],
    ["an empty file", () => "", /Geen geldig JSON-bestand/],
    ["NaN, which JSON does not have", () => JSON.stringify(valid()).replace('"schemaVersion":1', '"schemaVersion":NaN'), /Geen geldig JSON-bestand/],
    ["a trailing comma", () => JSON.stringify(valid()).replace(/}$/, ",}"), /Geen geldig JSON-bestand/],
    ["a list instead of an object", () => JSON.stringify([valid()]), /schemaVersion ontbreekt/],
    ["schemaVersion 0", () => JSON.stringify({ ...valid(), schemaVersion: 0 }), /volgt het schema niet: schemaVersion/],
    ["schemaVersion as text", () => JSON.stringify({ ...valid(), schemaVersion: "1" }), /volgt het schema niet: schemaVersion/],
    ["a future schema, as a fraction", () => JSON.stringify({ ...valid(), schemaVersion: 1.5 }), /nieuwere versie/],
    ["over 5 MB of multi-byte text", () => JSON.stringify({ ...valid(), pad: "é".repeat(2.5 * 1024 * 1024 + 1) }), /maximum is 5 MB/],
    // Deep nesting: refused with a message, never a crash (the check's parse runs out of stack and says so).
    ["10,000 nested arrays", () => "[".repeat(10_000) + "]".repeat(10_000), /Geen geldig JSON-bestand/],
    ["100,000 nested arrays in a field", () => JSON.stringify({ ...valid(), trends: 0 }).replace('"trends":0', `"trends":${"[".repeat(100_000)}${"]".repeat(100_000)}`), /Geen geldig JSON-bestand/],
    ["10,000 nested objects in a rating", () => JSON.stringify(valid()).replace('"notes":"Notitie 1"', `"notes":${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}`), /Geen geldig JSON-bestand/],
    ["2,000 nested arrays where a list is expected", () => JSON.stringify({ ...valid(), trends: 0 }).replace('"trends":0', `"trends":${"[".repeat(2_000)}${"]".repeat(2_000)}`), /volgt het schema niet: trends/],
    ["prototype", () => JSON.stringify(valid()).replace('"schemaVersion":1', '"prototype":{"polluted":true},"schemaVersion":1'), /verboden sleutel "prototype"/],
    ["__proto__ deep in a rating", () => JSON.stringify(valid()).replace('"notes":"Notitie 1"', '"notes":"Notitie 1","__proto__":{"polluted":true,"isAdmin":true}'), /verboden sleutel "__proto__"/],
    ["constructor.prototype in an analyst row", () => JSON.stringify(valid()).replace('"id":"A1",', '"id":"A1","constructor":{"prototype":{"polluted":true}},'), /verboden sleutel/],
    [
      "an analyst row of the older form with a report id",
      () => JSON.stringify({ ...valid(), opportunities: [{ ...REPORT.opportunities[0], id: "3", origin: "analyst", provenance: { source: "Y" } }] }),
      /gebruiken ids van het rapport \(3\)/,
    ],
    ["markup as the dataset version", () => JSON.stringify({ ...valid(), version: "<img src=x onerror=alert(1)>" }), /volgt het schema niet: version/],
    [
      "an invalid rating",
      edited((d) => {
        d.opportunityRatings![0].demand = "enorm";
      }),
      /not an accepted demand rating/,
    ],
  ];

  const prototypes = () => [Object.prototype, Array.prototype, Function.prototype].map((p) => Object.getOwnPropertyNames(p).sort().join());

  it.each(attacks)("rejects %s with a message and leaves the workbook untouched", async (_what, make, message) => {
    const { fake, actions } = setup();
    await actions.runImport(NL, noProgress);
    const before = fake.state.dump();
    const syncs = fake.syncs;
    const commands = fake.commands;
    const protoBefore = prototypes();
    const text = make();
    const check = await actions.checkJson(text, NL);
    expect(check).toEqual({ ok: false, message: expect.stringMatching(message) });
    expect(check.ok === false && check.message).toMatch(/Er is niets gewijzigd/);
    const outcome = await actions.importJson(text, NL, noProgress);
    expect(outcome).toMatchObject({ ok: false, batchesWritten: 0, message: expect.stringMatching(message) });
    // Not one command queued (no read, no write) and not one sync.
    expect([fake.syncs, fake.commands]).toEqual([syncs, commands]);
    expect(fake.state.dump()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(prototypes()).toEqual(protoBefore);
  });

  it("tries as many attacks as docs/RELIABILITY.md reports", () => {
    expect(attacks).toHaveLength(SECURITY_CASES["json-attacks"]);
  });

  it("explains in English when asked", async () => {
    const { actions } = setup();
    expect(await actions.checkJson("[", { language: "en" })).toEqual({ ok: false, message: expect.stringMatching(/^Not a valid JSON file .* Nothing was changed\.$/) });
  });
});

describe("messages follow the pane's language, not the workbook's", () => {
  it("a Dutch workbook imported from an English pane: English summary, progress and validation", async () => {
    const { fake, actions } = setup();
    const labels: string[] = [];
    const options = { language: "nl" as const, uiLanguage: "en" as const };
    const summary = await actions.previewImport(options);
    expect(summary.details.join(" ")).toMatch(/[A-Za-z]/);
    const dutch = await actions.previewImport(NL);
    expect(summary.details).not.toEqual(dutch.details);
    await actions.runImport(options, (p) => labels.push(p.label));
    expect(labels.at(-1)).toBe("Done.");
    // The workbook itself is Dutch.
    expect(fake.state.table(O).headers()).toContain("Vraag");
    type(fake, O, 1, col(fake, O, "Vraag"), "veel te hoog");
    const [issue] = await actions.validate("en");
    expect(issue.message).toMatch(/is not a valid rating/);
    const [nl] = await actions.validate("nl");
    expect(nl.message).toMatch(/geen geldige beoordeling/);
  });

  it("a rejected JSON file is explained in the pane's language", async () => {
    const { actions } = setup();
    const en = await actions.checkJson("{", { language: "nl", uiLanguage: "en" });
    const nl = await actions.checkJson("{", NL);
    expect(en.ok || nl.ok).toBe(false);
    expect(!en.ok && !nl.ok && en.message !== nl.message).toBe(true);
  });
});
