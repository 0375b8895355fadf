// Bundles plan into dist/plan.js (the command) and dist/plan-render.js (the thread that makes DOCX files and assembles
// PDF files), runs each once and keeps V8's code cache beside it, so `plan` starts without resolving, reading and
// compiling ~300 modules; and dist/plan-preview.js, `plan preview` alone.
// Run by `npm run build`, after tsc.
'use strict';
const esbuild = require('esbuild');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { MessageChannel } = require('node:worker_threads');

const root = path.join(__dirname, '..');
const seed = path.join(root, 'plans', '2020.yaml');
const { bundles, codeCacheFile, loadBundle, sealCodeCache } = require(path.join(root, 'dist', 'cli', 'load-bundle.js'));

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

/** The built-in templates, precompiled, in place of the empty precompiled-templates module. */
const precompiledTemplatesPlugin = {
  name: 'precompiled-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]template[\\/]precompiled-templates\.js$/ }, () => ({
      contents: require(path.join(root, 'dist', 'template', 'precompile-templates.js')).precompiledTemplatesSource(),
      loader: 'js',
    }));
  },
};

function bundle(name) {
  fs.rmSync(codeCacheFile(name), { force: true });
  return esbuild.build({
    entryPoints: [bundles[name].entry],
    outfile: bundles[name].file,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'error',
    plugins: [lazyModulePlugin, precompiledTemplatesPlugin],
    // Smaller to read; names are kept so an internal error's stack trace (--debug) still reads.
    minifyWhitespace: true,
    minifySyntax: true,
  });
}

function load(name) {
  const loaded = loadBundle(name, { useCache: false });
  if (loaded.from !== 'bundle') throw new Error(`${name} bundle not loaded (${loaded.from})`);
  return loaded;
}

// A code cache holds the functions compiled by the time it is taken, so each bundle first does its part of a build
// of the seed plan. The command draws the PDF itself (the render thread makes the DOCX): it builds the PDF, in memory
// (--check writes nothing).
async function recordCliCache() {
  const loaded = load('cli');
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-warm-up-'));
  try {
    await loaded.exports.run(['build', seed, '--format', 'pdf', '--check', '--out', scratch], { stdout() {}, stderr() {}, env: {} });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  fs.writeFileSync(codeCacheFile('cli'), sealCodeCache(loaded.script.createCachedData()));
}

// The render thread makes the seed's DOCX and assembles its PDF, sent to it as the command would send them.
async function recordRenderCache() {
  const loaded = load('render');
  const { loadPlanFile } = require(path.join(root, 'dist', 'plan', 'load-plan.js'));
  const { layOutPlan } = require(path.join(root, 'dist', 'pipeline.js'));
  const { renderPdf } = require(path.join(root, 'dist', 'render', 'pdf', 'render-pdf.js'));
  const { resolved, info } = layOutPlan(loadPlanFile(seed), {});
  let parts;
  await renderPdf(resolved, info, async (drawn) => ((parts = drawn), Buffer.alloc(0)));
  const { port1, port2 } = new MessageChannel();
  loaded.exports.serveRenders(port1);
  const ask = (id, task) =>
    new Promise((resolve) => {
      port2.once('message', resolve);
      port2.postMessage({ id, task });
    });
  const replies = [await ask(0, { kind: 'render', format: 'docx', resolved, info }), await ask(1, { kind: 'assemble', parts })];
  port1.close();
  for (const reply of replies) if (reply.error) throw new Error(reply.error.stack ?? reply.error.message);
  fs.writeFileSync(codeCacheFile('render'), sealCodeCache(loaded.script.createCachedData()));
}

/**
 * `plan preview`'s server, page and watcher: a bundle of their own, loaded only by that command (cli/load-preview.ts),
 * so no other command reads or compiles them. Small, and started once per session: no code cache.
 */
function bundlePreview() {
  return esbuild.build({
    entryPoints: [path.join(root, 'dist', 'cli', 'preview', 'preview-command.js')],
    outfile: path.join(root, 'dist', 'plan-preview.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'error',
    minifyWhitespace: true,
    minifySyntax: true,
  });
}

Promise.all([bundle('cli'), bundle('render'), bundlePreview()])
  .then(recordCliCache)
  .then(recordRenderCache)
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
