// Loads `plan preview` from its own bundle (dist/plan-preview.js) when that command runs, and only then: its server,
// page and watcher stay off every other command's start-up.
import fs from 'node:fs';
import path from 'node:path';
import type { PreviewModule } from './preview/preview-kit';

/** The bundles' folder: this code runs inside dist/plan.js, or from dist/cli/ (tsc's modules) or src/cli/ (tests). */
const distDir = path.basename(__filename) === 'plan.js' ? __dirname : path.join(__dirname, '..');

export function loadPreview(): PreviewModule {
  const bundle = path.join(distDir, 'plan-preview.js');
  const entry = path.join(distDir, 'cli', 'preview', 'preview-command');
  // An installed package has the bundle only; in a working copy a bundle older than tsc's modules is stale. (A
  // variable path: esbuild leaves this require alone, so the preview stays out of the command's bundle.)
  const bundleTime = fs.statSync(bundle, { throwIfNoEntry: false })?.mtimeMs;
  const entryTime = fs.statSync(`${entry}.js`, { throwIfNoEntry: false })?.mtimeMs;
  const fresh = bundleTime !== undefined && (entryTime === undefined || bundleTime >= entryTime);
  return require(fresh ? bundle : entry) as PreviewModule;
}
