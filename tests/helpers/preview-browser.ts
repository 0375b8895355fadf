// Starts `plan preview` as a clerk does (bin/plan in a folder of its own) and finds the browsers the preview's tests
// drive: Debian's chromium and firefox-esr, through puppeteer-core.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { repoRoot } from './build-plan';

const bin = path.join(repoRoot, 'bin', 'plan');

const browsers = {
  chromium: { files: ['/usr/bin/chromium', '/usr/bin/chromium-browser'], variable: 'PLAN_CHROMIUM', install: 'apt-get install chromium' },
  firefox: { files: ['/usr/bin/firefox-esr', '/usr/bin/firefox'], variable: 'PLAN_FIREFOX', install: 'apt-get install firefox-esr' },
};

/** The browser's program, or an error that says what to install. */
export function browserPath(kind: keyof typeof browsers): string {
  const { files, variable, install } = browsers[kind];
  const found = [process.env[variable], ...files].find((file): file is string => Boolean(file) && fs.existsSync(file!));
  if (!found) throw new Error(`this test needs ${kind}: install it with \`${install}\` (or name its program in ${variable})`);
  return found;
}

export interface Started {
  child: ChildProcessWithoutNullStreams;
  url: string;
  port: number;
  stdout: string[];
  stderr: () => string;
  startMs: number;
}

/** Starts `plan preview` in `dir` and waits for the URL, its first line on standard output. */
export function startPreview(dir: string, args: string[]): Promise<Started> {
  const started = performance.now();
  const child = spawn(process.execPath, [bin, 'preview', ...args], { cwd: dir, env: { ...process.env, LANG: 'vi_VN.UTF-8' } });
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`plan preview ended (${code}) before printing its URL:\n${err}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!out.includes('\n')) return;
      const url = out.split('\n')[0]!;
      resolve({ child, url, port: Number(new URL(url).port), stdout: out.split('\n'), stderr: () => err, startMs: performance.now() - started });
    });
  });
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The text of every page's text layer, as a reader selects it. */
export const shownText = (page: Page) => page.$$eval('.textLayer', (layers) => layers.map((layer) => layer.textContent ?? '').join('\n'));

/** Saves the plan with a token in its first page's text, and waits until the page shows it; returns the time taken. */
export async function editAndWait(page: Page, plan: string, text: string, token: string, byRename: boolean): Promise<number> {
  const started = performance.now();
  // Saved as editors save: by rename (Vim, VS Code), or written in place.
  if (byRename) {
    fs.writeFileSync(`${plan}.tmp`, text);
    fs.renameSync(`${plan}.tmp`, plan);
  } else fs.writeFileSync(plan, text);
  await page.waitForFunction((wanted) => [...document.querySelectorAll('.textLayer')].some((layer) => layer.textContent?.includes(wanted)), { polling: 'mutation', timeout: 5_000 }, token);
  return performance.now() - started;
}

/** plan preview started on `dir`/plan.yaml (already written) and a browser tab of 1100 × 900 on nothing yet. */
export async function openPreview(kind: keyof typeof browsers, dir: string): Promise<{ server: Started; browser: Browser; page: Page }> {
  const executablePath = browserPath(kind);
  const server = await startPreview(dir, ['plan.yaml', '--port', '0']);
  const browser = await puppeteer.launch(
    kind === 'firefox' ? { browser: 'firefox', executablePath, headless: true } : { executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] },
  );
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  return { server, browser, page };
}

/** How many dark pixels (ink) the first page's canvas holds. */
export const inkOnFirstPage = (page: Page) =>
  page.$eval('.page canvas', (canvas) => {
    const { data } = (canvas as HTMLCanvasElement).getContext('2d')!.getImageData(0, 0, (canvas as HTMLCanvasElement).width, (canvas as HTMLCanvasElement).height);
    let dark = 0;
    for (let at = 0; at < data.length; at += 4) if (data[at + 3]! > 0 && data[at]! < 100) dark++;
    return dark;
  });
