// When the render thread stops in the middle of its work, this thread does that work itself, to the same bytes.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from '@jest/globals';
import { layOutPlan } from '../../../src/pipeline';
import { loadPlanFile } from '../../../src/plan/load-plan';
import { prepareRenderers, renderDocuments, useRenderWorker } from '../../../src/render/render-documents';
import { repoRoot } from '../../helpers/build-plan';

/** A render thread that takes the DOCX job without answering, then stops when asked to compress the PDF's first page. */
const stopsWhenCompressing = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ task }) => {
  parentPort.postMessage({ id: -1, seen: task.kind });
  if (task.kind === 'compress') process.exit(7);
});`;

describe('renderDocuments with a render thread that stops', () => {
  it('makes the DOCX, compresses the pages and assembles the PDF here, to the bytes of a build in one thread', async () => {
    const { resolved, info } = layOutPlan(loadPlanFile(path.join(repoRoot, 'plans', '2020.yaml')), {});
    const alone = await renderDocuments(['docx', 'pdf'], resolved, info);

    const worker = new Worker(stopsWhenCompressing, { eval: true });
    const seen: string[] = [];
    worker.on('message', (message: { seen?: string }) => message.seen && seen.push(message.seen));
    const exitCode = new Promise<number>((resolve) => worker.on('exit', resolve));
    useRenderWorker(worker);
    prepareRenderers(['docx', 'pdf']);
    const afterStop = await renderDocuments(['docx', 'pdf'], resolved, info);

    expect(await exitCode).toBe(7);
    expect(seen).toEqual(['render', 'compress']);
    expect(afterStop[0]!.equals(alone[0]!)).toBe(true);
    expect(afterStop[1]!.equals(alone[1]!)).toBe(true);
  });
});
