/**
 * The parts of the fake Excel the identity record needs, kept apart from fake-excel.ts:
 * workbook.settings (Excel.SettingCollection, ExcelApi 1.4) and TableColumn ids.
 *
 * Settings: add(key, value) replaces a value; getItemOrNullObject(key) gives a null object (its
 * isNullObject true after sync) when the key is absent, as Office.js does.
 * Column ids: Excel numbers a new table's columns and gives an inserted column a new id; an id
 * follows its column through renames and moves (TableColumn.id, "a unique key that identifies
 * the column within the table"). The column edits an analyst makes are in ./column-edits.ts.
 */
import type { FakeExcel } from "./fake-excel";
import { loaded } from "./fake-range";
import type { TableState } from "./fake-state";

export class FakeSettings {
  constructor(private fake: FakeExcel) {}
  add(key: string, value: unknown): void {
    this.fake.enqueue(() => this.fake.state.settings.set(key, JSON.parse(JSON.stringify(value))), value);
  }
  getItemOrNullObject(key: string) {
    const fake = this.fake;
    return {
      load() {
        return loaded(this as { isNullObject?: boolean; value?: unknown }, { isNullObject: () => !fake.state.settings.has(key), value: () => fake.state.settings.get(key) ?? null }, fake);
      },
    };
  }
}

/** table.columns.load("items/id,items/index"): the ids and positions, after sync. */
export function loadColumns(fake: FakeExcel, resolve: () => TableState) {
  return loaded({} as { items: { id: number; index: number; name: string }[] }, {
    items: () => {
      const t = resolve();
      const headers = t.headers();
      return t.columnIds.map((id, index) => ({ id, index, name: headers[index] }));
    },
  }, fake);
}
