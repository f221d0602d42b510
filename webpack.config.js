// Builds the task pane (taskpane.html), the browser preview (preview.html), the ribbon's
// function file (commands.html) and the help page into dist/.
//
// - Office.js comes from the installed @microsoft/office-js package, copied to dist/office-js/
//   and loaded by a <script> tag: no CDN, so builds and tests work offline. Only the files an
//   Excel host can ask for are copied (office.js loads its host script and strings next to
//   itself), not Word/Outlook/PowerPoint's.
// - Type checking is `npm run typecheck`; ts-loader only transpiles.
// - Production rewrites the manifest's localhost URLs to ADDIN_PUBLIC_URL.
// - The dev server speaks https with office-addin-dev-certs only when sideloading into
//   desktop Excel needs it (`--env https`); the Linux preview is plain http on localhost.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import CopyWebpackPlugin from "copy-webpack-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";
import { DEFAULT_PUBLIC_URL, rewriteManifestUrls } from "./scripts/manifest-urls.js";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const officeJsDist = join(dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

export const DEV_SERVER_PORT = 3000;

/** Office.js files an Excel host may request, relative to the package's dist/. */
const OFFICE_JS_FILES = [
  "office.js",
  "o15apptofilemappingtable.js",
  "es6-promise.js",
  "excel-*.js",
  "excelwebapp-*.js",
  "telemetry/oteljs_agave*.js",
  "*/office_strings.js",
];

export default async function config(env = {}, argv = {}) {
  const production = argv.mode === "production";
  const https = Boolean(env.https);
  const publicUrl = process.env.ADDIN_PUBLIC_URL || DEFAULT_PUBLIC_URL;

  const page = (name, template, chunks) =>
    new HtmlWebpackPlugin({ filename: `${name}.html`, template: join(here, template), chunks });

  return {
    mode: production ? "production" : "development",
    context: here,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: join(here, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    devtool: "source-map",
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // TypeScript sources may import siblings as "./x.js" (ESM style); find the .ts file.
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // tsconfig says noEmit (it is for `tsc` type checking); the loader must emit.
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
          },
        },
      ],
    },
    optimization: {
      // The task pane and the preview share React and Fluent: one vendor chunk, cached once.
      splitChunks: { chunks: "all" },
    },
    // React + Fluent UI make a bundle of about a megabyte; served from the add-in's own
    // origin and cached, so webpack's 244 KB web-page hint does not apply.
    performance: { hints: false },
    plugins: [
      page("taskpane", "src/taskpane/taskpane.html", ["taskpane"]),
      page("preview", "src/preview/preview.html", ["preview"]),
      page("commands", "src/taskpane/commands.html", []),
      page("help", "src/taskpane/help.html", []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (production ? rewriteManifestUrls(content.toString(), publicUrl) : content),
          },
          ...OFFICE_JS_FILES.map((pattern) => ({
            from: pattern,
            context: officeJsDist,
            to: "office-js/[path][name][ext]",
            globOptions: { ignore: ["**/*.debug.js"] },
            // Already minified by Microsoft; without this Terser spends minutes on 13 MB of it.
            info: { minimized: true },
          })),
        ],
      }),
    ],
    devServer: {
      port: DEV_SERVER_PORT,
      host: "localhost",
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: await devCertificates() } : "http",
      client: { overlay: { errors: true, warnings: false } },
    },
  };
}

// Imported lazily: only sideloading needs the certificates, and getting them may prompt
// to install a local certificate authority.
async function devCertificates() {
  const { getHttpsServerOptions } = await import("office-addin-dev-certs");
  return getHttpsServerOptions();
}
