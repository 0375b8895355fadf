// plan preview works in Firefox too (Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi): the pages
// drawn with their text, an edit shown in place without a reload within 1 s, a mistake shown with its line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'puppeteer-core';
import { repoRoot } from '../helpers/build-plan';
import { editAndWait, inkOnFirstPage, median, openPreview, shownText, type Started } from '../helpers/preview-browser';

const original = fs.readFileSync(path.join(repoRoot, 'plans', '2020.yaml'), 'utf8');

describe('plan preview in Firefox', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-preview-firefox-'));
  const plan = path.join(dir, 'plan.yaml');
  let server: Started;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    fs.writeFileSync(plan, original);
    ({ server, browser, page } = await openPreview('firefox', dir));
  });

  afterAll(async () => {
    await browser?.close();
    server?.child.kill('SIGINT');
  });

  it('draws the pages with their text, shows edits in place and a mistake with its line', async () => {
    await page.goto(server.url);
    await page.waitForFunction(() => document.body.dataset.version === '1', { timeout: 20_000 });
    expect(await shownText(page)).toContain('KẾ HOẠCH');
    const ink = await inkOnFirstPage(page);
    expect(ink).toBeGreaterThan(5000);
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'not reloaded'));
    const times: number[] = [];
    for (let edit = 1; edit <= 5; edit++) {
      const token = `FOX${edit}Z`;
      times.push(await editAndWait(page, plan, original.replace('(sau đây gọi là Tuần lễ)', `(sau đây gọi là Tuần lễ ${token})`), token, edit % 2 === 1));
    }
    console.log(`plan preview in Firefox: save to text shown, ${times.length} edits: median ${median(times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`);
    expect(Math.max(...times)).toBeLessThan(1000);
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('not reloaded');
    const line = original.split('\n').findIndex((text) => text.startsWith('date: ')) + 1;
    fs.writeFileSync(plan, original.replace(/^date: .*$/m, 'date: "2020-02-30"'));
    await page.waitForFunction(() => !document.getElementById('problems')!.hidden, { timeout: 5_000 });
    expect(await page.$eval('#problem-text', (element) => element.textContent)).toMatch(new RegExp(`^plan\\.yaml:${line}:\\d+  lỗi: `));
    fs.writeFileSync(plan, original);
    await page.waitForFunction(() => document.getElementById('problems')!.hidden, { timeout: 5_000 });
  });
});
