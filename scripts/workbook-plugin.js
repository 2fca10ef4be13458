// Webpack plugin: the ready-made workbooks (se-trends.nl.xlsx, se-trends.en.xlsx) in the served
// files, written by the same command as `npm run workbook` (native formulas: they work without
// the add-in), so colleagues without npm can download one. Each is written by a child process
// into a temporary folder and emitted as an asset; the pane never loads them.
"use strict";
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const LANGUAGES = ["nl", "en"];

class WorkbookPlugin {
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap("WorkbookPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "WorkbookPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "se-workbook-"));
        try {
          for (const lang of LANGUAGES) {
            const name = `se-trends.${lang}.xlsx`;
            const out = path.join(dir, name);
            execFileSync(process.execPath, [path.join(__dirname, "workbook.js"), "--lang", lang, "--out", out, "--force"], { stdio: "pipe" });
            compilation.emitAsset(name, new RawSource(fs.readFileSync(out)));
          }
        } catch (e) {
          compilation.errors.push(new compiler.webpack.WebpackError(`ready-made workbooks: ${e.stderr ? e.stderr.toString() : e.message}`));
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      });
    });
  }
}

module.exports = WorkbookPlugin;
