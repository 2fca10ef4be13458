/** Inserting at the selected cell on the fake: formulas live, text stays text, nothing overwritten unasked. */
import { createCompanionActions } from "../../../src/taskpane/excel/own-table";
import { FakeExcel, SheetState } from "./fake-excel";
import { installSelectionSupport, select, typeGrid } from "./fake-selection";

installSelectionSupport();

function setup() {
  const fake = new FakeExcel();
  fake.state.sheets.push(new SheetState("Blad1"));
  return { fake, actions: createCompanionActions(fake.run, () => true), cell: (r: number, c: number) => fake.state.sheet("Blad1").get(r, c) };
}

test("a live formula goes into the top-left cell of the selection", async () => {
  const { fake, actions, cell } = setup();
  select(fake, "Blad1", "C3:D5");
  const outcome = await actions.insertAtSelection({ kind: "formula", formula: '=SE.OPPORTUNITY(1,"titel")' }, false);
  expect(outcome).toEqual({ ok: true, address: "'Blad1'!C3" });
  expect(cell(2, 2)).toEqual({ value: "#CALC", formula: '=SE.OPPORTUNITY(1,"titel")' });
  expect(cell(3, 2)).toBeUndefined();
});

test("a cell that holds something is reported, not written; with overwrite it is replaced", async () => {
  const { fake, actions, cell } = setup();
  typeGrid(fake, "Blad1", "B2", [["mijn notitie"]]);
  select(fake, "Blad1", "B2");
  const before = fake.state.dump();
  const outcome = await actions.insertAtSelection({ kind: "number", value: 0.27 }, false);
  expect(outcome).toEqual({ ok: false, occupied: true, address: "'Blad1'!B2", current: "mijn notitie" });
  expect(fake.state.dump()).toEqual(before);
  await actions.insertAtSelection({ kind: "number", value: 0.27 }, true);
  expect(cell(1, 1)).toEqual({ value: 0.27 });
});

test("a formula whose value reads empty still counts as occupied", async () => {
  const { fake, actions } = setup();
  typeGrid(fake, "Blad1", "A1", [['=IF(TRUE,"")']]);
  select(fake, "Blad1", "A1");
  const outcome = await actions.insertAtSelection({ kind: "text", text: "x" }, false);
  expect(outcome.ok).toBe(false);
});

test.each(["=1+1", "+32 2 553 00 00", "1/2", "00123", "2025-05-01", "TRUE", "-verzadigd"])("the text %p stays that exact text", async (text) => {
  const { fake, actions, cell } = setup();
  select(fake, "Blad1", "A1");
  await actions.insertAtSelection({ kind: "text", text }, false);
  expect(cell(0, 0)).toEqual({ value: text });
});

test("the longest text that fits with its text marker (32,766 characters) goes in whole", async () => {
  const { fake, actions, cell } = setup();
  select(fake, "Blad1", "A1");
  const text = "é".repeat(32_766);
  await actions.insertAtSelection({ kind: "text", text }, false);
  expect(cell(0, 0)?.value).toBe(text);
});

// Excel takes at most 32,767 characters as a cell's input; the apostrophe that keeps text as text
// is one of them, so a 32,767-character text would be refused by Excel halfway through the request.
test.each([
  ["nl", /^Deze tekst telt 32767 tekens; een Excel-cel houdt er hoogstens 32766 als tekst\. Er is niets geschreven\.$/],
  ["en", /^This text has 32767 characters; an Excel cell holds at most 32766 as text\. Nothing was written\.$/],
] as const)("a text too long for a cell with its text marker is refused before anything is read or written (%s)", async (language, message) => {
  const { fake, actions } = setup();
  select(fake, "Blad1", "A1");
  const before = fake.state.dump();
  const syncs = fake.syncs;
  await expect(actions.insertAtSelection({ kind: "text", text: "x".repeat(32_767) }, true, language)).rejects.toThrow(message);
  expect(fake.state.dump()).toEqual(before);
  expect(fake.syncs).toBe(syncs);
});
