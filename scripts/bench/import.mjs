// Slot for item 2 of issue 7 (round trips and payload of the workbook import): context.sync
// count and batch sizes for the reference set and 1,000 / 10,000 / 100,000 analyst rows, first
// import and re-import. Budgets once wired: reference ≤ 3 syncs, 10,000-row re-import ≤ 5 syncs,
// no batch over 5 MB — deterministic, so they fail the run.
// TODO(import): wire to src/taskpane/excel once the workbook writer is merged.

export function benchImport() {
  return { status: "pending", note: "import: pending (writer not merged)" };
}
