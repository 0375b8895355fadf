// --watch goes on when the plan, a template or the template folder is deleted, renamed over (as editors save) or
// replaced: it says the file is gone, waits, and rebuilds when it returns; never a crash or a stack trace.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { run } from '../../../src/cli/run';
import { memoryIo, repoRoot } from '../../helpers/build-plan';

const seed = path.join(repoRoot, 'plans', '2020.yaml');

/** Polls until the check holds, for at most 10 s. */
async function waitFor(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
  expect(check()).toBe(true);
}

/**
 * Waits until a rebuild has happened since `count` and no other follows for 400 ms (a rename can reach the watcher as
 * two events, so one change may rebuild twice), and returns the count then.
 */
async function rebuiltSince(w: { builds(): number }, count: number): Promise<number> {
  await waitFor(() => w.builds() > count);
  let seen = w.builds();
  for (let quiet = Date.now(); Date.now() - quiet < 400; await new Promise((resolve) => setTimeout(resolve, 25)))
    if (w.builds() !== seen) [seen, quiet] = [w.builds(), Date.now()];
  return seen;
}

/** Every watcher started, stopped after each test even when it failed (a running watcher keeps jest from ending). */
const started: AbortController[] = [];
afterEach(() => {
  for (const controller of started.splice(0)) controller.abort();
});

function watching(lang: 'vi' | 'en') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-watch-'));
  const plan = path.join(dir, 'ke-hoach.yaml');
  fs.copyFileSync(seed, plan);
  const templates = path.join(dir, 'mau');
  fs.cpSync(path.join(repoRoot, 'templates'), templates, { recursive: true });
  const out = path.join(dir, 'out');
  const docx = path.join(out, 'ke-hoach.docx');
  const io = memoryIo();
  const controller = new AbortController();
  started.push(controller);
  const done = run(['build', plan, '--out', out, '--format', 'docx', '--template', templates, '--watch', '--lang', lang], io, controller.signal);
  const builds = () => io.err.filter((line) => line.includes(' → ')).length;
  const said = (text: string) => io.err.some((line) => line.includes(text));
  /** Signer's name, to change the output. */
  const rename = (name: string) => fs.readFileSync(plan, 'utf8').replace(/name: .*Hiếu|name: Người \d+/, `name: ${name}`);
  return { dir, plan, templates, docx, io, controller, done, builds, said, rename };
}

describe('--watch survives', () => {
  it('the plan deleted, then written again; renamed over by an editor; its folder replaced', async () => {
    const w = watching('vi');
    await waitFor(() => w.said('Ctrl+C'));
    const first = fs.readFileSync(w.docx);
    fs.rmSync(w.plan);
    await waitFor(() => w.said('ke-hoach.yaml không còn (đã xóa hoặc đổi tên); chờ tệp trở lại'));
    expect(fs.readFileSync(w.docx).equals(first)).toBe(true); // the last good file stays
    fs.copyFileSync(seed, w.plan);
    const afterReturn = await rebuiltSince(w, 1);
    // Vim and VS Code: write a new file beside it, rename it over the plan.
    const text = w.rename('Người 1');
    fs.writeFileSync(`${w.plan}.swp`, text);
    fs.renameSync(`${w.plan}.swp`, w.plan);
    await waitFor(() => w.builds() > afterReturn && !fs.readFileSync(w.docx).equals(first));
    // The editor's scratch file is not named, the plan is.
    const changes = w.io.err.filter((line) => line.startsWith('— thay đổi:'));
    expect(changes.at(-1)).toBe(`— thay đổi: ${path.relative('.', w.plan)}`);
    w.controller.abort();
    expect(await w.done).toBe(0);
    expect(w.io.err.join('\n')).not.toMatch(/\bat .*\.[jt]s:\d+|lỗi nội bộ/);
  }, 30_000);

  it('a template deleted then back, and the template folder renamed away and back (in English)', async () => {
    const w = watching('en');
    await waitFor(() => w.said('Ctrl+C'));
    const hbs = path.join(w.templates, 'ke-hoach.hbs');
    const kept = fs.readFileSync(hbs);
    fs.rmSync(hbs);
    // Without its own ke-hoach.hbs, the folder's plans are built with plan's (render-template.ts).
    const afterDelete = await rebuiltSince(w, 1);
    fs.writeFileSync(hbs, kept);
    const afterTemplate = await rebuiltSince(w, afterDelete);
    fs.renameSync(w.templates, `${w.templates}-cu`);
    await waitFor(() => w.said('the template folder') && w.said('is gone (deleted or renamed); waiting for it to come back'));
    fs.renameSync(`${w.templates}-cu`, w.templates);
    const afterFolder = await rebuiltSince(w, afterTemplate);
    // The new folder is watched: a change in it still rebuilds.
    fs.appendFileSync(hbs, '\n');
    await rebuiltSince(w, afterFolder);
    w.controller.abort();
    expect(await w.done).toBe(0);
    expect(w.io.err.join('\n')).not.toMatch(/\bat .*\.[jt]s:\d+|internal error/);
  }, 30_000);
});
