/**
 * Builds the add-in into dist/ (dist/lib is the library's, built by tsup, and dist/api its
 * reference, built by TypeDoc: both kept):
 * functions.js, functions.json (generated from the JSDoc of src/functions/functions.ts),
 * functions.fr-FR.json, functions.html, taskpane.html, commands.html, assets/ and manifest.xml,
 * whose development URLs become ADDIN_BASE_URL in a production build.
 *
 * Everything is compiled down to ECMAScript 2016: on Windows the custom functions run in Excel's
 * JavaScript-only runtime, which implements ES2016 (see docs/excel.md). functions.js is
 * self-contained: a bare JavaScript context with the CustomFunctions global is enough to run it.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");
const { contentSecurityPolicy } = require("./scripts/csp");
const { httpsOptions } = require("./scripts/dev-certs");
const { LocalizedMetadataPlugin } = require("./scripts/localize-metadata");
const { BaseUrlError, DEV_URL, productionManifest, productionUrl } = require("./scripts/manifest-url");

/** ADDIN_BASE_URL as the manifest's base; a refused address stops the build with its message only. */
function manifestBaseUrl() {
  try {
    return productionUrl(process.env.ADDIN_BASE_URL);
  } catch (error) {
    if (!(error instanceof BaseUrlError)) throw error;
    console.error(`Construction refusée : ${error.message}`);
    process.exit(1);
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  const baseUrl = dev ? DEV_URL : manifestBaseUrl();
  // The same policy in development: the dev server adds no client code (no websocket).
  const csp = contentSecurityPolicy();
  return {
    mode: dev ? "development" : "production",
    // No eval and no source maps in production; plain source maps in development.
    devtool: dev ? "source-map" : false,
    target: ["web", "es2016"],
    // No `global` shim: webpack's finds the global object with `new Function`, and no code here needs it.
    node: { global: false },
    entry: {
      functions: ["./src/functions/polyfills.ts", "./src/functions/functions.ts"],
      // Fluent UI's settings before any Fluent module loads.
      taskpane: ["./src/taskpane/fabricConfig.ts", "./src/taskpane/index.tsx"],
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, process.env.FS_OUTPUT_DIR || "dist"),
      // functions.js keeps its name: the manifest points to it. The pane's and the commands'
      // bundles and chunks carry a hash of their content, so that a server can let browsers keep
      // them for a year (deploy/): a new version has new names, found through the page, never cached.
      filename: (data) => (dev || data.chunk.name === "functions" ? "[name].js" : "[name].[contenthash:8].js"),
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      // Chunks next to the page, by a relative URL. The default ("auto") finds the script's URL
      // at run time through webpack's global-object helper, which falls back to `new Function`.
      publicPath: "",
      // dist/lib is the library (tsup), dist/api its reference (npm run docs).
      clean: { keep: (asset) => /^(lib|api)[\\/]/.test(asset) },
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        // calc/ is pure: what a bundle does not use (the scenario engine, zod) is left out.
        { test: /[\\/]calc[\\/].*\.ts$/, sideEffects: false },
        // zod 4's code compiler (Function) taken out of the pane: see the loader.
        {
          test: /[\\/]zod[\\/]v4[\\/]core[\\/](util|doc|compile)\.js$/,
          use: path.resolve(__dirname, "scripts/zod-no-compile-loader.js"),
        },
        // ExcelJS's browser file (the pane's .xlsx export, a chunk loaded on click): its fallbacks
        // through Function taken out, see the loader.
        {
          test: /[\\/]exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
          use: path.resolve(__dirname, "scripts/exceljs-no-eval-loader.js"),
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run typecheck`; the build only transpiles.
            options: { transpileOnly: true, compilerOptions: { target: "ES2016", module: "ESNext", noEmit: false, sourceMap: dev } },
          },
        },
      ],
    },
    plugins: [
      // core-js finds the global object with `Function('return this')()` as a last resort (its
      // file is strict); this copy ends with a non-strict function instead: no eval-like code.
      new webpack.NormalModuleReplacementPlugin(
        /[\\/]core-js[\\/]internals[\\/]global-this\.js$/,
        path.resolve(__dirname, "src/functions/global-this.js"),
      ),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new LocalizedMetadataPlugin({
        source: "functions.json",
        output: "functions.fr-FR.json",
        table: path.resolve(__dirname, "src/functions/fr-FR.json"),
      }),
      ...["functions", "taskpane", "commands"].map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: `${page}.html`,
            template: `./src/${page}/${page}.html`,
            chunks: [page],
            templateParameters: { csp },
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => productionManifest(content.toString(), baseUrl) },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env.WEBPACK_SERVE ? { type: "https", options: await httpsOptions() } : undefined,
      // No client code injected into the bundles: the JavaScript-only runtime has no window or
      // WebSocket for it. Reload the task pane by hand after a change.
      client: false,
      hot: false,
      liveReload: false,
    },
  };
};
