import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { documentTypes } from '../../../src/decree/document-types';
import { describe, expect, it } from '@jest/globals';
import { PlanError } from '../../../src/errors';
import { parseMarkup } from '../../../src/model/parse-markup';
import { builtInTemplatesDir, locateTag, readTemplate, renderTemplate, type TemplateSource } from '../../../src/template/render-template';
import { loadPlanFile } from '../../../src/plan/load-plan';
import { toViewModel } from '../../../src/view/to-view-model';
import { makePlan } from '../fixtures';

const template = (text: string, partials: Record<string, string> = {}): TemplateSource => ({ file: 'mau.hbs', text, partials });

describe('renderTemplate', () => {
  it('fills fields and partials', () => {
    expect(renderTemplate(template('@body {{a}}\n{{> p}}', { p: '@item {{b}}\n' }), { a: 'một', b: 'hai' })).toBe('@body một\n@item hai\n');
  });

  it('throws a PlanError for a missing field (strict mode)', () => {
    let caught: unknown;
    try {
      renderTemplate(template('@body {{a}}\n@body {{missing}}\n'), { a: 'x' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PlanError);
    const [d] = (caught as PlanError).diagnostics;
    expect(d).toMatchObject({ file: 'mau.hbs', severity: 'error' });
    expect(d!.message).toContain('"missing" not defined');
  });

  it('reports the line of a template syntax error', () => {
    let caught: unknown;
    try {
      renderTemplate(template('@body a\n{{#each xs}}\n'), { xs: [] });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PlanError);
    expect((caught as PlanError).diagnostics[0]).toMatchObject({ file: 'mau.hbs', line: 3 });
  });

  it('does not HTML-escape plan text', () => {
    expect(renderTemplate(template('@body {{a}}'), { a: 'GD&ĐT <b> "x" \'y\'' })).toBe('@body GD&ĐT <b> "x" \'y\'');
  });

  it('leaves "{{" inside data literal', () => {
    expect(renderTemplate(template('@body {{a}}'), { a: '{{b}} và {{#each c}}' })).toBe('@body {{b}} và {{#each c}}');
  });
});

describe('readTemplate', () => {
  it('reads the built-in Kế hoạch template with its partials', () => {
    const source = readTemplate(builtInTemplatesDir, 'ke-hoach');
    expect(source.file).toBe(path.join(builtInTemplatesDir, 'ke-hoach.hbs'));
    expect(Object.keys(source.partials).sort()).toEqual(['addressees', 'appendices', 'attachment', 'content', 'decision', 'header', 'recipients', 'signature', 'title']);
  });

  it('lets a custom folder override one partial and falls back to the built-in ones', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-template-'));
    fs.mkdirSync(path.join(dir, 'partials'));
    fs.writeFileSync(path.join(dir, 'x.hbs'), '{{> title}}\n');
    fs.writeFileSync(path.join(dir, 'partials', 'title.hbs'), '@type-name RIÊNG\n');
    const source = readTemplate(dir, 'x');
    expect(source.text).toBe('{{> title}}\n');
    expect(source.partials.title).toBe('@type-name RIÊNG\n');
    expect(source.partials.header).toBe(fs.readFileSync(path.join(builtInTemplatesDir, 'partials', 'header.hbs'), 'utf8'));
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('the built-in ke-hoach template', () => {
  it('renders the view into markup that parseMarkup accepts', () => {
    const view = toViewModel(makePlan({ bases: ['Căn cứ A & B;'], closing: ['Kết {{thúc}}./.'], signer: { title: 'Giám đốc', note: '(Đã ký)' } }));
    const markup = renderTemplate(readTemplate(builtInTemplatesDir, 'ke-hoach'), view);
    const lines = markup.split('\n').filter((line) => line.trim() !== '');
    expect(lines.every((line) => line.startsWith('@'))).toBe(true);
    expect(lines).toContain('@number Số:       /KH-SGDĐT');
    expect(lines).toContain('@basis Căn cứ A & B;');
    expect(lines).toContain('@body Kết {{thúc}}./.');
    expect(lines).toContain('@signature-note (Đã ký)');
    expect(lines.filter((line) => line.startsWith('@signer-name'))).toEqual([]);

    const model = parseMarkup(markup, view.meta, 'ke-hoach.hbs');
    expect(model.sections[0]!.blocks.map((b) => (b.type === 'paragraph' ? b.role : b.type))).toEqual([
      'header',
      'title',
      'basis',
      'heading-1',
      'body',
      'item',
      'item',
      'subitem',
      'heading-2',
      'body',
      'heading-1',
      'body',
      'signature',
    ]);
    expect(model.sections[0]!.blocks[model.sections[0]!.blocks.length - 1]).toEqual({
      type: 'signature',
      recipientsLabel: 'Nơi nhận:',
      recipients: ['- Giám đốc (để b/c);', '- Các phòng;', '- Lưu: VT, P.GDTX.'],
      authority: ['GIÁM ĐỐC'],
      note: '(Đã ký)',
      name: null,
    });
  });
});

describe('template errors point at the template', () => {
  it('gives the line of a missing field in strict mode', () => {
    try {
      renderTemplate(template('@body a\n@body {{missing}}\n'), {});
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(PlanError);
      expect((error as PlanError).diagnostics[0]).toMatchObject({ file: 'mau.hbs', line: 2 });
    }
  });

  it('finds the template or partial line that writes a tag', () => {
    const source = { ...template('{{> head}}\n@body x\n', { head: '{{!-- c --}}\n@agency A\n' }), partialFiles: { head: 'p/head.hbs' } };
    expect(locateTag(source, 'body')).toEqual({ file: 'mau.hbs', line: 2 });
    expect(locateTag(source, 'agency')).toEqual({ file: 'p/head.hbs', line: 2 });
    expect(locateTag(source, 'nation')).toBeUndefined();
  });
});

describe('precompiled built-in templates (what the bundle carries)', () => {
  const { precompiledTemplatesSource } = require('../../../src/template/precompile-templates') as typeof import('../../../src/template/precompile-templates');
  const registry: Record<string, TemplateSpecification> = {};
  new Function('exports', precompiledTemplatesSource())(registry);
  const precompiled = (registry as unknown as { precompiledTemplates: Record<string, TemplateSpecification> }).precompiledTemplates;
  const builtIn = readTemplate(builtInTemplatesDir, 'ke-hoach');

  it('holds every type\'s main template and every partial', () => {
    const mains = documentTypes.map((type) => readTemplate(builtInTemplatesDir, type.key).text);
    expect(Object.keys(precompiled).sort()).toEqual([...new Set([...mains, ...Object.values(builtIn.partials)])].sort());
  });

  it('renders exactly what compiling at run time renders, for the seed and the parity plans', () => {
    const repo = path.join(__dirname, '..', '..', '..');
    const parity = path.join(repo, 'tests', 'fixtures', 'parity');
    const files = [path.join(repo, 'plans', '2020.yaml'), ...fs.readdirSync(parity).filter((name) => name.endsWith('.yaml')).map((name) => path.join(parity, name))];
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const view = toViewModel(loadPlanFile(file).plan);
      expect(renderTemplate(builtIn, view, { precompiled })).toBe(renderTemplate(builtIn, view, { precompiled: {} }));
    }
  });

  it('is used only when the main template and all partials are the built-in ones', () => {
    const edited = { ...builtIn, partials: { ...builtIn.partials, title: `${builtIn.partials.title}@body (edited)\n` } };
    const view = toViewModel(makePlan());
    expect(renderTemplate(edited, view, { precompiled })).toContain('(edited)');
  });
});
