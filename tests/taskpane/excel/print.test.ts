/** The pane's import sets every sheet up for printing (ExcelApi 1.9), and imports without it on older Excel. */
import { REPORT } from "../../../src/core/dataset";
import { NL, noProgress, setup } from "./helpers";

describe("print setup of the sheets the pane writes", () => {
  it("lies wide sheets down, fits one page wide, repeats the header row and cites the report in the footer", async () => {
    const { fake, actions } = setup();
    expect((await actions.runImport(NL, noProgress)).ok).toBe(true);
    for (const sheet of fake.state.sheets) {
      expect([sheet.name, sheet.print.zoom]).toEqual([sheet.name, { horizontalFitToPages: 1, verticalFitToPages: 0 }]);
      expect(sheet.print.leftFooter).toContain('Departement WSE, "Impact van de strategische trends');
      expect(sheet.print.rightFooter).toBe(`Datasetversie ${REPORT.version} · pagina &P van &N`);
    }
    const opp = fake.state.sheet("Opportuniteiten").print;
    expect([opp.orientation, opp.paperSize, opp.titleRows]).toEqual(["Landscape", "A3", "$1:$1"]);
    const overview = fake.state.sheet("Overzicht");
    expect([overview.print.orientation, overview.print.titleRows]).toEqual(["Landscape", undefined]);
    // The long citation lines span the overview's columns and wrap, with a height for their text.
    expect(overview.merged).toEqual(["0,0:1x7", "1,0:1x7", "2,0:1x7"]);
    expect(overview.heights.get(1)).toBeGreaterThan(15);
    expect(fake.state.sheet("Criteria").print.titleRows).toMatch(/^\$(\d+):\$\1$/);
  });

  it("still imports on Excel without ExcelApi 1.9, without print setup", async () => {
    const { fake, actions } = setup({ isSetSupported: (_n, v) => Number(v.split(".")[1]) <= 8 });
    expect((await actions.runImport(NL, noProgress)).ok).toBe(true);
    for (const sheet of fake.state.sheets) expect(sheet.print).toEqual({});
  });
});
