const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const LocalizedMetadataPlugin = require("./scripts/localized-metadata-plugin");
const WorkbookPlugin = require("./scripts/workbook-plugin");
const { normaliseHostUrl, productionManifest } = require("./scripts/manifest-url");
const { version } = require("./package.json");

// Where the production build will be hosted (https, any static host). Set ADDIN_URL or
// edit "config.addin_url" in package.json (npm passes it as npm_package_config_addin_url).
const DEFAULT_PROD_URL = "https://se-trends.example.org/";

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
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // The functions bundle comes first: it is what Excel waits for before formulas calculate.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          // Static help (no script: the add-in's Content-Security-Policy forbids inline script).
          { from: "src/help/*.{html,css}", to: "[name][ext]" },
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
