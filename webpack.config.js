/**
 * Builds the add-in: one shared-runtime page (taskpane.html) that loads the task pane, the ribbon
 * commands and the custom functions, plus functions.json, the icons and the manifest.
 *
 * office.js: production pages load it from Microsoft's CDN (AppSource requires that); development
 * pages load the copy in node_modules, served from /office-js/, so the dev server works offline.
 * Certificates are only read in `webpack serve`, so `npm run build` never needs them.
 */
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { LocalizedFunctionsMetadataPlugin } = require('./scripts/build/localizedFunctionsMetadata');

const OFFICE_JS_CDN_ORIGIN = 'https://appsforoffice.microsoft.com';
const OFFICE_JS_CDN = `${OFFICE_JS_CDN_ORIGIN}/lib/1/hosted/office.js`;
const OFFICE_JS_LOCAL = '/office-js/office.js';
const DEV_SERVER_PORT = 3000;
const FUNCTIONS_ENTRY = './src/functions/functions.ts';

/** Only this site and the office.js CDN may provide scripts; the pane calls no other server. */
function contentSecurityPolicy() {
  return [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_JS_CDN_ORIGIN}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The metadata plugin appends `CustomFunctions.associate(...)` to functions.ts through a loader.
 * That line throws where CustomFunctions does not exist (a plain browser), so this plugin takes
 * the loader off again; functions.ts associates its functions itself, only inside Excel. The
 * plugin still writes functions.json and fails the build when the JSDoc is wrong.
 */
class KeepFunctionsUnassociatedPlugin {
  apply(compiler) {
    const { NormalModule } = compiler.webpack;
    const pluginLoader = require.resolve('custom-functions-metadata-plugin/lib/loader.js');
    compiler.hooks.compilation.tap('KeepFunctionsUnassociatedPlugin', (compilation) => {
      NormalModule.getCompilationHooks(compilation).beforeLoaders.tap(
        'KeepFunctionsUnassociatedPlugin',
        (loaders) => {
          const at = loaders.findIndex((entry) => entry.loader === pluginLoader);
          if (at >= 0) loaders.splice(at, 1);
        },
      );
    });
  }
}

async function devServerOptions() {
  // Loaded here so production builds never need office-addin-dev-certs or its certificates.
  const devCerts = require('office-addin-dev-certs');
  return {
    port: DEV_SERVER_PORT,
    host: 'localhost',
    headers: { 'Access-Control-Allow-Origin': '*' },
    server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
    static: false,
    client: { overlay: false },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);

  return {
    mode: production ? 'production' : 'development',
    // Eval-based source maps would need 'unsafe-eval' in the page's CSP.
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      functions: FUNCTIONS_ENTRY,
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              // Webpack needs ES modules to tree-shake Fluent UI; tsconfig.json says ESNext too.
              compilerOptions: { module: 'ESNext', sourceMap: true },
            },
          },
        },
      ],
    },
    optimization: {
      // Libraries go to one vendor chunk shared by the task pane and the ribbon commands, which the
      // same page loads (docx and the engine once, not twice); functions.js, which the manifest
      // also names as the functions script, stays self-contained.
      splitChunks: {
        chunks: (chunk) => chunk.name === 'taskpane' || chunk.name === 'commands',
        cacheGroups: {
          vendor: { test: /[\\/]node_modules[\\/]/, name: 'vendor', priority: 10 },
          shared: { minChunks: 2, name: 'shared', priority: 0, reuseExistingChunk: true },
        },
      },
    },
    performance: {
      hints: production ? 'warning' : false,
      maxEntrypointSize: 900 * 1024,
      maxAssetSize: 800 * 1024,
      assetFilter: (file) => file.endsWith('.js'),
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_ENTRY, output: 'functions.json' }),
      // functions-zh-CN.json: the manifest points Chinese Excel at it (docs/functions.md).
      new LocalizedFunctionsMetadataPlugin({
        source: 'functions.json',
        locales: { 'zh-CN': path.resolve(__dirname, 'src/functions/functions.zh-CN.json') },
      }),
      new KeepFunctionsUnassociatedPlugin(),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane', 'commands', 'functions'],
        chunksSortMode: 'manual',
        scriptLoading: 'defer',
        templateParameters: {
          officeJsUrl: production ? OFFICE_JS_CDN : OFFICE_JS_LOCAL,
          contentSecurityPolicy: contentSecurityPolicy(),
        },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml' },
          ...(production
            ? []
            : [
                {
                  from: 'node_modules/@microsoft/office-js/dist',
                  to: 'office-js',
                  globOptions: { ignore: ['**/*.debug.js', '**/office-vsdoc.js'] },
                },
              ]),
        ],
      }),
    ],
    devServer: serving ? await devServerOptions() : undefined,
  };
};
