// One case of the scoring section in a process of its own. After a webpack build the parent's
// heap is large and busy, and V8 then times the scoring several times slower than a fresh
// runtime would; and V8 specialises the walk to the value types it has met, so each kind of
// input gets a runtime that has seen only what the case says it has.
// Usage: node scoring-child.mjs <built dir> '{"kind":"numeric","after":[],"reps":{"runs":15,"warmup":5}}'
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { benchColumns, benchScalar, benchScoring } from "./scoring.mjs";

const [outDir, task] = process.argv.slice(2);
const { kind, after, reps } = JSON.parse(task);

// The associated functions, run the way Excel runs them: the production bundle, with the
// CustomFunctions stand-in it installs itself outside Excel.
vm.runInThisContext(fs.readFileSync(path.join(outDir, "functions.js"), "utf8"), { filename: "functions.js" });
const associations = globalThis.CustomFunctions?.__fallback?.associations;
if (!associations) throw new Error("functions.js did not associate through the runtime stand-in");
const fns = { potential: associations.get("POTENTIAL"), score: associations.get("SCORE") };

const result = kind === "scalar" ? benchScalar(fns, reps) : kind === "columns" ? benchColumns(fns, reps) : benchScoring(fns, kind, reps, after);
process.stdout.write(JSON.stringify(result));
