// plan preview's watcher, on real files: a save in place, a save by rename (Vim, VS Code), the plan deleted then back,
// a template changed, each seen (once per burst); an editor's scratch file beside the plan is not. And the command
// in-process: the first build served, a rebuild on a save, its refusals of a wrong command line (exit 2).
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { browserCommand } from '../../../src/cli/preview/open-browser';
import { watchPlan } from '../../../src/cli/preview/watch-plan';
import { run } from '../../../src/cli/run';
import { memoryIo, repoRoot } from '../../helpers/build-plan';

const seed = path.join(repoRoot, 'plans', '2020.yaml');
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until the check holds, for at most 10 s. */
async function waitFor(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!check() && Date.now() < deadline) await pause(20);
  expect(check()).toBe(true);
}

const stoppers: AbortController[] = [];
afterEach(() => {
  for (const controller of stoppers.splice(0)) controller.abort();
});

function folder() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-preview-watch-'));
  const plan = path.join(dir, 'plan.yaml');
  fs.copyFileSync(seed, plan);
  const templates = path.join(dir, 'mau');
  fs.cpSync(path.join(repoRoot, 'templates'), templates, { recursive: true });
  return { dir, plan, templates };
}

/** A watched copy of the seed with its templates; `calls()` counts the watcher's calls. */
function watched() {
  const files = folder();
  const controller = new AbortController();
  stoppers.push(controller);
  let count = 0;
  watchPlan(files.plan, files.templates, () => count++, controller.signal);
  return { ...files, controller, calls: () => count };
}

describe('the preview watcher', () => {
  it('sees a save in place, a save by rename, a deletion then the plan back, a template changed; not scratch files', async () => {
    const { dir, plan, templates, controller, calls } = watched();
    const settled = async (before: number) => {
      await waitFor(() => calls() > before);
      await pause(250); // one burst, one call
      return calls();
    };
    let seen = 0;
    fs.appendFileSync(plan, '\n# sửa\n');
    seen = await settled(seen);
    expect(seen).toBe(1);
    fs.writeFileSync(`${plan}.swp`, 'x');
    fs.writeFileSync(path.join(dir, '4913'), 'x'); // Vim's probe file
    await pause(300);
    expect(calls()).toBe(seen);
    fs.writeFileSync(`${plan}.tmp`, fs.readFileSync(seed));
    fs.renameSync(`${plan}.tmp`, plan);
    seen = await settled(seen);
    fs.rmSync(plan);
    seen = await settled(seen);
    fs.copyFileSync(seed, plan);
    seen = await settled(seen);
    fs.appendFileSync(path.join(templates, 'ke-hoach.hbs'), '\n');
    seen = await settled(seen);
    expect(seen).toBe(5); // five changes, one call each
    controller.abort();
    fs.appendFileSync(plan, '\n');
    await pause(300);
    expect(calls()).toBe(seen);
  });

  it('sees the plan again when its folder is replaced', async () => {
    const { dir, plan, templates, calls } = watched();
    const moved = `${dir}-old`;
    fs.renameSync(dir, moved);
    fs.mkdirSync(dir);
    fs.renameSync(path.join(moved, 'mau'), templates);
    fs.copyFileSync(seed, plan);
    await waitFor(() => calls() > 0);
  });
});

/** A GET on the preview's own address. */
function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

describe('plan preview, in-process', () => {
  it('prints its URL first, serves the first build, rebuilds on a save, stops when asked', async () => {
    const { plan } = folder();
    const io = memoryIo();
    const controller = new AbortController();
    stoppers.push(controller);
    const done = run(['preview', plan, '--lang', 'en'], io, controller.signal);
    await waitFor(() => io.out.length > 0);
    const url = io.out[0]!;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    await waitFor(() => io.err.some((line) => line.includes(' → ')));
    const first = JSON.parse((await get(`${url}state`)).body) as { version: number; ok: boolean };
    expect(first).toMatchObject({ version: 1, ok: true });
    fs.writeFileSync(plan, fs.readFileSync(plan, 'utf8').replace(/^date: .*$/m, 'date: "2020-02-30"'));
    await waitFor(() => io.err.some((line) => line.includes('error:')));
    const broken = JSON.parse((await get(`${url}state`)).body) as { version: number; ok: boolean; messages: string[] };
    expect(broken).toMatchObject({ version: 1, ok: false });
    expect(broken.messages[0]).toMatch(/plan\.yaml:\d+:\d+ {2}error: /);
    controller.abort();
    expect(await done).toBe(0);
    expect(io.out).toEqual([url]);
    expect(io.err.at(-1)).toBe('preview stopped');
  });

  it('with --out, writes the DOCX and PDF after each good build (the same bytes as plan build), none after a bad one', async () => {
    const { dir, plan } = folder();
    const out = path.join(dir, 'ban-in');
    const io = memoryIo();
    const controller = new AbortController();
    stoppers.push(controller);
    const done = run(['preview', plan, '--out', out], io, controller.signal);
    const pdf = path.join(out, 'plan.pdf');
    const docx = path.join(out, 'plan.docx');
    await waitFor(() => fs.existsSync(pdf) && fs.existsSync(docx));
    const reference = path.join(dir, 'reference');
    expect(await run(['build', plan, '--out', reference], memoryIo())).toBe(0);
    expect(fs.readFileSync(pdf).equals(fs.readFileSync(path.join(reference, 'plan.pdf')))).toBe(true);
    expect(fs.readFileSync(docx).equals(fs.readFileSync(path.join(reference, 'plan.docx')))).toBe(true);
    const good = fs.readFileSync(pdf);
    fs.writeFileSync(plan, fs.readFileSync(plan, 'utf8').replace(/^date: .*$/m, 'date: "2020-02-30"'));
    await waitFor(() => io.err.some((line) => line.includes('lỗi:')));
    expect(fs.readFileSync(pdf).equals(good)).toBe(true);
    expect(fs.readdirSync(out).sort()).toEqual(['plan.docx', 'plan.pdf']);
    controller.abort();
    expect(await done).toBe(0);
  });

  it('opens the browser with the system\'s own command', () => {
    expect(browserCommand('linux', 'http://127.0.0.1:1/')).toEqual(['xdg-open', ['http://127.0.0.1:1/']]);
    expect(browserCommand('darwin', 'http://127.0.0.1:1/')).toEqual(['open', ['http://127.0.0.1:1/']]);
    expect(browserCommand('win32', 'http://127.0.0.1:1/')).toEqual(['cmd', ['/c', 'start', '""', 'http://127.0.0.1:1/']]);
  });

  it('refuses a wrong command line with exit code 2, in the chosen language', async () => {
    const { dir, plan } = folder();
    const cases: Array<[string[], string]> = [
      [['preview', plan, '--port', 'abc'], 'invalid port "abc"'],
      [['preview', plan, '--port', '70000'], 'invalid port "70000"'],
      [['preview', '-'], 'standard input ("-") cannot be previewed'],
      [['preview', path.join(dir, 'missing.yaml')], 'not found'],
      [['preview', dir], 'plan preview shows one plan file'],
    ];
    for (const [args, said] of cases) {
      const io = memoryIo();
      expect([args.join(' '), await run([...args, '--lang', 'en'], io)]).toEqual([args.join(' '), 2]);
      expect(io.err.join('\n')).toContain(said);
      expect(io.out).toEqual([]);
    }
    // A port already taken is said, not a crash.
    const taken = http.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    const io = memoryIo();
    expect(await run(['preview', plan, '--port', String(port)], io)).toBe(2);
    expect(io.err.join('\n')).toContain(`không mở được cổng ${port}`);
    await new Promise((resolve) => taken.close(resolve));
  });
});
