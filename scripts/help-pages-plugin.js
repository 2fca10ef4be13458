// Webpack plugin: the help pages (help.html, help.nl.html), rendered at build time from their
// one description in src/help (see scripts/help-pages.js) and emitted as assets. A child process
// renders them, so watch mode always reads the current sources (no stale module cache); a
// description that fails to render (a placeholder without a value) fails the build.
"use strict";
const { execFileSync } = require("node:child_process");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");

class HelpPagesPlugin {
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap("HelpPagesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "HelpPagesPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        // The description and the core it reads its facts from: a change there renders again.
        for (const dir of ["src/help", "src/core"]) compilation.contextDependencies.add(path.join(ROOT, dir));
        try {
          const out = execFileSync(process.execPath, [path.join(__dirname, "help-pages.js")], { stdio: "pipe", maxBuffer: 16 * 1024 * 1024 });
          for (const [file, html] of Object.entries(JSON.parse(out.toString("utf8")))) compilation.emitAsset(file, new RawSource(html));
        } catch (e) {
          compilation.errors.push(new compiler.webpack.WebpackError(`help pages: ${e.stderr ? e.stderr.toString() : e.message}`));
        }
      });
    });
  }
}

module.exports = HelpPagesPlugin;
