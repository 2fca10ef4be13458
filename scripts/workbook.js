// `npm run workbook` (tsx scripts/workbook.js): runs src/export/cli.ts straight from the TypeScript
// sources through tsx, which strips the types on load (they are checked by `npm run lint`, not
// here), so there is no build step to remember and no stale output to trust.
"use strict";

require("../src/export/cli.ts")
  .main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((e) => {
    console.error(`workbook: failed: ${e && e.stack ? e.stack : e}`);
    process.exit(1);
  });
