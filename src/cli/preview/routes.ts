// The preview server's routes, the only things it serves: the page, its script and style, pdf.js, the current PDF and
// DOCX, the state and its event stream. Paths are looked up whole in a table, so "..", "%2e%2e", an absolute form or
// any other path finds nothing (404): no listing, no plan source, no other file.
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { packageDir } from '../../package-dir';
import { isLoopbackHost } from './host-check';
import type { PreviewState } from './preview-state';

export interface RouteContext {
  /** The port the server listens on (known once it listens: --port 0 picks one). */
  port(): number;
  state: PreviewState;
  /** The page's HTML, in the chosen language. */
  page: string;
  /** The outputs' name, for the downloaded files. */
  name: string;
}

/** Files served as they are, read once on first use. */
const files: Record<string, { file: () => string; type: string }> = {
  '/preview.js': { file: () => path.join(packageDir, 'preview', 'preview.js'), type: 'text/javascript; charset=utf-8' },
  '/preview.css': { file: () => path.join(packageDir, 'preview', 'preview.css'), type: 'text/css; charset=utf-8' },
  '/pdfjs/pdf.min.js': { file: () => require.resolve('pdfjs-dist/build/pdf.min.js'), type: 'text/javascript; charset=utf-8' },
  '/pdfjs/pdf.worker.min.js': { file: () => require.resolve('pdfjs-dist/build/pdf.worker.min.js'), type: 'text/javascript; charset=utf-8' },
};
const read = new Map<string, Buffer>();

export const routes = ['/', ...Object.keys(files), '/document.pdf', '/document.docx', '/state', '/events'] as const;

/**
 * The page's own script and style, pdf.js's worker, fonts drawn from the PDF (pdf.js loads them as FontFace data):
 * nothing else runs, loads or frames it.
 */
const contentSecurityPolicy =
  "default-src 'none'; script-src 'self'; worker-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data: blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const common = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

function send(request: IncomingMessage, response: ServerResponse, status: number, headers: Record<string, string | number>, body: Buffer | string): void {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  response.writeHead(status, { ...common, 'Content-Length': bytes.length, ...headers });
  response.end(request.method === 'HEAD' ? undefined : bytes);
}

const text = (request: IncomingMessage, response: ServerResponse, status: number, message: string) =>
  send(request, response, status, { 'Content-Type': 'text/plain; charset=utf-8' }, `${message}\n`);

/** Handles one request; every answer but the page's own routes is a refusal. */
export function handleRequest(context: RouteContext, request: IncomingMessage, response: ServerResponse): void {
  // DNS rebinding: a foreign site's name pointed at 127.0.0.1 reaches this port with its own name as Host.
  if (!isLoopbackHost(request.headers.host, context.port())) return text(request, response, 403, 'Forbidden: Host must be 127.0.0.1, localhost or [::1] with this port');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return text(request, response, 405, 'Method Not Allowed');
  }
  const url = request.url ?? '';
  const route = url.split('?')[0]!;
  const { state } = context;
  if (route === '/') return send(request, response, 200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': contentSecurityPolicy }, context.page);
  const asset = Object.hasOwn(files, route) ? files[route] : undefined;
  if (asset) {
    let bytes = read.get(route);
    if (!bytes) read.set(route, (bytes = fs.readFileSync(asset.file())));
    return send(request, response, 200, { 'Content-Type': asset.type }, bytes);
  }
  if (route === '/state') return send(request, response, 200, { 'Content-Type': 'application/json; charset=utf-8' }, JSON.stringify(state.message));
  if (route === '/events') {
    response.writeHead(200, { ...common, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
    if (request.method === 'HEAD') return void response.end();
    return state.listen(response);
  }
  if (route === '/document.pdf') {
    if (!state.pdf) return text(request, response, 503, 'Not built yet');
    return send(request, response, 200, { 'Content-Type': 'application/pdf', 'Content-Disposition': disposition('inline', `${context.name}.pdf`) }, state.pdf);
  }
  if (route === '/document.docx') {
    const docx = state.docx;
    if (!docx) return text(request, response, 503, 'Not built yet');
    docx.then(
      (bytes) =>
        send(request, response, 200, { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Content-Disposition': disposition('attachment', `${context.name}.docx`) }, bytes),
      () => text(request, response, 500, 'The DOCX could not be made (see the terminal)'),
    );
    return;
  }
  return text(request, response, 404, 'Not Found');
}

/** The file's name for the browser: ASCII in `filename`, the real one (Vietnamese letters) in `filename*`. */
function disposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
