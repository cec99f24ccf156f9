/* eslint-disable no-undef */
// Follows the `yo office` React template (OfficeDev/Office-Addin-TaskPane-React), with three
// differences: office.js is copied from node_modules and served locally (never a CDN); a
// "preview" env builds for plain http on localhost:3000 so the pane runs in a browser without Office;
// and the production manifest points where the office serves dist/ — ADDIN_URL=https://… npm run build
// (or npm run build -- --env ADDIN_URL=https://…), see README "Deploying the add-in in an office".
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const webpack = require("webpack");
const { DEV_URL, addinUrl, manifestFor } = require("./scripts/addin-url");
const { version } = require("./package.json");

async function getHttpsOptions() {
  // Loaded lazily so that `build` and `preview` never touch the certificate store.
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

const officeJsDir = path.dirname(require.resolve("@microsoft/office-js/package.json"));

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const preview = Boolean(env && env.preview);
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const given = (env && env.ADDIN_URL) || process.env.ADDIN_URL;
  // a production build without an address keeps the dev server's, and says so
  const url = dev || !given ? DEV_URL : addinUrl(given);
  if (!dev && !given) {
    console.warn(`\nwarning: dist/manifest.xml points to ${DEV_URL} (the dev server). To deploy, give the address that serves dist/:\n  ADDIN_URL=https://intranet.example/chi-tieu/ npm run build\n`);
  }
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      react: ["react", "react-dom"],
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "react" },
      commands: "./src/commands/commands.ts",
      // reading and extraction off the pane's thread: one self-contained file, no chunks to load
      documentWorker: { import: "./src/taskpane/worker/documentWorker.ts", filename: "documentWorker.js", chunkLoading: false, asyncChunks: false },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".jsx", ".json"],
      // The pane bundles browser code only; readers that need Node must not drag these in.
      // exceljs (the .xlsx reader) needs Buffer in the browser too.
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false, zlib: false, string_decoder: false, buffer: require.resolve("buffer/") },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: dev } } },
        },
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext][query]" } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new webpack.ProvidePlugin({ Buffer: ["buffer", "Buffer"] }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["react", "taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : manifestFor(content.toString(), url, version);
            },
          },
          {
            // pdf.js parses in a worker; it must come from this origin like everything else.
            from: path.join(path.dirname(require.resolve("pdfjs-dist/package.json")), "legacy", "build", "pdf.worker.min.mjs"),
            to: "pdfjs/pdf.worker.min.mjs",
          },
          {
            // office.js loads its host-specific scripts and strings from next to itself.
            from: path.join(officeJsDir, "dist"),
            to: "office-js",
            globOptions: { ignore: ["**/*.debug.js", "**/office-vsdoc.js"] },
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          hot: false,
          headers: { "Access-Control-Allow-Origin": "*" },
          static: { directory: path.resolve(__dirname, "dist") },
          server: preview ? "http" : { type: "https", options: await getHttpsOptions() },
          host: "localhost",
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
          client: false,
        }
      : undefined,
  };
};
