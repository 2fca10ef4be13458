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

test("a text of Excel's maximum length (32,767 characters) goes in whole", async () => {
  const { fake, actions, cell } = setup();
  select(fake, "Blad1", "A1");
  const text = "é".repeat(32_767);
  await actions.insertAtSelection({ kind: "text", text }, false);
  expect(cell(0, 0)?.value).toBe(text);
});
