// No output ever lands on an input: a plan named like its output, links (symbolic, hard) to a plan or a template,
// `next --out` onto its plan even with --force, `init --force` onto its starter. Exit 2 naming both, nothing written.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { run } from '../../src/cli/run';
import { builtInTemplatesDir } from '../../src/template/render-template';
import { memoryIo, repoRoot } from '../helpers/build-plan';

const seed = fs.readFileSync(path.join(repoRoot, 'plans', '2020.yaml'));
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-on-input-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

let count = 0;
/** A fresh folder with the seed plan saved under `name`. */
function folderWith(name: string): { dir: string; plan: string } {
  const dir = path.join(root, `case-${count++}`);
  fs.mkdirSync(dir);
  const plan = path.join(dir, name);
  fs.writeFileSync(plan, seed);
  return { dir, plan };
}

async function refused(args: string[], output: string, input: string): Promise<void> {
  const io = memoryIo();
  expect(await run(args, io)).toBe(2);
  expect(io.err.join('\n')).toContain(`lỗi: kết quả "${output}" sẽ ghi đè lên tệp đầu vào "${input}" (cùng một tệp)`);
  expect(io.out).toEqual([]);
  const en = memoryIo();
  expect(await run([...args, '--lang', 'en'], en)).toBe(2);
  expect(en.err.join('\n')).toContain(`error: the output "${output}" would overwrite the input "${input}" (the same file)`);
}

describe('build refuses an output that is one of its inputs', () => {
  it('a plan named like its own output, in the output folder', async () => {
    const { dir, plan } = folderWith('x.pdf');
    await refused(['build', plan, '--out', dir, '--format', 'pdf'], path.join(dir, 'x.pdf'), plan);
    expect(fs.readFileSync(plan).equals(seed)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['x.pdf']);
  });

  it('the same folder reached through a symbolic link', async () => {
    const { dir, plan } = folderWith('x.docx');
    const link = path.join(root, `link-${count}`);
    fs.symlinkSync(dir, link);
    await refused(['build', plan, '--out', link], path.join(link, 'x.docx'), plan);
    expect(fs.readFileSync(plan).equals(seed)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['x.docx']); // not even the PDF, which would not have clashed
  });

  it('an output that is a symbolic link to the plan', async () => {
    const { dir, plan } = folderWith('ke-hoach.yaml');
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    fs.symlinkSync(plan, path.join(out, 'ke-hoach.pdf'));
    await refused(['build', plan, '--out', out], path.join(out, 'ke-hoach.pdf'), plan);
    expect(fs.readlinkSync(path.join(out, 'ke-hoach.pdf'))).toBe(plan);
    expect(fs.readFileSync(plan).equals(seed)).toBe(true);
  });

  it('an output that is a hard link to the plan', async () => {
    const { dir, plan } = folderWith('ke-hoach.yaml');
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    fs.linkSync(plan, path.join(out, 'ke-hoach.docx'));
    await refused(['build', plan, '--out', out], path.join(out, 'ke-hoach.docx'), plan);
    expect(fs.statSync(plan).nlink).toBe(2);
    expect(fs.readFileSync(path.join(out, 'ke-hoach.docx')).equals(seed)).toBe(true);
  });

  it('an output that is a link to a file of the --template folder (main template or partial)', async () => {
    const { dir, plan } = folderWith('ke-hoach.yaml');
    const templates = path.join(dir, 'mine');
    fs.cpSync(builtInTemplatesDir, templates, { recursive: true });
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    const partial = path.join(templates, 'partials', 'header.hbs');
    const before = fs.readFileSync(partial);
    fs.linkSync(partial, path.join(out, 'ke-hoach.docx'));
    await refused(['build', plan, '--out', out, '--template', templates], path.join(out, 'ke-hoach.docx'), partial);
    fs.rmSync(path.join(out, 'ke-hoach.docx'));
    const main = path.join(templates, 'ke-hoach.hbs');
    fs.symlinkSync(main, path.join(out, 'ke-hoach.pdf'));
    await refused(['build', plan, '--out', out, '--template', templates], path.join(out, 'ke-hoach.pdf'), main);
    expect(fs.readFileSync(partial).equals(before)).toBe(true);
    // Without --template the link is an ordinary previous output: replaced by the new PDF, the template untouched.
    expect(await run(['build', plan, '--out', out, '--format', 'pdf'], memoryIo())).toBe(0);
    expect(fs.lstatSync(path.join(out, 'ke-hoach.pdf')).isSymbolicLink()).toBe(false);
    expect(fs.readFileSync(main, 'utf8')).toBe(fs.readFileSync(path.join(builtInTemplatesDir, 'ke-hoach.hbs'), 'utf8'));
  });

  it('refuses the whole command before building anything: the plans before the clash are not built either', async () => {
    const { dir, plan } = folderWith('a.yaml');
    const second = path.join(dir, 'z.pdf');
    fs.writeFileSync(second, seed);
    await refused(['build', plan, second, '--out', dir], path.join(dir, 'z.pdf'), second);
    expect(fs.readdirSync(dir).sort()).toEqual(['a.yaml', 'z.pdf']);
  });

  it("a plan at the name of another plan's lock or temporary file is never taken over", async () => {
    const { dir, plan } = folderWith('a.yaml');
    const lockNamed = path.join(dir, '.a.plan-lock');
    fs.writeFileSync(lockNamed, seed);
    const old = new Date(Date.now() - 3_600_000);
    fs.utimesSync(lockNamed, old, old); // as old as a stale lock
    await refused(['build', plan, lockNamed, '--out', dir], lockNamed, lockNamed);
    const temporaryNamed = path.join(dir, `.a.pdf.${process.pid}.tmp`);
    fs.writeFileSync(temporaryNamed, seed);
    await refused(['build', plan, temporaryNamed, '--out', dir, '--format', 'pdf'], temporaryNamed, temporaryNamed);
    for (const file of [lockNamed, temporaryNamed]) expect(fs.readFileSync(file).equals(seed)).toBe(true);
  });

  it('--check is refused the same way (the build it stands for would be)', async () => {
    const { dir, plan } = folderWith('x.pdf');
    await refused(['build', plan, '--out', dir, '--check'], path.join(dir, 'x.pdf'), plan);
  });
});

describe('next and init never write over the file they read', () => {
  it('next --out onto its own plan, even with --force, directly or through a link', async () => {
    const { dir, plan } = folderWith('2020.yaml');
    await refused(['next', plan, '--out', plan, '--force'], plan, plan);
    const link = path.join(dir, 'link.yaml');
    fs.symlinkSync(plan, link);
    await refused(['next', plan, '--out', link, '--force'], link, plan);
    const hard = path.join(dir, 'hard.yaml');
    fs.linkSync(plan, hard);
    await refused(['next', plan, '--out', hard, '--force'], hard, plan);
    expect(fs.readFileSync(plan).equals(seed)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(['2020.yaml', 'hard.yaml', 'link.yaml']);
    // Onto another file with --force: written.
    expect(await run(['next', plan, '--out', path.join(dir, 'other.yaml'), '--force'], memoryIo())).toBe(0);
  });

  it('init --force onto a link to its starter', async () => {
    const { dir } = folderWith('unused.yaml');
    const starter = path.join(builtInTemplatesDir, 'starters', 'ke-hoach.yaml');
    const before = fs.readFileSync(starter);
    const link = path.join(dir, 'starter.yaml');
    fs.symlinkSync(starter, link);
    await refused(['init', link, '--force'], link, starter);
    expect(fs.readFileSync(starter).equals(before)).toBe(true);
    expect(fs.readlinkSync(link)).toBe(starter);
  });
});
