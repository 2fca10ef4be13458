import { criterionOfHeader, recogniseRow } from "../../../src/core/own-table";

describe("criterion headers", () => {
  test.each([
    ["Vraag", "demand"],
    ["Marktvraag (1–5)", "demand"],
    ["  market   DEMAND ", "demand"],
    ["Investering", "investment"],
    ["Investment needed", "investment"],
    ["Fit", "fit"],
    ["Compétenties", "fit"],
    ["Match met doelgroep", "fit"],
    ["Lokale verankering", "local"],
    ["LOKAAL", "local"],
    ["Local connectedness", "local"],
  ])("%s is %s", (header, criterion) => {
    expect(criterionOfHeader(header)).toBe(criterion);
  });

  test.each(["Profit", "Titel", "", "Vraag en investering", "Opmerking", 42, null])("%p names no single criterion", (header) => {
    expect(criterionOfHeader(header)).toBeNull();
  });

  test("the first column that names a criterion wins", () => {
    expect(recogniseRow(["Activiteit", "Vraag", "Investering", "Fit", "Lokaal", "Vraag (oud)"])).toEqual({ demand: 1, investment: 2, fit: 3, local: 4 });
  });
});
