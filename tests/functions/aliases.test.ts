/**
 * The runtime side of the two names per function: every alias id in the metadata is associated
 * with the very function its original id is (scripts/localize-metadata.js, bilingualMetadata).
 */
import fs from "fs";
import path from "path";
import { bilingualMetadata } from "../../scripts/localize-metadata";
import * as functions from "../../src/functions/functions";
import table from "../../src/core/translations/nl.json";

test("each Dutch name's id calls the same implementation as its English id", () => {
  const golden = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../build/golden/functions.json"), "utf8"));
  const { aliases } = bilingualMetadata(golden, table, "nl");
  const scope = globalThis as unknown as { CustomFunctions: { associate: (id: string, fn: unknown) => void } };
  const original = scope.CustomFunctions.associate;
  const associated = new Map<string, unknown>();
  scope.CustomFunctions.associate = (id, fn) => associated.set(id, fn);
  try {
    require("../../src/functions/aliases");
  } finally {
    scope.CustomFunctions.associate = original;
  }
  const byId = functions as unknown as Record<string, unknown>;
  expect([...associated.keys()].sort()).toEqual(Object.keys(aliases).sort());
  for (const [alias, id] of Object.entries(aliases)) expect([alias, associated.get(alias)]).toEqual([alias, byId[id.toLowerCase()]]);
});
