// Renders the help pages (help.html, help.nl.html) from their one description in src/help
// (content.ts, rendered by render.ts) and prints them as JSON { file: html }, for the build's
// HelpPagesPlugin. Runs the TypeScript sources through tsx, like scripts/workbook.js. With
// `--out DIR` it writes the pages there instead (to read them without a build).
"use strict";
require("tsx/cjs/api").register();
const fs = require("node:fs");
const path = require("node:path");

const pages = require("../src/help/render.ts").renderHelpPages();
const at = process.argv.indexOf("--out");
if (at >= 0) {
  const dir = process.argv[at + 1];
  fs.mkdirSync(dir, { recursive: true });
  for (const [file, html] of Object.entries(pages)) fs.writeFileSync(path.join(dir, file), html);
} else {
  process.stdout.write(JSON.stringify(pages));
}
