/**
 * The writer's Excel.run code against Microsoft's office-addin-mock (which loads under Jest 30
 * thanks to the office-addin-manifest stub in jest.config.js). The mock checks that only loaded
 * properties are read after a sync; the in-memory fake (fake-excel.ts) covers the import itself.
 */
import { OfficeMockObject } from "office-addin-mock";
import { createExcelActions, type ExcelRun } from "../../../src/taskpane/excel";

function mockedExcel() {
  const calls: string[] = [];
  const data = {
    context: {
      workbook: {
        worksheets: {
          getItem(name: string) {
            calls.push(`getItem ${name}`);
            return {
              activate: () => calls.push(`activate ${name}`),
              getRange: (address: string) => ({ select: () => calls.push(`select ${name}!${address}`) }),
            };
          },
        },
      },
      sync: async () => {
        calls.push("sync");
      },
    },
    run: async function (this: { context: unknown }, batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  };
  const excel = new OfficeMockObject(data) as unknown as { run: ExcelRun };
  return { calls, run: ((batch) => excel.run(batch)) as ExcelRun };
}

test("select activates the sheet and selects the cell, in one sync", async () => {
  const { calls, run } = mockedExcel();
  await createExcelActions({ run }).select("'Mijn ''kansen'''!F3");
  expect(calls).toEqual(["getItem Mijn 'kansen'", "activate Mijn 'kansen'", "select Mijn 'kansen'!F3", "sync"]);
});

test("select refuses what is not a cell address, before touching the workbook", async () => {
  const { calls, run } = mockedExcel();
  await expect(createExcelActions({ run }).select("=HYPERLINK(1)", "en")).rejects.toThrow(/Not a cell address/);
  await expect(createExcelActions({ run }).select("=HYPERLINK(1)", "nl")).rejects.toThrow(/Geen celadres: =HYPERLINK\(1\)/);
  expect(calls).toEqual([]);
});
