const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const fs = require("fs");
const { paneCss, styleElementText } = require("./scripts/fluent-tokens");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const LocalizedMetadataPlugin = require("./scripts/localized-metadata-plugin");
const WorkbookPlugin = require("./scripts/workbook-plugin");
const HelpPagesPlugin = require("./scripts/help-pages-plugin");
const { normaliseHostUrl, productionManifest } = require("./scripts/manifest-url");
const { version } = require("./package.json");

// Where the production build will be hosted (https, any static host). Set ADDIN_URL or
// edit "config.addin_url" in package.json (npm passes it as npm_package_config_addin_url).
const DEFAULT_PROD_URL = "https://se-trends.example.org/";

const PANE_CSS = path.resolve(__dirname, "src/taskpane/taskpane.css");

/**
 * Puts lazy chunks the pane needs whatever it shows into the page as deferred scripts, right after
 * functions.js and before taskpane.js: the chunks that the Excel view and the preview share (the
 * core's dataset and scoring). The browser then downloads them alongside the other scripts
 * instead of one round trip after taskpane.js has run and Office.onReady has said which view it
 * is. Deferred scripts run in document order, so none runs before functions.js (which associates
 * the custom functions); and a chunk file only
 * registers its modules: their code runs when taskpane.js imports them. If a file fails to load,
 * import() requests it again and the pane reports a failure in words.
 *
 * `sets`: lists of chunk group names; each contributes the chunks common to all its groups.
 */
class DeferredChunkScripts {
  constructor(beforeEntry, sets) {
    this.beforeEntry = beforeEntry;
    this.sets = sets;
  }

  apply(compiler) {
    compiler.hooks.compilation.tap("DeferredChunkScripts", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap("DeferredChunkScripts", (data) => {
        const chunksOf = (name) => {
          const group = compilation.namedChunkGroups.get(name);
          if (!group) throw new Error(`no chunk group named ${name}`);
          return group.chunks;
        };
        const chunks = new Set();
        for (const names of this.sets) {
          const [first, ...rest] = names.map(chunksOf);
          for (const chunk of first) if (rest.every((others) => others.includes(chunk))) chunks.add(chunk);
        }
        const files = [...chunks].flatMap((chunk) => [...chunk.files]).filter((f) => f.endsWith(".js"));
        const at = data.headTags.findIndex((tag) => tag.tagName === "script" && String(tag.attributes.src).endsWith(`${this.beforeEntry}.js`));
        if (at < 0) throw new Error(`${this.beforeEntry}.js is not in the page`);
        const tags = files.map((file) => HtmlWebpackPlugin.createHtmlTagObject("script", { defer: true, src: file }, undefined, { plugin: "DeferredChunkScripts" }));
        data.headTags.splice(at, 0, ...tags);
        // Chromium fetches deferred scripts at low priority, and from an HTTP/1.1 server it lets
        // only one low-priority request be in flight while the page is still loading its
        // render-blocking resources (office.js): measured on loopback, taskpane.js was requested
        // ~100 ms after it was discovered. At high priority all of them are fetched at once.
        // They still run in document order, after the page is parsed.
        for (const tag of data.headTags) if (tag.tagName === "script" && tag.attributes.defer) tag.attributes.fetchpriority = "high";
        return data;
      });
    });
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const prodUrl = process.env.ADDIN_URL || process.env.npm_package_config_addin_url || DEFAULT_PROD_URL;
  if (!dev) {
    // Checked before anything is built: a bad URL fails the build with its message, never a
    // malformed or unsafe manifest.
    normaliseHostUrl(prodUrl);
    if (prodUrl === DEFAULT_PROD_URL) console.warn(`ADDIN_URL is not set: the production manifest points to the placeholder ${DEFAULT_PROD_URL}`);
  }
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/entry.ts",
      taskpane: "./src/taskpane/taskpane.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Lazy chunks by name (excel.js, preview.js): readable in the network log and the size check.
      chunkFilename: "[name].js",
      clean: true,
    },
    target: ["web", "es2020"],
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, loader: "ts-loader", options: { onlyCompileBundledFiles: true } },
        { test: /\.css$/, type: "asset/resource", generator: { filename: "[name][ext]" } },
        // The message catalogues: a compact object by name in the bundle (scripts/catalogue-loader.js).
        {
          test: /[\\/]src[\\/](core[\\/](.+[\\/])?(messages|[\w-]+-texts)|taskpane[\\/]i18n[\w-]*)\.json$/,
          type: "javascript/auto",
          loader: path.resolve(__dirname, "scripts/catalogue-loader.js"),
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      // Dutch Excel (nl-NL, nl-BE) loads functions.nl.json through the manifest's bt:Override.
      new LocalizedMetadataPlugin({
        source: "functions.json",
        locales: [{ locale: "nl", output: "functions.nl.json", table: path.resolve(__dirname, "src/core/translations/nl.json") }],
        hostUrl: dev ? null : prodUrl,
      }),
      new webpack.DefinePlugin({ __APP_VERSION__: JSON.stringify(version) }),
      // The ready-made workbooks, for analysts without npm (linked from the help pages and README).
      new WorkbookPlugin(),
      // The help pages, rendered from their one description in src/help (both languages).
      new HelpPagesPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // The functions bundle comes first: it is what Excel waits for before formulas calculate.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
        // The template places the tags itself: before office.js (see the comment there).
        inject: false,
        // The pane's stylesheet goes into the page itself (see the comment there), with the Fluent
        // tokens it uses in front (scripts/fluent-tokens.js), minified.
        templateParameters: (compilation, assets, assetTags, options) => {
          compilation.fileDependencies.add(PANE_CSS);
          return {
            compilation,
            webpackConfig: compilation.options,
            htmlWebpackPlugin: { tags: assetTags, files: assets, options },
            paneStyles: styleElementText(paneCss(fs.readFileSync(PANE_CSS, "utf8"), dev)),
          };
        },
      }),
      new DeferredChunkScripts("taskpane", [["excel", "preview"]]),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The help pages' style sheet (the pages themselves: HelpPagesPlugin; no script, the
          // add-in's Content-Security-Policy forbids inline script).
          { from: "src/help/help.css", to: "help.css" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : productionManifest(content.toString(), prodUrl)),
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.resolve(__dirname, "dist") },
      hot: false,
      liveReload: false,
      client: false,
    },
  };
  if (dev && process.env.WEBPACK_SERVE) {
    const { devHttpsOptions } = require("./scripts/dev-certs");
    config.devServer.server = { type: "https", options: await devHttpsOptions() };
  }
  return config;
};
