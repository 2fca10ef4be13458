// One case of the scoring section in a process of its own. After a webpack build the parent's
// heap is large and busy, and V8 then times the scoring several times slower than a fresh
// runtime would; and V8 specialises the walk to the value types it has met, so each kind of
// input gets a runtime that has seen only what the case says it has.
// Usage: node scoring-child.mjs <built dir> '{"kind":"numeric","after":[],"reps":{"runs":15,"warmup":5}}'
import { loadFunctions } from "./functions-runtime.mjs";
import { benchColumns, benchScalar, benchScoring } from "./scoring.mjs";

const [outDir, task] = process.argv.slice(2);
const { kind, after, reps } = JSON.parse(task);

const associations = loadFunctions(outDir);
const fns = { potential: associations.get("POTENTIAL"), score: associations.get("SCORE") };

const result = kind === "scalar" ? benchScalar(fns, reps) : kind === "columns" ? benchColumns(fns, reps) : benchScoring(fns, kind, reps, after);
process.stdout.write(JSON.stringify(result));
