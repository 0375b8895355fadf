// plan preview lives in a bundle of its own (dist/plan-preview.js), loaded only by that command: the command's bundle,
// which every other command starts from, holds none of it, and the preview's bundle none of the pipeline.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { repoRoot } from '../helpers/build-plan';

const read = (file: string) => fs.readFileSync(path.join(repoRoot, 'dist', file), 'latin1');
const plan = (...args: string[]) => spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'plan'), ...args], { encoding: 'utf8', timeout: 20_000 });

describe('the preview bundle', () => {
  it('holds the server and page; the command bundle holds none of it, and it none of the pipeline', () => {
    const cli = read('plan.js');
    const preview = read('plan-preview.js');
    for (const text of ['text/event-stream', 'Forbidden: Host must be', 'pdf.worker.min.js', 'xdg-open']) {
      expect([text, preview.includes(text)]).toEqual([text, true]);
      expect([text, cli.includes(text)]).toEqual([text, false]);
    }
    for (const name of ['layOutPlan', 'resolveLayout', 'renderDocuments', 'parseMarkup']) expect([name, preview.includes(name)]).toEqual([name, false]);
    expect(preview.length).toBeLessThan(60_000);
  });

  it("is in the command's help, in both languages", () => {
    const vi = plan('preview', '--help');
    expect(vi.status).toBe(0);
    expect(vi.stdout).toContain('--port <cổng>');
    expect(vi.stdout).toContain('mở trình duyệt mặc định');
    const en = plan('preview', '--help', '--lang', 'en');
    expect(en.stdout).toContain('--port <port>');
    expect(en.stdout).toContain('open the default browser');
    expect(plan('--help').stdout).toContain('plan preview plans/2020.yaml --open');
  });
});
