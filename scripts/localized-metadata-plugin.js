// @ts-check
// Emits a localized copy of functions.json per translation table (functions.nl.json), lets error
// values reach the functions (allowErrorForDataTypeAny), adds each
// language's names to every file as functions of their own (bilingualMetadata), and, in
// production, points every metadata URL (help links) at the hosting URL. Runs after
// CustomFunctionsMetadataPlugin has put functions.json into the compilation. A missing or
// invalid translation becomes a compilation error, so `npm run build` fails instead of shipping
// Dutch Excel a half-English function list.
const fs = require("fs");
const { Compilation, WebpackError, sources } = require("webpack");
const { bilingualMetadata } = require("./localize-metadata");
const { DEV_URL, withHostUrl } = require("./manifest-url");

const PLUGIN_NAME = "LocalizedMetadataPlugin";

class LocalizedMetadataPlugin {
  /**
   * @param {{ source?: string, locales: { locale: string, output: string, table: string }[], hostUrl?: string | null }} options
   *   source: the English metadata asset; table: path of a translation table (JSON);
   *   hostUrl: production hosting URL replacing the dev URL, or null in development.
   */
  constructor(options) {
    this.source = options.source || "functions.json";
    this.locales = options.locales || [];
    this.hostUrl = options.hostUrl || null;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation) => {
      // DERIVED: the English metadata is already there (it is added when the compilation starts).
      compilation.hooks.processAssets.tap({ name: PLUGIN_NAME, stage: Compilation.PROCESS_ASSETS_STAGE_DERIVED }, () =>
        this.emit(compilation),
      );
    });
  }

  /** @param {import("webpack").Compilation} compilation */
  emit(compilation) {
    /** @param {string} message */
    const fail = (message) => compilation.errors.push(new WebpackError(`${PLUGIN_NAME}: ${message}`));
    const asset = compilation.getAsset(this.source);
    // No English metadata: the metadata plugin has already reported why.
    if (!asset) return;
    /** @type {object} the metadata parsed; bilingualMetadata checks its shape */
    let english;
    try {
      english = JSON.parse(asset.source.source().toString());
    } catch (error) {
      fail(`${this.source} is not JSON: ${error instanceof Error ? error.message : error}`);
      return;
    }
    // Error cells reach the functions as error values (src/core/cell-value.ts) instead of Excel
    // refusing to call them: one #N/A in a range must not replace every result of that range.
    // custom-functions-metadata cannot set this from the JSDoc, so every file gets it here.
    english = { ...english, allowErrorForDataTypeAny: true };
    const outputs = [this.source];
    for (const { locale, output, table } of this.locales) {
      compilation.fileDependencies.add(table);
      let translations;
      try {
        translations = JSON.parse(fs.readFileSync(table, "utf8"));
      } catch (error) {
        fail(`cannot read the ${locale} translation table ${table}: ${error instanceof Error ? error.message : error}`);
        continue;
      }
      // Every name in every file (see bilingualMetadata): the English file gains the aliases too.
      const result = bilingualMetadata(english, translations, locale);
      for (const e of result.errors) fail(`${output}: ${e}`);
      for (const w of result.warnings) compilation.warnings.push(new WebpackError(`${PLUGIN_NAME}: ${output}: ${w}`));
      compilation.emitAsset(output, new sources.RawSource(`${JSON.stringify(result.localized, null, 2)}\n`));
      english = result.source;
      outputs.push(output);
    }
    compilation.updateAsset(this.source, new sources.RawSource(`${JSON.stringify(english, null, 2)}\n`));
    if (this.hostUrl) {
      for (const name of outputs) {
        const text = compilation.getAsset(name)?.source.source().toString() ?? "";
        if (text.includes(DEV_URL)) compilation.updateAsset(name, new sources.RawSource(withHostUrl(text, this.hostUrl)));
      }
    }
  }
}

module.exports = LocalizedMetadataPlugin;
