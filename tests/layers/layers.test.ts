/**
 * The layers are rules, not a convention: ESLint refuses an import across them, and the core
 * compiles under its own tsconfig without DOM, Office or Node types (`npx tsc -p src/core`, part
 * of `npm run lint`). Each rule is shown to fire on a file placed where it would break a layer.
 */
import { spawnSync } from "child_process";
import path from "path";

const root = path.resolve(__dirname, "../..");

function lint(file: string, source: string): string {
  const r = spawnSync(process.execPath, [path.join(root, "node_modules/eslint/bin/eslint.js"), "--stdin", "--stdin-filename", file, "--format", "stylish"], {
    cwd: root,
    input: source,
    encoding: "utf8",
  });
  return r.stdout + r.stderr;
}

test.each([
  ["src/core/x.ts", 'import { excelError } from "../functions/excel-errors";\nexport const x = excelError;\n', /never imports an adapter \(functions\)/],
  ["src/core/plan/x.ts", 'import { t } from "../../taskpane/i18n";\nexport const x = t;\n', /never imports an adapter \(taskpane\)/],
  ["src/core/x.ts", 'import fs from "node:fs";\nexport const x = fs;\n', /no Node, Office or workbook-file packages/],
  ["src/functions/x.ts", 'import { t } from "../taskpane/i18n";\nexport const x = t;\n', /src\/taskpane is an adapter/],
  ["src/taskpane/x.ts", 'import { trend } from "../functions/functions";\nexport const x = trend;\n', /src\/functions is an adapter/],
  ["src/export/x.ts", 'import { t } from "../taskpane/i18n";\nexport const x = t;\n', /src\/taskpane is an adapter/],
])("%s: %s is refused", (file, source, why) => {
  expect(lint(file, source)).toMatch(why);
}, 30_000);

test("an import of the core from an adapter is allowed", () => {
  expect(lint("src/functions/x.ts", 'import { pick } from "../core/language";\nexport const x = pick;\n')).not.toMatch(/no-restricted-imports/);
}, 30_000);

test("the core compiles without DOM, Office or Node types", () => {
  const r = spawnSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", "src/core"], { cwd: root, encoding: "utf8" });
  expect(r.stdout + r.stderr).toBe("");
  expect(r.status).toBe(0);
}, 120_000);
