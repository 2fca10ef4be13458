// Production build of the current sources into a temporary folder, with webpack's stats, so the
// bench measures what `npm run build` would ship without touching anyone's dist/.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

export async function buildProduction() {
  const webpack = require("webpack");
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "se-bench-"));
  const env = process.env.ADDIN_URL;
  // The hosting URL only ends up in manifest.xml; set one so the build does not warn.
  process.env.ADDIN_URL = env || "https://bench.invalid/";
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const factory = require(path.join(root, "webpack.config.js"));
    const config = await factory({}, { mode: "production" });
    config.mode = "production";
    config.output.path = outDir;
    const stats = await new Promise((resolve, reject) => webpack(config, (err, s) => (err || !s ? reject(err) : resolve(s))));
    if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
    return { outDir, stats: stats.toJson({ all: false, chunks: true, chunkModules: true, entrypoints: true, assets: true }) };
  } finally {
    process.chdir(cwd);
    if (env === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = env;
  }
}
