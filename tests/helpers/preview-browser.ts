// Starts `plan preview` as a clerk does (bin/plan in a folder of its own) and finds the browsers the preview's tests
// drive: Debian's chromium and firefox-esr, through puppeteer-core.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
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
