/**
 * The fake is as strict as the public evidence says Excel is; each behaviour cites its source.
 * A fake kinder than Excel would let the writer's tests pass where Excel fails.
 */
import { FakeExcel, parseInput, registeredFunctions } from "./fake-excel";

async function withSheet(fake: FakeExcel, body: (ctx: Excel.RequestContext) => void): Promise<void> {
  await fake.run(async (ctx) => {
    ctx.workbook.worksheets.add("S");
    body(ctx);
    await ctx.sync();
  });
}

describe("typed strings are parsed as Excel parses input (office-js #6687; Excel's input rules)", () => {
  it.each([
    ["1E5", 100000],
    ["(5)", -5],
    ["€ 5", 5],
    ["14,7%", 0.147],
    ["3,5", 3.5],
    ["1.000,5", 1000.5],
    ["10:30 AM", 10.5 / 24],
    ["TRUE", true],
    ["onwaar", false],
  ])("%j becomes %p in Dutch Excel", (text, value) => {
    const cell = parseInput(text, "nl");
    expect(typeof cell.value).toBe(typeof value);
    if (typeof value === "number") expect(cell.value as number).toBeCloseTo(value, 10);
    else expect(cell.value).toBe(value);
  });

  it.each(["5 jan", "jan 5", "5-Jan", "2025-05-01", "1/2", "mei 5"])("%j becomes a date serial (nl and en month names)", (text) => {
    expect(typeof parseInput(text, "nl").value).toBe("number");
    expect(typeof parseInput(text, "en").value).toBe("number");
  });

  it.each(["#N/A", "#VALUE!", "#N/B", "#NAAM?"])("%j becomes an error value, not text", (text) => {
    expect(parseInput(text, "nl")).toMatchObject({ error: true });
  });

  it("eats one leading apostrophe as Excel's text marker, and keeps a second", () => {
    expect(parseInput("'s Avonds")).toEqual({ value: "s Avonds" });
    expect(parseInput("''s Avonds")).toEqual({ value: "'s Avonds" });
    expect(parseInput("'1E5")).toEqual({ value: "1E5" });
  });

  it("keeps ordinary text", () => {
    expect(parseInput("Hoog")).toEqual({ value: "Hoog" });
    expect(parseInput(" =1+1")).toEqual({ value: " =1+1" });
  });
});

describe("writes (learn.microsoft.com: excel-add-ins-blank-null-values)", () => {
  it("null in a 2-D array leaves the cell as it is; \"\" clears it", async () => {
    const fake = new FakeExcel();
    await withSheet(fake, (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1:B1").values = [["a", "b"]];
    });
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1:B1").values = [[null, ""]] as unknown as string[][];
      await ctx.sync();
    });
    expect(fake.state.sheet("S").get(0, 0)).toEqual({ value: "a" });
    expect(fake.state.sheet("S").get(0, 1)).toBeUndefined();
  });

  it("a values or numberFormat array of the wrong shape throws InvalidArgument", async () => {
    for (const write of [
      (r: Excel.Range) => (r.values = [["x"]]),
      (r: Excel.Range) => (r.numberFormat = [["@"]]),
    ]) {
      const fake = new FakeExcel();
      await expect(withSheet(fake, (ctx) => write(ctx.workbook.worksheets.getItem("S").getRange("A1:A2")))).rejects.toThrow(/InvalidArgument/);
    }
  });
});

describe("tables", () => {
  it("a header-only range becomes a table with one empty body row (Excel tables always have a data row)", async () => {
    const fake = new FakeExcel();
    await withSheet(fake, (ctx) => {
      const range = ctx.workbook.worksheets.getItem("S").getRange("A1:B1");
      range.values = [["Id", "Naam"]];
      ctx.workbook.tables.add(range, true).name = "T";
    });
    expect(fake.state.table("T").bodyRows).toBe(1);
  });

  it("a formula naming a table that does not exist (yet) is refused", async () => {
    const fake = new FakeExcel();
    await expect(
      withSheet(fake, (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1").formulas = [["=COUNTA(SE_Missing[Id])"]];
      }),
    ).rejects.toThrow(/InvalidArgument.*SE_Missing/);
  });

  async function table(fake: FakeExcel): Promise<void> {
    await withSheet(fake, (ctx) => {
      const range = ctx.workbook.worksheets.getItem("S").getRange("A1:B4");
      range.values = [["Id", "F"], ["'1", ""], ["'2", ""], ["'3", ""]];
      ctx.workbook.tables.add(range, true).name = "T";
    });
  }

  it("one formula written into a table column fills the whole column: a calculated column (office-js #5909)", async () => {
    const fake = new FakeExcel();
    await table(fake);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("B2").formulas = [["=[@Id]&\"x\""]];
      await ctx.sync();
    });
    expect(fake.state.formulas("T").map((r) => r[1])).toEqual(['=[@Id]&"x"', '=[@Id]&"x"', '=[@Id]&"x"']);
    expect(fake.state.table("T").calculated.get(1)).toBe('=[@Id]&"x"');
  });

  it("different formulas in one table column collapse into the bottom-most (AutoCorrect, office-js #6745, #2093)", async () => {
    const fake = new FakeExcel();
    await table(fake);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("B2:B4").formulas = [["=1+1"], ["=1+2"], ["=1+3"]];
      await ctx.sync();
    });
    expect(fake.state.formulas("T").map((r) => r[1])).toEqual(["=1+3", "=1+3", "=1+3"]);
  });

  it("rows added with null in a calculated column get its formula; \"\" leaves the cell empty", async () => {
    const fake = new FakeExcel();
    await table(fake);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("B2:B4").formulas = [["=1"], ["=1"], ["=1"]];
      ctx.workbook.tables.getItem("T").rows.add(undefined, [["'4", null], ["'5", ""]] as unknown as string[][]);
      await ctx.sync();
    });
    expect(fake.state.formulas("T").map((r) => r[1])).toEqual(["=1", "=1", "=1", "=1", ""]);
  });
});

describe("custom function names per display language (office-js #891, #6614)", () => {
  it("the registry is the add-in's metadata: both names in both languages, nothing else", () => {
    const { nl, en } = registeredFunctions();
    for (const names of [nl, en]) {
      expect(names).toEqual(new Set(["SE.POTENTIAL", "SE.POTENTIEEL", "SE.SCORE", "SE.EXPLAIN", "SE.UITLEG", "SE.TREND", "SE.OPPORTUNITY", "SE.OPPORTUNITEIT", "SE.THREAT", "SE.BEDREIGING", "SE.FIGURE", "SE.KENGETAL", "SE.VERSION", "SE.VERSIE"]));
    }
  });

  it("an unknown custom function name gives #NAME?; built-ins and known names compute", async () => {
    for (const displayLanguage of ["nl", "en"] as const) {
      const fake = new FakeExcel();
      fake.options = { displayLanguage };
      await withSheet(fake, (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1:C1").formulas = [["=SE.POTENTIAL(1,2,3,4)", "=SE.KANS(1)", '=SUM(1,2)&"SE.KANS("']];
      });
      const s = fake.state.sheet("S");
      expect([s.get(0, 0)?.value, s.get(0, 1)?.value, s.get(0, 2)?.value]).toEqual(["#CALC", "#NAME?", "#CALC"]);
    }
  });
});
