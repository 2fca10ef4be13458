// The associated functions, run the way Excel runs them: the production functions.js, with the
// CustomFunctions stand-in it installs itself outside Excel, and an Office.context as Excel's
// runtime has one (a display language and requirement sets), so what a call reads from it on
// every call is paid here too.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";

/** Excel's Office.context as a functions call reads it: Dutch UI, no entity cards. */
const OFFICE_CONTEXT = {
  displayLanguage: "nl-BE",
  requirements: { isSetSupported: () => false },
};

/** Runs outDir/functions.js in this process; returns the associated functions by id. */
export function loadFunctions(outDir) {
  globalThis.Office = { context: OFFICE_CONTEXT };
  vm.runInThisContext(fs.readFileSync(path.join(outDir, "functions.js"), "utf8"), { filename: "functions.js" });
  const associations = globalThis.CustomFunctions?.__fallback?.associations;
  if (!associations) throw new Error("functions.js did not associate through the runtime stand-in");
  return associations;
}
