// plan preview's server routes, over real HTTP on the loopback: the Host check (DNS rebinding), only the listed routes
// (traversal in every spelling finds nothing), GET and HEAD only, the documents and the event stream.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { isLoopbackHost } from '../../../src/cli/preview/host-check';
import { pageHtml } from '../../../src/cli/preview/page-html';
import { PreviewState } from '../../../src/cli/preview/preview-state';
import { handleRequest } from '../../../src/cli/preview/routes';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

describe('preview routes', () => {
  const state = new PreviewState();
  const context = { port: () => port, state, page: pageHtml('kế-hoạch', 'vi'), name: 'kế-hoạch' };
  const server = http.createServer((request, response) => handleRequest(context, request, response));
  let port = 0;

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  /** A request with its target sent as written (no normalising) and the Host given (none with `null`). */
  function ask(target: string, { host = `127.0.0.1:${port}`, method = 'GET' }: { host?: string | null; method?: string } = {}): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const request = http.request({ host: '127.0.0.1', port, path: target, method, setHost: false, headers: host === null ? {} : { host } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      });
      request.on('error', reject);
      request.end();
    });
  }

  it('answer only a Host naming this machine with this port', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LocalHost:${port}`, `[::1]:${port}`]) expect([host, (await ask('/', { host })).status]).toEqual([host, 200]);
    const foreign = ['evil.example', `evil.example:${port}`, `127.0.0.1`, `localhost`, `127.0.0.1:${port + 1}`, `localhost.evil.example:${port}`, `127.0.0.1.nip.io:${port}`, `0.0.0.0:${port}`, ''];
    for (const host of foreign) expect([host, (await ask('/', { host })).status]).toEqual([host, 403]);
    // HTTP/1.1 without a Host at all: Node's server refuses it (400) before the routes see it.
    expect((await ask('/document.pdf', { host: null })).status).toBe(400);
    expect(isLoopbackHost(undefined, port)).toBe(false);
  });

  it('serve nothing but their own routes: no traversal, no listing, no plan, no other file', async () => {
    const refused = [
      '/../plan.yaml',
      '/%2e%2e/plan.yaml',
      '/%2E%2E%2Fplan.yaml',
      '/..%2fpackage.json',
      '/..\\package.json',
      '/pdfjs/../../package.json',
      '/pdfjs/%2e%2e/%2e%2e/package.json',
      '/pdfjs/',
      '/pdfjs/pdf.js',
      '/pdfjs/pdf.min.js/..',
      '/preview/preview.js',
      '/node_modules/pdfjs-dist/package.json',
      '/etc/passwd',
      '//etc/passwd',
      `http://127.0.0.1:${port}/../package.json`,
      '/index.html',
      '/plan.yaml',
      '/document.yaml',
      '/DOCUMENT.PDF',
      '/events/..',
    ];
    for (const target of refused) {
      const answer = await ask(target);
      expect([target, answer.status]).toEqual([target, 404]);
      expect(answer.body.toString()).toBe('Not Found\n');
    }
  });

  it('answer GET and HEAD only (405 with Allow otherwise); HEAD with the length and no body', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const answer = await ask('/', { method });
      expect([method, answer.status, answer.headers.allow]).toEqual([method, 405, 'GET, HEAD']);
    }
    const head = await ask('/', { method: 'HEAD' });
    expect([head.status, head.body.length, Number(head.headers['content-length'])]).toEqual([200, 0, Buffer.byteLength(context.page)]);
  });

  it('serve the page with its script, style and pdf.js, under a strict content security policy', async () => {
    const page = await ask('/');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.body.toString()).toContain('<html lang="vi">');
    expect(page.body.toString()).toContain('aria-label="Phóng to"');
    for (const [route, type] of [
      ['/preview.js', 'text/javascript'],
      ['/preview.css', 'text/css'],
      ['/pdfjs/pdf.min.js', 'text/javascript'],
      ['/pdfjs/pdf.worker.min.js', 'text/javascript'],
    ] as const) {
      const answer = await ask(route);
      expect([route, answer.status, answer.headers['content-type']?.split(';')[0]]).toEqual([route, 200, type]);
      expect(answer.body.length).toBeGreaterThan(1000);
    }
    expect((await ask('/pdfjs/pdf.min.js')).body.toString()).toContain('pdfjsLib');
    expect(pageHtml('x', 'en')).toContain('<html lang="en">');
    expect(pageHtml('<script>', 'en')).not.toContain('<script>·');
  });

  it('serve the current documents (503 before the first good build), and tell the event stream of each build', async () => {
    expect((await ask('/document.pdf')).status).toBe(503);
    expect((await ask('/document.docx')).status).toBe(503);
    const events: string[] = [];
    const stream = http.get({ host: '127.0.0.1', port, path: '/events', headers: { host: `localhost:${port}` } });
    const response = await new Promise<http.IncomingMessage>((resolve) => stream.on('response', resolve));
    expect(response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    response.on('data', (chunk: Buffer) => events.push(chunk.toString()));
    state.publish({ ok: true, pdf: Buffer.from('%PDF-1.7 one'), docx: Promise.resolve(Buffer.from('PK docx')), messages: [], ms: 5 });
    state.publish({ ok: false, messages: ['plan.yaml:3:1  lỗi: sai'], ms: 2 });
    const deadline = Date.now() + 5000;
    while (events.join('').split('\n\n').length < 4 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    const sent = events.join('').split('\n\n').filter(Boolean).map((event) => JSON.parse(event.replace(/^data: /, '')) as unknown);
    expect(sent).toEqual([
      { version: 0, ok: true, messages: [], ms: 0 },
      { version: 1, ok: true, messages: [], ms: 5 },
      { version: 1, ok: false, messages: ['plan.yaml:3:1  lỗi: sai'], ms: 2 },
    ]);
    stream.destroy();
    // A bad build keeps the last good documents.
    const pdf = await ask('/document.pdf?v=1');
    expect([pdf.status, pdf.headers['content-type'], pdf.body.toString()]).toEqual([200, 'application/pdf', '%PDF-1.7 one']);
    const docx = await ask('/document.docx');
    expect([docx.status, docx.body.toString()]).toEqual([200, 'PK docx']);
    expect(docx.headers['content-disposition']).toBe(`attachment; filename="ke-hoach.docx"; filename*=UTF-8''${encodeURIComponent('kế-hoạch.docx')}`);
    expect(JSON.parse((await ask('/state')).body.toString())).toEqual({ version: 1, ok: false, messages: ['plan.yaml:3:1  lỗi: sai'], ms: 2 });
  });
});
