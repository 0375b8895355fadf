// `plan preview <plan.yaml>`: a local web server showing the document as it will print, rebuilt in this warm process
// whenever the plan or a template changes; Ctrl+C stops it (exit 0). The entry of its own bundle, loaded only for
// this command, so no other command's start-up pays for it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { UsageError } from '../../errors';
import { inLanguage, type Io } from '../io';
import { openBrowser } from './open-browser';
import { pageHtml } from './page-html';
import type { PreviewKit, PreviewOptions } from './preview-kit';
import { PreviewState } from './preview-state';
import { handleRequest } from './routes';
import { watchPlan } from './watch-plan';

/** The port asked for: a whole number from 0 (any free port) to 65535. */
export function parsePort(value: string): number {
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(port >= 0 && port <= 65535))
    throw new UsageError(`cổng không hợp lệ: "${value}"; ghi một số từ 0 đến 65535 (0: một cổng còn trống)`, `invalid port "${value}"; give a number from 0 to 65535 (0: any free port)`);
  return port;
}

/** Listens on the loopback only: no other machine can reach the preview. */
function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE' || error.code === 'EACCES'
          ? new UsageError(`không mở được cổng ${port} (đang được dùng hoặc không được phép); chọn cổng khác, hoặc --port 0`, `cannot listen on port ${port} (in use or not allowed); choose another, or --port 0`)
          : error,
      ),
    );
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => resolve((server.address() as AddressInfo).port));
  });
}

/** Ends when `signal` aborts or, without one (from the shell), on Ctrl+C or SIGTERM. */
function stopSignal(signal: AbortSignal | undefined): { signal: AbortSignal; release(): void } {
  if (signal) return { signal, release: () => undefined };
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return {
    signal: controller.signal,
    release: () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    },
  };
}

export async function previewCommand(kit: PreviewKit, options: PreviewOptions, io: Io, given?: AbortSignal): Promise<void> {
  const port = parsePort(options.port);
  const state = new PreviewState();
  let bound = 0;
  const context = { port: () => bound, state, page: pageHtml(kit.name, io.language ?? 'vi'), name: kit.name };
  const server = http.createServer((request, response) => handleRequest(context, request, response));
  const stop = stopSignal(given);
  try {
    bound = await listen(server, port);
  } catch (error) {
    stop.release();
    throw error;
  }
  const url = `http://127.0.0.1:${bound}/`;
  io.stdout(url);
  const shown = path.relative('.', kit.planFile);
  io.stderr(inLanguage(io, `xem trước ${shown} tại ${url}; nhấn Ctrl+C để dừng`, `previewing ${shown} at ${url}; press Ctrl+C to stop`));
  if (options.open) openBrowser(url, () => io.stderr(inLanguage(io, `không mở được trình duyệt; hãy mở ${url}`, `could not open a browser; open ${url}`)));

  // One build at a time; changes during a build ask for one more after it, never more.
  let running: Promise<void> = Promise.resolve();
  let queued = false;
  const rebuild = () => {
    if (queued) return;
    queued = true;
    running = running
      .then(async () => {
        queued = false;
        if (!stop.signal.aborted) state.publish(await kit.build());
      })
      // The build says what went wrong in the plan itself; anything else is said here, and the preview goes on.
      .catch((error: unknown) => io.stderr(inLanguage(io, `lỗi nội bộ của plan (đây là lỗi chương trình, xin báo lại): ${String(error)}`, `internal error in plan (a bug, please report it): ${String(error)}`)));
  };
  rebuild();
  const stopWatching = watchPlan(kit.planFile, kit.templateDir, rebuild, stop.signal);
  await new Promise<void>((resolve) => (stop.signal.aborted ? resolve() : stop.signal.addEventListener('abort', () => resolve(), { once: true })));
  stopWatching();
  stop.release();
  // Open event streams would hold the server (and the port) open: they are closed with it.
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  await closed;
  await running;
  io.stderr(inLanguage(io, 'đã dừng xem trước', 'preview stopped'));
}
