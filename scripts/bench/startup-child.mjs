// The start-up section in a process of its own: the local page server runs in this process, and
// after a webpack build the parent's heap is large and busy, which slows serving our page's
// several files more than the blank page's one (measured: +110 ms instead of +30 ms).
// Usage: node startup-child.mjs <built dir> '{"loads":10,"warmup":2}'
import { benchStartup } from "./startup.mjs";

const [outDir, reps] = process.argv.slice(2);
process.stdout.write(JSON.stringify(await benchStartup(outDir, JSON.parse(reps))));
