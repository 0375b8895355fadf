// plan preview as a clerk uses it, in a real browser (Debian's chromium, driven by puppeteer-core): the seed's pages
// and their text, edits shown in place without a reload (timed), a mistake shown with its line and cleared when mended,
// a foreign Host refused, no path traversal, loopback only, and Ctrl+C stopping it with exit 0 and the port freed.
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'puppeteer-core';
import { repoRoot } from '../helpers/build-plan';
import { editAndWait, inkOnFirstPage, median, openPreview, shownText, startPreview, type Started } from '../helpers/preview-browser';

const seed = path.join(repoRoot, 'plans', '2020.yaml');

/** A raw request, its path sent exactly as given (no normalising of "..") with the Host header given. */
function rawRequest(port: number, target: string, host: string, method = 'GET'): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path: target, method, headers: { host } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    request.end();
  });
}

/** Whether something accepts connections at host:port. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

describe('plan preview in a browser', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-preview-'));
  const plan = path.join(dir, 'plan.yaml');
  const original = fs.readFileSync(seed, 'utf8');
  let server: Started;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    fs.writeFileSync(plan, original);
    ({ server, browser, page } = await openPreview('chromium', dir));
  });

  afterAll(async () => {
    await browser?.close();
    if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
  });

  it('prints its URL, on the loopback, as the first line on standard output', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.port).toBeGreaterThan(0);
    console.log(`plan preview: URL printed ${server.startMs.toFixed(0)} ms after the process started`);
  });

  it("shows the seed's pages with their text (selectable, found as Ctrl+F finds it), in Vietnamese", async () => {
    await page.goto(server.url);
    await page.waitForFunction(() => document.body.dataset.version === '1', { timeout: 15_000 });
    const text = await shownText(page);
    expect(text).toContain('KẾ HOẠCH');
    expect(text).toContain('sau đây gọi là Tuần lễ');
    // The first page is drawn: its canvas holds ink (the dark pixels of its text).
    const ink = await inkOnFirstPage(page);
    expect(ink).toBeGreaterThan(5000);
    const count = await page.$$eval('.page', (pages) => pages.length);
    expect(await page.$eval('#page-count', (element) => element.textContent)).toBe(`${count} trang`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(await page.$eval('#zoom-in', (button) => button.getAttribute('aria-label'))).toBe('Phóng to');
    // The browser's own search (window.find is what Ctrl+F does) finds the text over the canvas, and selects it.
    expect(await page.evaluate(() => (window as unknown as { find(text: string): boolean }).find('học tập suốt đời'))).toBe(true);
    expect(await page.evaluate(() => String(window.getSelection()))).toBe('học tập suốt đời');
    // The downloads are on (for the keyboard too) and are the current documents.
    expect(await page.$$eval('a.download', (links) => links.map((link) => [link.getAttribute('aria-disabled'), (link as HTMLAnchorElement).tabIndex, link.textContent]))).toEqual([
      ['false', 0, 'Tải DOCX'],
      ['false', 0, 'Tải PDF'],
    ]);
    const pdf = await page.evaluate(async () => new Uint8Array(await (await fetch('/document.pdf')).arrayBuffer()).slice(0, 5).join(','));
    expect(pdf).toBe([...Buffer.from('%PDF-')].join(','));
    const docx = await page.evaluate(async () => {
      const response = await fetch('/document.docx');
      return [response.headers.get('content-disposition'), new Uint8Array(await response.arrayBuffer()).slice(0, 2).join(',')];
    });
    expect(docx).toEqual(['attachment; filename="plan.docx"; filename*=UTF-8\'\'plan.docx', [...Buffer.from('PK')].join(',')]);
  });

  it('shows each edit in place within 1 s, without a reload, keeping the scroll position', async () => {
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'not reloaded'));
    await page.$eval('main', (main) => (main.scrollTop = 700));
    const times: number[] = [];
    for (let edit = 1; edit <= 7; edit++) {
      const token = `MOC${edit}Z`;
      const text = original.replace('(sau đây gọi là Tuần lễ)', `(sau đây gọi là Tuần lễ ${token})`);
      // Saved by rename (Vim, VS Code) every other time, written in place otherwise.
      times.push(await editAndWait(page, plan, text, token, edit % 2 === 1));
    }
    console.log(`plan preview: save to text shown, ${times.length} edits: median ${median(times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(', ')})`);
    expect(Math.max(...times)).toBeLessThan(1000);
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('not reloaded');
    expect(await page.$eval('main', (main) => main.scrollTop)).toBe(700);
  });

  it('shows a mistake with its line over the last good pages, as the terminal words it, and clears it when mended', async () => {
    const lines = original.split('\n');
    const line = lines.findIndex((text) => text.startsWith('date: ')) + 1;
    const before = await shownText(page);
    fs.writeFileSync(plan, original.replace(/^date: .*$/m, 'date: "2020-02-30"'));
    await page.waitForFunction(() => !document.getElementById('problems')!.hidden, { timeout: 5_000 });
    const shown = await page.$eval('#problem-text', (element) => element.textContent ?? '');
    expect(shown).toMatch(new RegExp(`^plan\\.yaml:${line}:\\d+  lỗi: `));
    expect(shown).toContain(`${line} | date: "2020-02-30"`);
    expect(shown).toMatch(/\n +\^/); // the marker under the column
    expect(shown).toContain('gợi ý: ');
    // Exactly the terminal's words: every line shown is a line plan printed on stderr.
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (const text of shown.split('\n')) expect(server.stderr().split('\n')).toContain(text);
    expect(await page.$eval('#problems h2', (element) => element.textContent)).toContain('Kế hoạch có lỗi');
    expect(await shownText(page)).toBe(before); // the last good pages stay
    fs.writeFileSync(plan, original);
    await page.waitForFunction(() => document.getElementById('problems')!.hidden, { timeout: 5_000 });
    await page.waitForFunction(() => [...document.querySelectorAll('.textLayer')].every((layer) => !layer.textContent?.includes('MOC7Z')), { timeout: 5_000 });
    expect(await page.$eval('#problem-text', (element) => element.textContent)).toBe('');
  });

  it('zooms by keyboard: the pages drawn larger, the text layer with them', async () => {
    const width = await page.$eval('.page', (element) => element.getBoundingClientRect().width);
    // By keyboard, from the top of the page: Tab reaches the zoom controls first, Enter presses the button.
    await page.evaluate(() => {
      window.getSelection()?.removeAllRanges();
      (document.activeElement as HTMLElement | null)?.blur();
    });
    const reached: string[] = [];
    for (let step = 0; step < 10 && reached.at(-1) !== 'zoom-in'; step++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.id ?? ''));
    }
    expect(reached).toEqual(['zoom-out', 'zoom', 'zoom-in']);
    await page.keyboard.press('Enter');
    await page.waitForFunction((old) => document.querySelector('.page')!.getBoundingClientRect().width > old * 1.2, { timeout: 5_000 }, width);
    expect(await page.$eval('#zoom', (select) => (select as HTMLSelectElement).value)).toBe('1.25');
    expect(await shownText(page)).toContain('KẾ HOẠCH');
  });

  it('draws a long document near the view only, the text layer on every page', async () => {
    const longDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-preview-long-'));
    const start = original.indexOf('\nbody:\n') + '\nbody:\n'.length;
    const end = original.indexOf('\nclosing:');
    fs.writeFileSync(path.join(longDir, 'long.yaml'), original.slice(0, start) + Array.from({ length: 10 }, () => original.slice(start, end)).join('\n') + original.slice(end));
    const long = await startPreview(longDir, ['long.yaml']);
    try {
      const tab = await browser.newPage();
      await tab.setViewport({ width: 1100, height: 900 });
      await tab.goto(long.url);
      await tab.waitForFunction(() => document.body.dataset.version === '1', { timeout: 30_000 });
      const drawn = () => tab.$$eval('.page', (pages) => pages.map((element) => (element.querySelector('canvas')?.width ?? 0) > 0));
      const before = await drawn();
      expect(before.length).toBeGreaterThan(30);
      expect(before.filter(Boolean).length).toBeLessThanOrEqual(4);
      expect(before[0]).toBe(true);
      expect(await tab.$eval('.page:last-child .textLayer', (layer) => layer.textContent)).toContain('Lưu');
      await tab.$eval('main', (main) => main.scrollTo(0, main.scrollHeight));
      await tab.waitForFunction(() => (document.querySelector<HTMLCanvasElement>('.page:last-child canvas')?.width ?? 0) > 0, { timeout: 5_000 });
      expect((await drawn())[0]).toBe(false); // the first page's pixels let go, far from the view
      await tab.close();
    } finally {
      long.child.kill('SIGINT');
    }
  });

  it('refuses a foreign Host, serves no other file, answers only GET and HEAD, listens on the loopback only', async () => {
    const { port } = server;
    expect(await rawRequest(port, '/', `127.0.0.1:${port}`)).toBe(200);
    expect(await rawRequest(port, '/', `localhost:${port}`)).toBe(200);
    expect(await rawRequest(port, '/', `evil.example:${port}`)).toBe(403);
    expect(await rawRequest(port, '/document.pdf', 'evil.example')).toBe(403);
    for (const target of ['/../plan.yaml', '/%2e%2e/plan.yaml', '/plan.yaml', plan, `/${plan}`, '/preview/../plan.yaml', '/pdfjs/../../package.json', '/pdfjs/', '/preview/'])
      expect([target, await rawRequest(port, target, `127.0.0.1:${port}`)]).toEqual([target, 404]);
    expect(await rawRequest(port, '/', `127.0.0.1:${port}`, 'POST')).toBe(405);
    const outside = Object.values(os.networkInterfaces())
      .flat()
      .find((address) => address && address.family === 'IPv4' && !address.internal);
    if (outside) expect(await accepts(outside.address, port)).toBe(false);
    expect(await accepts('127.0.0.1', port)).toBe(true);
    // Nothing was written beside the plan.
    expect(fs.readdirSync(dir).sort()).toEqual(['plan.yaml']);
  });

  it('stops on Ctrl+C (SIGINT) with exit code 0 and frees its port', async () => {
    const { child, port } = server;
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    const again = net.createServer();
    await new Promise<void>((resolve, reject) => {
      again.once('error', reject);
      again.listen(port, '127.0.0.1', () => resolve());
    });
    await new Promise((resolve) => again.close(resolve));
  });
});
