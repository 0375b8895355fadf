// Renders the formats asked for: in this thread, or with a second thread making the DOCX and assembling the PDF
// around the pages this one draws.
import { Worker, type MessagePort } from 'node:worker_threads';
import type { ResolvedDocument } from '../layout/resolved-document';
import type { BuildInfo } from './build-info';
import { assembleHere, compressHere, type AssemblePdf, type CompressContent, type PdfParts } from './pdf/pdf-parts';

export type Format = 'docx' | 'pdf';

/** One format, in this thread; each renderer is loaded only when its format is asked for. */
async function renderInThisThread(format: Format, resolved: ResolvedDocument, info: BuildInfo, assemble?: AssemblePdf, compress?: CompressContent): Promise<Buffer> {
  return format === 'docx'
    ? (await import('./docx/render-docx')).renderDocx(resolved, info)
    : (await import('./pdf/render-pdf')).renderPdf(resolved, info, assemble, compress);
}

class WorkerStopped extends Error {}

/** What the render thread is asked to do. */
type Task =
  | { kind: 'render'; format: Format; resolved: ResolvedDocument; info: BuildInfo }
  | { kind: 'assemble'; parts: PdfParts }
  | { kind: 'compress'; operators: Uint8Array };

interface Job {
  resolve(result: unknown): void;
  reject(error: Error): void;
}

type Reply = { id: number; result: Uint8Array } | { id: number; error: { message: string; stack?: string } };

/** Bytes that came through postMessage as a Uint8Array, as a Buffer over the same memory. */
const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * A worker thread that renders DOCX files and assembles PDF files from the pages drawn here (the two renderers share
 * nothing but the resolved document, so the machine's second core can do that while this thread draws). It keeps the
 * process alive only while it has work.
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
      else job?.resolve(reply.result);
    });
    this.worker.on('error', (error) => this.fail(new WorkerStopped(error.message)));
    this.worker.on('exit', (code) => this.fail(new WorkerStopped(`exit code ${code}`)));
    this.worker.on('messageerror', (error) => this.fail(new WorkerStopped(error.message)));
    // After the listeners: adding a 'message' listener refs the worker again.
    this.worker.unref();
  }

  async render(format: Format, resolved: ResolvedDocument, info: BuildInfo): Promise<Buffer> {
    return asBuffer((await this.ask({ kind: 'render', format, resolved, info })) as Uint8Array);
  }

  async assemble(parts: PdfParts): Promise<Buffer> {
    return asBuffer((await this.ask({ kind: 'assemble', parts })) as Uint8Array);
  }

  async compress(operators: Uint8Array): Promise<Uint8Array> {
    return (await this.ask({ kind: 'compress', operators })) as Uint8Array;
  }

  private ask(task: Task): Promise<unknown> {
    const id = this.nextId++;
    this.worker.ref();
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { resolve, reject });
      try {
        this.worker.postMessage({ id, task });
      } catch (error) {
        // Not sendable: the job never reached the thread, so this thread does it (see renderDocuments).
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

/** A worker that stops (not a renderer's error, which would happen here too) hands its job back to this thread. */
function orHere<T>(job: Promise<T>, here: () => Promise<T>): Promise<T> {
  const result = job.catch((error: unknown) => {
    if (error instanceof WorkerStopped) return here();
    throw error;
  });
  result.catch(() => undefined); // awaited by the caller; this only keeps an early failure from counting as unhandled
  return result;
}

/**
 * Every format asked for, in the order asked. With the worker: the DOCX there, the PDF's pages drawn here and the file
 * assembled there (this thread goes on with the next plan meanwhile, in a build of many).
 */
export async function renderDocuments(formats: readonly Format[], resolved: ResolvedDocument, info: BuildInfo): Promise<Buffer[]> {
  const helper = worker && !worker.broken && formats.length > 1 ? worker : undefined;
  if (!helper) {
    const rendered: Buffer[] = [];
    for (const format of formats) rendered.push(await renderInThisThread(format, resolved, info));
    return rendered;
  }
  const assemble: AssemblePdf = (parts) => (helper.broken ? assembleHere(parts) : orHere(helper.assemble(parts), () => assembleHere(parts)));
  // The pages' contents are compressed there too, as they are drawn: once the DOCX is made, that thread would
  // otherwise wait for the last page, then compress them all, while this one waited for the file.
  const compress: CompressContent = (operators) => (helper.broken ? compressHere(operators) : orHere(helper.compress(operators), () => compressHere(operators)));
  return Promise.all(
    formats.map((format) =>
      format === 'docx' ? orHere(helper.render(format, resolved, info), () => renderInThisThread(format, resolved, info)) : renderInThisThread(format, resolved, info, assemble, compress),
    ),
  );
}

/**
 * The worker's side: does what the main thread sends and replies with the result or the error. It loads the DOCX
 * renderer (docx's set-up, zlib) and pdfkit at once, while the main thread is still reading the plan.
 */
export function serveRenders(port: MessagePort): void {
  void import('./docx/render-docx');
  void import('./pdf/assemble-pdf');
  const perform = async (task: Task): Promise<Uint8Array> => {
    if (task.kind === 'compress') return compressHere(task.operators);
    return task.kind === 'assemble' ? assembleHere(task.parts) : renderInThisThread(task.format, task.resolved, task.info);
  };
  port.on('message', ({ id, task }: { id: number; task: Task }) => {
    perform(task).then(
      (result) => port.postMessage({ id, result }),
      (error: unknown) => port.postMessage({ id, error: error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) } }),
    );
  });
}
