// The render worker's entry: loads the renderers the way the command loads itself (bundle and code cache), then
// renders what the main thread sends.
import { parentPort } from 'node:worker_threads';
import { loadBundle, type RenderModule } from './load-bundle';

// Tests stop the thread as it starts (PLAN_FAULT=render-thread): the command must then make both files itself.
if (process.env.PLAN_FAULT === 'render-thread') throw new Error('injected: the render thread failed to start');
if (parentPort) loadBundle<RenderModule>('render').exports.serveRenders(parentPort);
