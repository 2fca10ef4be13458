/**
 * The names the pane shows (formula-text, calculator) are the names Excel registers and offers:
 * each function under both names in both metadata files (scripts/localize-metadata.js), the
 * display language's own name visible in AutoComplete, the other one hidden but still resolving.
 */
import fs from "fs";
import path from "path";
import { bilingualMetadata } from "../../scripts/localize-metadata";
import { functionName, type FunctionId } from "../../src/core/function-names";
import table from "../../src/core/translations/nl.json";

type Entry = { id: string; name: string; options?: { excludeFromAutoComplete?: boolean } };

const golden = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../build/golden/functions.json"), "utf8")) as { functions: Entry[] };
const files = bilingualMetadata(golden, table, "nl") as unknown as Record<"source" | "localized", { functions: Entry[] }>;
const ids = golden.functions.map((f) => f.id as FunctionId);

/** Names (with namespace) a metadata file registers, and those it offers in AutoComplete. */
const names = (file: { functions: Entry[] }) => ({
  all: new Set(file.functions.map((f) => `SE.${f.name}`.toUpperCase())),
  offered: new Set(file.functions.filter((f) => !f.options?.excludeFromAutoComplete).map((f) => `SE.${f.name}`.toUpperCase())),
});

describe("function names agree with the registered metadata", () => {
  const en = names(files.source);
  const nl = names(files.localized);

  test.each(ids)("%s: the English name is offered in English Excel and resolves in Dutch Excel", (id) => {
    expect(en.offered).toContain(functionName(id, "en"));
    expect(nl.all).toContain(functionName(id, "en"));
  });

  test.each(ids)("%s: the Dutch name is offered in Dutch Excel and resolves in English Excel", (id) => {
    expect(nl.offered).toContain(functionName(id, "nl"));
    expect(en.all).toContain(functionName(id, "nl"));
  });

  test("every function id of the metadata is a FunctionId with a Dutch name in the table", () => {
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect((table.functions as Record<string, { name: string }>)[id]?.name).toBeTruthy();
  });
});
