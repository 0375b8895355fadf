// Bundles the compiled CLI into dist/plan.js, then runs one build with it and keeps V8's code cache beside it, so
// `plan` starts without resolving, reading and compiling ~300 modules. Run by `npm run build`, after tsc.
'use strict';
const esbuild = require('esbuild');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.join(__dirname, '..');
const { bundleFile, codeCacheFile, loadCli } = require(path.join(root, 'dist', 'cli', 'start.js'));

/**
 * pdfkit's dependencies plan never calls stay out of the bundle and load from node_modules on first use, instead of
 * with pdfkit (their set-up was most of pdfkit's start, and fontkit with brotli a third of the bundle).
 */
const lazyDependencies = /^(fontkit|linebreak|png-js|@noble\/ciphers\/aes)$/;
const lazyModulePlugin = {
  name: 'lazy-dependencies',
  setup(build) {
    build.onResolve({ filter: lazyDependencies }, (args) =>
      args.namespace === 'lazy' ? { path: args.path, external: true } : { path: args.path, namespace: 'lazy', pluginData: args.resolveDir },
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(path.join(__dirname, 'lazy-module.js'))})(() => require(${JSON.stringify(args.path)}));`,
      resolveDir: args.pluginData,
    }));
  },
};

esbuild.build({
  entryPoints: [path.join(root, 'dist', 'cli', 'run.js')],
  outfile: bundleFile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'error',
  plugins: [lazyModulePlugin],
  mainFields: ['module', 'main'],
  // Smaller to read; names are kept so an internal error's stack trace (--debug) still reads.
  minifyWhitespace: true,
  minifySyntax: true,
})
  .then(() => fs.rmSync(codeCacheFile, { force: true }))
  .then(recordCodeCache)
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });

// The cache holds the functions compiled by the time it is taken: build the seed plan in both formats first, in
// memory (--check writes nothing), so the code a build runs is in it.
async function recordCodeCache() {
  const cli = loadCli({ useCache: false });
  if (cli.from !== 'bundle') throw new Error(`bundle not loaded (${cli.from})`);
  const quiet = { stdout() {}, stderr() {}, env: {} };
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-warm-up-'));
  try {
    await cli.run(['build', path.join(root, 'plans', '2020.yaml'), '--check', '--out', scratch], quiet);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  fs.writeFileSync(codeCacheFile, cli.script.createCachedData());
}
