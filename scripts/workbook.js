// `npm run workbook`: runs src/export/cli.ts straight from the TypeScript sources. Each .ts file
// is transpiled on require with the installed compiler (types are checked by `npm run lint`,
// not here), so there is no build step to remember and no stale output to trust.
"use strict";
const fs = require("node:fs");
const ts = require("typescript");

const options = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2020,
  esModuleInterop: true,
  resolveJsonModule: true,
  sourceMap: false,
  inlineSourceMap: true,
};

require.extensions[".ts"] = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, { compilerOptions: options, fileName: filename });
  module._compile(outputText, filename);
};

require("../src/export/cli.ts")
  .main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((e) => {
    console.error(`workbook: failed: ${e && e.stack ? e.stack : e}`);
    process.exit(1);
  });
