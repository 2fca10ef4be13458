/** The own-table reader speaks the pane's language when Excel hands back what it cannot place. */
import { readSelection } from "../../../src/taskpane/excel/own-table";

/** A context whose selection is a plain used range and whose resized block has an address the reader cannot parse. */
function contextWithBlockAddress(address: string): Excel.RequestContext {
  const block = { load: () => block, address, values: [[]], formulas: [[]] };
  const used = { load: () => used, isNullObject: false, address: "Blad1!A1:B2", getResizedRange: () => block };
  const selection = { load: () => selection, address: "Blad1!A1:B2", getUsedRangeOrNullObject: () => used };
  return { workbook: { getSelectedRange: () => selection }, sync: async () => {} } as unknown as Excel.RequestContext;
}

const api = (name: string, version: string) => name === "ExcelApi" && Number(version.split(".")[1]) <= 4;

test.each([
  ["nl", /^Excel gaf een onverwacht adres terug: #REF!$/],
  ["en", /^Excel returned an unexpected address: #REF!$/],
] as const)("an address it cannot read is reported in the pane's language (%s)", async (language, message) => {
  await expect(readSelection(contextWithBlockAddress("#REF!"), api, language)).rejects.toThrow(message);
});
