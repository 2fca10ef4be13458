/**
 * Rows an analyst adds to the opportunities table after an import: Excel fills each calculated
 * column's formula into them (the fake's addAnalystRow does what table auto-expansion does), and
 * the overview's counts read the whole table column, so they include those rows. The fake does
 * not compute built-in functions: these tests check what each formula refers to.
 */
import { TABLE_NAMES } from "../../../src/core/plan";
import type { FakeExcel } from "./fake-excel";
import { addAnalystRow, col, NL, noProgress, setup } from "./helpers";

const O = TABLE_NAMES.opportunities;
const P = TABLE_NAMES.overviewPotential;

/** The cells a structured reference Table[Column] covers in the fake's current state. */
function covered(fake: FakeExcel, reference: string): { sheet: string; row: number; col: number }[] {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)\[([^\][]+)\]$/.exec(reference);
  if (!m) throw new Error(`not a table column reference: ${reference}`);
  const t = fake.state.table(m[1]);
  const c = t.left + col(fake, m[1], m[2]);
  return Array.from({ length: t.bodyRows }, (_, i) => ({ sheet: t.sheet.name, row: t.top + 1 + i, col: c }));
}

describe("rows an analyst adds to the opportunities table", () => {
  it("get the potential, score and check formulas, and the overview's counts cover them", async () => {
    const { fake, actions } = setup();
    expect((await actions.runImport(NL, noProgress)).ok).toBe(true);
    const countsBefore = fake.state.formulas(P).map((r) => r[2]);
    for (let i = 0; i < 15; i++) {
      const high = i % 4 === 0; // rows 0, 4, 8, 12: four rows rated Hoog
      addAnalystRow(fake, {
        Id: `A${i + 1}`,
        Titel: `Eigen ${i + 1}`,
        Vraag: high ? "hoog" : "medium",
        Investering: high ? "laag" : "medium",
        Fit: high ? "hoog" : "medium",
        Lokaal: high ? "hoog" : "medium",
        Herkomst: "analist",
      });
    }
    const formulas = fake.state.formulas(O);
    expect(formulas).toHaveLength(20);
    for (const header of ["Potentieel", "Score", "Vergelijking"]) {
      const c = col(fake, O, header);
      // Every row, the report's five and the fifteen added, holds the column's one formula.
      expect(new Set(formulas.map((r) => r[c])).size).toBe(1);
      expect(String(formulas[19][c])).toMatch(/^=/);
    }
    expect(formulas[19][col(fake, O, "Potentieel")]).toBe("=SE.POTENTIAL([@Vraag],[@Investering],[@Fit],[@Lokaal])");

    // The counts: unchanged formulas, no fixed rows, reading the whole Potentieel column.
    const counts = fake.state.formulas(P).map((r) => String(r[2]));
    expect(counts).toEqual(countsBefore);
    for (const f of counts) {
      const code = f.replace(/"(?:[^"]|"")*"/g, '""');
      expect(code).not.toMatch(/\$?[A-Z]{1,3}\$?\d+/);
      const reference = /MATCH\((SE_Opportunities\[[^\]]+\]),/.exec(code)?.[1];
      expect(reference).toBe("SE_Opportunities[Potentieel]");
      const cells = covered(fake, reference!);
      expect(cells).toHaveLength(20);
      // The four added Hoog rows are among the cells counted.
      const potential = fake.state.table(O).left + col(fake, O, "Potentieel");
      const top = fake.state.table(O).top + 1;
      for (const i of [0, 4, 8, 12]) expect(cells).toContainEqual({ sheet: "Opportuniteiten", row: top + 5 + i, col: potential });
    }
  });
});
