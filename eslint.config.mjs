import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

/**
 * The layers, as import rules: the core (src/core) is pure and imports no adapter; the adapters
 * (functions, taskpane, export) import the core and not each other. src/core/tsconfig.json adds
 * the other half: the core compiles without DOM, Office or Node types.
 */
const adapter = (name) => ({ group: [`**/${name}`, `**/${name}/**`], message: `src/${name} is an adapter: only its own entry points import it.` });
const layers = [
  {
    files: ["src/core/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { ...adapter("functions"), message: "src/core is pure: it never imports an adapter (functions)." },
            { ...adapter("taskpane"), message: "src/core is pure: it never imports an adapter (taskpane)." },
            { ...adapter("export"), message: "src/core is pure: it never imports an adapter (export)." },
            { group: ["node:*", "fs", "path", "os", "child_process", "exceljs", "@microsoft/*", "office-*", "@types/*"], message: "src/core runs in Excel's runtimes: no Node, Office or workbook-file packages." },
          ],
        },
      ],
    },
  },
  { files: ["src/functions/**"], rules: { "no-restricted-imports": ["error", { patterns: [adapter("taskpane"), adapter("export")] }] } },
  { files: ["src/taskpane/**"], rules: { "no-restricted-imports": ["error", { patterns: [adapter("functions"), adapter("export")] }] } },
  { files: ["src/export/**"], rules: { "no-restricted-imports": ["error", { patterns: [adapter("functions"), adapter("taskpane")] }] } },
];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, Office: "readonly", Excel: "readonly", CustomFunctions: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  ...layers,
  {
    files: ["scripts/**", "*.js", "*.mjs", "tests/**"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
