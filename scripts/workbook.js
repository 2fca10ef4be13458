// `npm run workbook` (and the build's ready-made workbooks, scripts/workbook-plugin.js): runs
// src/export/cli.ts straight from the TypeScript sources through tsx, which strips the types on
// load (they are checked by `npm run lint`, not here), so there is no build step to remember and
// no stale output to trust. Registered here, so `node scripts/workbook.js` works from any launcher.
"use strict";
require("tsx/cjs/api").register();

require("../src/export/cli.ts")
  .main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((e) => {
    console.error(`workbook: failed: ${e && e.stack ? e.stack : e}`);
    process.exit(1);
  });
