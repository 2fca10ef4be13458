/**
 * Golden-file test of the metadata Excel reads: any change to a function's name, parameters or
 * descriptions shows up as a diff here. After an intended change: UPDATE_GOLDEN=1 npx jest tests/build
 */
import fs from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

const source = path.resolve(__dirname, "../../src/functions/functions.ts");
const golden = path.join(__dirname, "golden/functions.json");

test("functions.json generated from the JSDoc matches the golden file", async () => {
  const result = await generateCustomFunctionsMetadata([source], true);
  expect(result.errors).toEqual([]);
  const actual = JSON.parse(result.metadataJson);
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, `${JSON.stringify(actual, null, 2)}\n`);
  expect(actual).toEqual(JSON.parse(fs.readFileSync(golden, "utf8")));
});
