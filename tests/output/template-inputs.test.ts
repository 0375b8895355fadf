// A user's template folder and patterns as inputs: {{log}} never reaches standard output, and a template that is a
// folder, a partials folder that is a file, an unreadable, special or non-UTF-8 template, or a pattern over an
// unreadable folder, or a link that loops, is the user's mistake (exit 1 or 2, naming the path), never an internal
// error (exit 3).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { run } from '../../src/cli/run';
import { memoryIo, repoRoot } from '../helpers/build-plan';
import { pdfText, readPdf } from '../helpers/read-pdf';

const bin = path.join(repoRoot, 'bin', 'plan');
const seed = path.join(repoRoot, 'plans', '2020.yaml');
const builtInTemplates = path.join(repoRoot, 'templates');

/** A fresh folder with a copy of the seed plan and of the built-in templates (main template and partials). */
function workspace(): { dir: string; plan: string; templates: string; out: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-template-input-'));
  const plan = path.join(dir, 'ke-hoach.yaml');
  fs.copyFileSync(seed, plan);
  const templates = path.join(dir, 'mau');
  fs.cpSync(builtInTemplates, templates, { recursive: true });
  return { dir, plan, templates, out: path.join(dir, 'out') };
}

async function build(args: string[]): Promise<{ code: number; out: string[]; err: string }> {
  const io = memoryIo();
  const code = await run(['build', ...args], io);
  return { code, out: io.out, err: io.err.join('\n') };
}

describe('{{log}} never writes to standard output', () => {
  it('in a plan\'s text it is an unknown name: exit 1, located, nothing on stdout, nothing written', async () => {
    const { plan, out } = workspace();
    const text = fs.readFileSync(plan, 'utf8');
    const line = text.split('\n').findIndex((l) => l.startsWith('summary:')) + 1;
    fs.writeFileSync(plan, text.replace('summary: Tổ chức', 'summary: Tổ {{log "XIN CHÀO"}} chức'));
    const result = await build([plan, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.out).toEqual([]);
    expect(result.err).toContain(`ke-hoach.yaml:${line}:10  lỗi: biểu thức dùng tên không có: "log" (tại summary)`);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('in a template it becomes a located warning on stderr; stdout keeps only the paths, --json stays JSON', async () => {
    const { plan, templates, out } = workspace();
    const main = path.join(templates, 'ke-hoach.hbs');
    fs.writeFileSync(main, `{{log "đã tới đây" level="error"}}{{log signer}}\n${fs.readFileSync(main, 'utf8')}`);
    const partial = path.join(templates, 'partials', 'title.hbs');
    fs.writeFileSync(partial, `${fs.readFileSync(partial, 'utf8')}{{log "trong partial"}}\n`);
    const partialLine = fs.readFileSync(partial, 'utf8').split('\n').length - 1;

    const plain = await build([plan, '--out', out, '--template', templates]);
    expect(plain.code).toBe(0);
    expect(plain.out).toEqual([path.join(out, 'ke-hoach.docx'), path.join(out, 'ke-hoach.pdf')]);
    expect(plain.err).toContain(`${main}:1  cảnh báo: mẫu ghi (log): đã tới đây`);
    expect(plain.err).toContain(`${main}:1  cảnh báo: mẫu ghi (log): {"authorityLines":["KT. GIÁM ĐỐC","PHÓ GIÁM ĐỐC"]`);
    expect(plain.err).toContain(`${partial}:${partialLine}  cảnh báo: mẫu ghi (log): trong partial`);

    const json = await build([plan, '--out', out, '--template', templates, '--json']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.out.join('\n')) as { plans: Array<{ diagnostics: Array<{ severity: string; message: string }> }> };
    expect(report.plans[0]!.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message)).toContain('mẫu ghi (log): trong partial');
  });

  it('the same text through a spawned process: standard output holds only the two paths', () => {
    const { plan, templates, out } = workspace();
    const main = path.join(templates, 'ke-hoach.hbs');
    fs.writeFileSync(main, `{{log "RA ĐÂU"}}\n${fs.readFileSync(main, 'utf8')}`);
    const result = spawnSync(process.execPath, [bin, 'build', plan, '--out', out, '--template', templates], { encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual([path.join(out, 'ke-hoach.docx'), path.join(out, 'ke-hoach.pdf')]);
    expect(result.stderr).toContain('mẫu ghi (log): RA ĐÂU');
  });
});

describe('a template folder that is wrong is the user\'s mistake', () => {
  const cases: Array<{ name: string; spoil: (templates: string) => string; message: RegExp }> = [
    {
      name: 'ke-hoach.hbs is a folder',
      spoil: (t) => {
        const file = path.join(t, 'ke-hoach.hbs');
        fs.rmSync(file);
        fs.mkdirSync(file);
        return file;
      },
      message: /lỗi: mẫu ".*ke-hoach\.hbs" là một thư mục, không phải tệp \.hbs\n {2}gợi ý: /,
    },
    {
      name: 'partials is a file',
      spoil: (t) => {
        const dir = path.join(t, 'partials');
        fs.rmSync(dir, { recursive: true });
        fs.writeFileSync(dir, 'không phải thư mục');
        return dir;
      },
      message: /lỗi: mẫu ".*partials" phải là một thư mục chứa các tệp \.hbs, không phải một tệp/,
    },
    {
      name: 'a partial is a folder',
      spoil: (t) => {
        const file = path.join(t, 'partials', 'title.hbs');
        fs.rmSync(file);
        fs.mkdirSync(file);
        return file;
      },
      message: /lỗi: mẫu ".*title\.hbs" là một thư mục/,
    },
    {
      name: 'the template is a FIFO (it would never end)',
      spoil: (t) => {
        const file = path.join(t, 'ke-hoach.hbs');
        fs.rmSync(file);
        const made = spawnSync('mkfifo', [file]);
        if (made.status !== 0) throw new Error('mkfifo is needed for this test (coreutils)');
        return file;
      },
      message: /lỗi: mẫu ".*ke-hoach\.hbs" không phải một tệp thường/,
    },
    {
      name: 'the template is a link to /dev/zero',
      spoil: (t) => {
        const file = path.join(t, 'partials', 'header.hbs');
        fs.rmSync(file);
        fs.symlinkSync('/dev/zero', file);
        return file;
      },
      message: /lỗi: mẫu ".*header\.hbs" không phải một tệp thường/,
    },
    {
      name: 'the template is not UTF-8',
      spoil: (t) => {
        const file = path.join(t, 'partials', 'signature.hbs');
        fs.writeFileSync(file, Buffer.from([0x40, 0x62, 0x6f, 0x64, 0x79, 0x20, 0xb8, 0xe0, 0x0a]));
        return file;
      },
      message: /lỗi: mẫu ".*signature\.hbs" không phải văn bản UTF-8/,
    },
    {
      name: 'the template is larger than 1 MB',
      spoil: (t) => {
        const file = path.join(t, 'ke-hoach.hbs');
        fs.writeFileSync(file, `{{!-- ${'x'.repeat(1024 * 1024)} --}}`);
        return file;
      },
      message: /lỗi: mẫu ".*ke-hoach\.hbs" quá lớn \(1024 KB; tối đa 1024 KB\)/,
    },
  ];

  for (const { name, spoil, message } of cases)
    it(`${name}: exit 1 naming the path, no stack trace, nothing written`, async () => {
      const { plan, templates, out } = workspace();
      const spoilt = spoil(templates);
      const result = await build([plan, '--out', out, '--template', templates]);
      expect(result.code).toBe(1);
      expect(result.err).toMatch(message);
      expect(result.err).toContain(spoilt);
      expect(result.err).not.toMatch(/lỗi nội bộ|\n\s+at /);
      expect(fs.existsSync(out)).toBe(false);
    });
});

describe('files and folders that cannot be read', () => {
  /** As root everything is readable: the command then runs as "nobody", for whom mode 000 means unreadable. */
  const root = process.getuid?.() === 0;
  const asUser = root ? { uid: 65534, gid: 65534 } : {};
  const canRun = spawnSync(process.execPath, [bin, '--version'], { ...asUser }).status === 0;

  function runAs(args: string[]): { status: number | null; stderr: string } {
    if (!canRun) throw new Error(`"nobody" (uid 65534) cannot run ${bin}: the checkout must be readable by other users for this test`);
    return spawnSync(process.execPath, [bin, ...args], { ...asUser, encoding: 'utf8', timeout: 60_000, env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '' } });
  }

  function openToAll(dir: string): void {
    fs.chmodSync(dir, 0o777);
    for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true }))
      fs.chmodSync(path.join(entry.parentPath, entry.name), entry.isDirectory() ? 0o777 : 0o666);
  }

  it('an unreadable template file: exit 1 naming it', () => {
    const { dir, plan, templates, out } = workspace();
    openToAll(dir);
    const file = path.join(templates, 'partials', 'recipients.hbs');
    fs.chmodSync(file, 0o000);
    const result = runAs(['build', plan, '--out', out, '--template', templates]);
    expect(result.stderr).toContain(`lỗi: mẫu "${file}" không đọc được (không có quyền đọc)`);
    expect(result.status).toBe(1);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('an unreadable partials folder: exit 1 naming it', () => {
    const { dir, plan, templates, out } = workspace();
    openToAll(dir);
    fs.chmodSync(path.join(templates, 'partials'), 0o000);
    const result = runAs(['build', plan, '--out', out, '--template', templates]);
    expect(result.stderr).toContain(`lỗi: mẫu "${path.join(templates, 'partials')}" không đọc được (không có quyền đọc)`);
    expect(result.status).toBe(1);
  });

  it('a pattern over a tree with an unreadable folder, and that folder given itself: exit 2 naming the folder', () => {
    const { dir, out } = workspace();
    const locked = path.join(dir, 'plans', 'khoa');
    fs.mkdirSync(locked, { recursive: true });
    fs.copyFileSync(seed, path.join(dir, 'plans', '2020.yaml'));
    openToAll(dir);
    fs.chmodSync(locked, 0o000);
    for (const input of [path.join(dir, 'plans', '**', '*.yaml'), locked]) {
      const result = runAs(['build', input, '--out', out]);
      expect(result.stderr).toContain(`lỗi: không đọc được thư mục "${locked}" (không có quyền đọc)`);
      expect(result.stderr).not.toMatch(/lỗi nội bộ|\n\s+at /);
      expect(result.status).toBe(2);
    }
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('links that go nowhere', () => {
  it('a folder holding a link to itself named *.yaml: exit 2 naming the link, not an internal error', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-loop-'));
    fs.symlinkSync('vong.yaml', path.join(dir, 'vong.yaml'));
    const io = memoryIo();
    expect(await run(['build', dir, '--out', path.join(dir, 'out')], io)).toBe(2);
    expect(io.err.join('\n')).toContain(`lỗi: không mở được "${path.join(dir, 'vong.yaml')}" (liên kết vòng quanh chính nó)`);
  });
});

describe('a document type the template folder has no template for', () => {
  it('is built with plan\'s own template for that type, the folder\'s partials still used', async () => {
    const { dir, plan, out, templates } = workspace();
    const other = path.join(dir, 'bao-cao.yaml');
    fs.writeFileSync(other, fs.readFileSync(plan, 'utf8').replace(/^type: ke-hoach/m, 'type: bao-cao'));
    fs.rmSync(path.join(templates, 'bao-cao.hbs'));
    const result = await build([other, plan, '--out', out, '--template', templates, '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out.join('\n')) as { plans: Array<{ plan: string; ok: boolean }> };
    expect(report.plans.map((p) => [p.plan, p.ok])).toEqual([[other, true], [plan, true]]);
    expect(fs.readdirSync(out).sort()).toEqual(['bao-cao.docx', 'bao-cao.pdf', 'ke-hoach.docx', 'ke-hoach.pdf']);
    expect(pdfText(await readPdf(path.join(out, 'bao-cao.pdf')))).toContain('BÁO CÁO');
  });

  it('a template folder that does not exist is the command line\'s mistake (exit 2)', async () => {
    const { plan, dir } = workspace();
    const result = await build([plan, '--out', path.join(dir, 'out'), '--template', path.join(dir, 'khong-co')]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('không có thư mục mẫu');
  });
});

describe('a template that would do too much', () => {
  it('partials that fan out (each calls the next twice, 2^20 calls): exit 1 within seconds, naming the limit', async () => {
    const { plan, templates, out } = workspace();
    const partials = path.join(templates, 'partials');
    for (let i = 1; i <= 20; i++) fs.writeFileSync(path.join(partials, `p${i}.hbs`), i < 20 ? `{{> p${i + 1}}}{{> p${i + 1}}}` : '@body x\n');
    const main = path.join(templates, 'ke-hoach.hbs');
    fs.writeFileSync(main, `{{> p1}}\n${fs.readFileSync(main, 'utf8')}`);
    const started = Date.now();
    const result = await build([plan, '--out', out, '--template', templates]);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.code).toBe(1);
    expect(result.err).toContain('lỗi: mẫu làm quá nhiều việc cho một kế hoạch (hơn 400.000 lượt {{#each}} và lần gọi partial)');
  });

  it('{{#each}} nested three deep over the recipients of a plan with 2,000 of them: the same', async () => {
    const { plan, templates, out } = workspace();
    const many = Array.from({ length: 2000 }, (_, i) => `  - Đơn vị số ${i + 1}`).join('\n');
    fs.writeFileSync(plan, fs.readFileSync(plan, 'utf8').replace(/^recipients:\n(?:  .*\n)+/m, `recipients:\n${many}\n`));
    const main = path.join(templates, 'ke-hoach.hbs');
    fs.writeFileSync(main, `{{#each recipients}}{{#each @root.recipients}}{{#each @root.recipients}}@body x\n{{/each}}{{/each}}{{/each}}${fs.readFileSync(main, 'utf8')}`);
    const started = Date.now();
    const result = await build([plan, '--out', out, '--template', templates]);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.code).toBe(1);
    expect(result.err).toContain('mẫu làm quá nhiều việc cho một kế hoạch');
  });
});

describe('a template folder of one\'s own that leaves a form\'s part out', () => {
  it('a header partial without "@subject" (written before the công văn): built, with a warning at that partial', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-template-old-header-'));
    const partials = path.join(dir, 'mau', 'partials');
    fs.mkdirSync(partials, { recursive: true });
    const header = fs.readFileSync(path.join(builtInTemplates, 'partials', 'header.hbs'), 'utf8');
    const old = header.replace(/\{\{#each subjectLines\}\}\n@subject \{\{this\}\}\n\{\{\/each\}\}\n/, '');
    expect(old).not.toContain('@subject');
    fs.writeFileSync(path.join(partials, 'header.hbs'), old);
    const plan = path.join(dir, 'cong-van.yaml');
    fs.copyFileSync(path.join(builtInTemplates, 'starters', 'cong-van.yaml'), plan);
    const result = await build([plan, '--out', path.join(dir, 'out'), '--template', path.join(dir, 'mau')]);
    expect(result.code).toBe(0);
    expect(result.err).toContain(`${path.join(partials, 'header.hbs')}  cảnh báo: mẫu không in trích yếu "V/v …" của công văn: không có thẻ "@subject"`);
    const plain = await build([plan, '--out', path.join(dir, 'out2')]);
    expect(plain.err).not.toContain('cảnh báo');
  });
});
