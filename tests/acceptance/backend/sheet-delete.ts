/**
 * worksheet.delete() (ExcelApi 1.1) for the fake, which does not model it yet: the sheet goes,
 * and the tables on it with it, as in Excel. Installed only where the fake lacks it, so the
 * fake's own version wins once it has one.
 */
import type { FakeExcel } from "../../taskpane/excel/fake-excel";

export function addSheetDeletion(fake: FakeExcel): void {
  const probe = fake.context().workbook.worksheets.getItem("probe") as unknown as object;
  const proto = Object.getPrototypeOf(probe) as Record<string, unknown>;
  if (typeof proto.delete === "function") return;
  proto.delete = function (this: { fake: FakeExcel; resolve: () => unknown }) {
    const owner = this.fake;
    owner.enqueue(() => {
      const sheet = this.resolve();
      owner.state.sheets = owner.state.sheets.filter((s) => s !== sheet);
      owner.state.tables = owner.state.tables.filter((t) => t.sheet !== sheet);
      if (owner.state.active === (sheet as { name: string }).name) owner.state.active = null;
    });
  };
}
