// Renders the formats asked for: in this thread, or DOCX on a second thread while this one draws the PDF.
import { Worker, type MessagePort } from 'node:worker_threads';
import type { ResolvedDocument } from '../layout/resolved-document';
import type { BuildInfo } from './build-info';

export type Format = 'docx' | 'pdf';

/** One format, in this thread; each renderer is loaded only when its format is asked for. */
async function renderInThisThread(format: Format, resolved: ResolvedDocument, info: BuildInfo): Promise<Buffer> {
  return format === 'docx'
    ? (await import('./docx/render-docx')).renderDocx(resolved, info)
    : (await import('./pdf/render-pdf')).renderPdf(resolved, info);
}

class WorkerStopped extends Error {}

interface Job {
  resolve(bytes: Buffer): void;
  reject(error: Error): void;
}

type Reply = { id: number; bytes: Uint8Array } | { id: number; error: { message: string; stack?: string } };

/**
 * A worker thread that renders DOCX files (the two renderers share nothing but the resolved document, so the machine's
 * second core can make one while this thread makes the other). It keeps the process alive only while it has work.
 */
class RenderWorker {
  private readonly jobs = new Map<number, Job>();
  private nextId = 0;
  broken = false;

  constructor(private readonly worker: Worker) {
    this.worker.on('message', (reply: Reply) => {
      const job = this.jobs.get(reply.id);
      this.jobs.delete(reply.id);
      if (this.jobs.size === 0) this.worker.unref();
      if ('error' in reply) job?.reject(Object.assign(new Error(reply.error.message), { stack: reply.error.stack }));
      else job?.resolve(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength));
    });
    this.worker.on('error', (error) => this.fail(new WorkerStopped(error.message)));
    this.worker.on('exit', (code) => this.fail(new WorkerStopped(`exit code ${code}`)));
    this.worker.on('messageerror', (error) => this.fail(new WorkerStopped(error.message)));
    // After the listeners: adding a 'message' listener refs the worker again.
    this.worker.unref();
  }

  render(format: Format, resolved: ResolvedDocument, info: BuildInfo): Promise<Buffer> {
    const id = this.nextId++;
    this.worker.ref();
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { resolve, reject });
      try {
        this.worker.postMessage({ id, format, resolved, info });
      } catch (error) {
        // Not sendable: the job never reached the thread, so this thread makes it (see renderDocuments).
        this.jobs.delete(id);
        if (this.jobs.size === 0) this.worker.unref();
        reject(new WorkerStopped(error instanceof Error ? error.message : String(error)));
      }
    });
  }

  private fail(error: Error): void {
    this.broken = true;
    for (const job of this.jobs.values()) job.reject(error);
    this.jobs.clear();
  }
}

let idle: Worker | undefined;
let worker: RenderWorker | undefined;

/** Offers a started worker thread (running dist/cli/render-worker.js) to make DOCX files; start.ts starts it early. */
export function useRenderWorker(started: Worker): void {
  idle = started;
}

/** Takes the offered worker when both formats will be made, and lets it go otherwise. */
export function prepareRenderers(formats: readonly Format[]): void {
  if (!idle) return;
  if (formats.includes('docx') && formats.includes('pdf')) worker = new RenderWorker(idle);
  else void idle.terminate();
  idle = undefined;
}

/** Every format asked for, in the order asked: DOCX on the worker when there is one, the rest here, at the same time. */
export async function renderDocuments(formats: readonly Format[], resolved: ResolvedDocument, info: BuildInfo): Promise<Buffer[]> {
  const helper = worker && !worker.broken && formats.length > 1 ? worker : undefined;
  const remote = formats.map((format) => {
    if (!helper || format !== 'docx') return undefined;
    // A worker that stops (not a renderer's error, which would happen here too) hands its job back to this thread.
    const job = helper.render(format, resolved, info).catch((error: unknown) => {
      if (error instanceof WorkerStopped) return renderInThisThread(format, resolved, info);
      throw error;
    });
    job.catch(() => undefined); // awaited below; this only keeps an early failure from counting as unhandled
    return job;
  });
  const local: Array<Buffer | undefined> = [];
  for (const [index, format] of formats.entries()) if (!remote[index]) local[index] = await renderInThisThread(format, resolved, info);
  return Promise.all(formats.map((_, index) => remote[index] ?? local[index]!));
}

/**
 * The worker's side: renders what the main thread sends and replies with the bytes or the error. It loads the DOCX
 * renderer (docx's set-up, zlib) at once, while the main thread is still reading the plan.
 */
export function serveRenders(port: MessagePort): void {
  void import('./docx/render-docx');
  port.on('message', (job: { id: number; format: Format; resolved: ResolvedDocument; info: BuildInfo }) => {
    renderInThisThread(job.format, job.resolved, job.info).then(
      (bytes) => port.postMessage({ id: job.id, bytes }),
      (error: unknown) =>
        port.postMessage({ id: job.id, error: error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) } }),
    );
  });
}
