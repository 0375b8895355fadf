import { describe, expect, it } from '@jest/globals';
import type { Diagnostic } from '../../../src/errors';
import { parsePlan } from '../../../src/plan/load-plan';
import { diagnosticsOf } from '../../helpers/plan-diagnostics';
import { minimalPlanYaml } from '../fixtures';
import { textPlan } from '../../helpers/text-plan';

function byPath(diagnostics: Diagnostic[], path: string): Diagnostic {
  const found = diagnostics.find((d) => d.path === path);
  if (!found) throw new Error(`no diagnostic at ${path}: ${JSON.stringify(diagnostics)}`);
  return found;
}

describe('parsePlan: valid plans', () => {
  it('parses the minimal plan and fills in defaults', () => {
    const { file, plan, warnings } = parsePlan(minimalPlanYaml, 'p.yaml');
    expect(file).toBe('p.yaml');
    expect(warnings).toEqual([]);
    expect(plan.type).toBe('ke-hoach');
    expect(plan.agency).toEqual({ parent: 'ỦY BAN NHÂN DÂN', name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', code: 'SGDĐT' });
    expect(plan.date).toBe('2020-09-18');
    expect(textPlan(plan).numbering).toBe('decimal');
    expect(plan.signer).toEqual({ authority: '', title: 'Giám đốc' });
    expect(plan.layout).toEqual({ sizes: '13/14', firstLineIndent: 1 });
  });

  it('NFC-normalizes decomposed text and warns once', () => {
    const decomposed = 'Ho\u0300a Bi\u0300nh';
    const { plan, warnings } = parsePlan(minimalPlanYaml.replace('Hà Nội', decomposed).replace('Giám đốc', 'Gia\u0301m đô\u0301c'), 'p.yaml');
    expect(plan.place).toBe('H\u00f2a B\u00ecnh');
    expect(plan.place).toBe(decomposed.normalize('NFC'));
    expect(plan.signer!.title).toBe('Giám đốc'.normalize('NFC'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: 'p.yaml', severity: 'warning' });
    expect(warnings[0]!.message).toContain('NFC');
  });

  it('normalizes each string on its own: a string ending in a letter and the next starting with a mark stay apart', () => {
    // Joined, "a" + U+0301 would make "á"; as two strings each is already in NFC.
    const source = minimalPlanYaml.replace('recipients:\n  - Giám đốc', 'recipients:\n  - Giám đốc a\n  - "\\u0301 b"');
    const { plan, warnings } = parsePlan(source, 'p.yaml');
    expect(plan.recipients).toEqual(['Giám đốc a', '\u0301 b']);
    expect(warnings).toEqual([]);
  });
});

describe('parsePlan: schema problems', () => {
  it('locates an unknown key and suggests the closest allowed one', () => {
    const d = byPath(diagnosticsOf(minimalPlanYaml.replace('signer:', 'signr:')), 'signr');
    expect(d).toMatchObject({ file: 'p.yaml', line: 18, column: 1, sourceLine: 'signr:', severity: 'error' });
    expect(d.message).toContain('"signr"');
    expect(d.hint).toContain('"signer"');
  });

  it('lists the allowed values for a wrong enum value and points at the value', () => {
    const d = byPath(diagnosticsOf(minimalPlanYaml.replace('type: ke-hoach', 'type: ke-hoch')), 'type');
    expect(d).toMatchObject({ line: 1, column: 7, sourceLine: 'type: ke-hoch' });
    expect(d.message).toContain('"ke-hoch"');
    expect(d.hint).toContain('có phải ý bạn là "ke-hoach" (Kế hoạch)?');
    expect(d.hint).toContain('giá trị được phép: nghi-quyet, quyet-dinh,');
    expect(d.hint).toContain('ke-hoach');
  });

  it('shows an empty allowed value as "(để trống)"', () => {
    const d = byPath(diagnosticsOf(minimalPlanYaml.replace('  title: Giám đốc', '  authority: XY\n  title: Giám đốc')), 'signer.authority');
    expect(d).toMatchObject({ line: 19, column: 14 });
    expect(d.hint).toBe('giá trị được phép: (để trống), KT., TM., TL., TUQ., Q.');
  });

  it('reports a missing required field, by the document type, with the line to add', () => {
    const d = byPath(diagnosticsOf(minimalPlanYaml.replace('place: Hà Nội\n', '')), 'place');
    expect(d.message).toBe('Kế hoạch cần địa danh');
    expect(d.hint).toBe('thêm place: Bình Định (máy in "Bình Định, ngày … tháng … năm …")');
    expect(d.line).toBe(1);
  });

  it('rejects a date that is not in the calendar', () => {
    const d = byPath(diagnosticsOf(minimalPlanYaml.replace('2020-09-18', '2021-02-29')), 'date');
    expect(d).toMatchObject({ line: 7, column: 7 });
    expect(d.message).toBe('ngày "2021-02-29" không có trong lịch');
    expect(d.hint).toBe('tháng 2 năm 2021 có 28 ngày');
  });

  it('reports several problems at once', () => {
    const source = minimalPlanYaml.replace('type: ke-hoach', 'type: x').replace('place: Hà Nội\n', '').replace('archive: [VT]', 'archive: []');
    const diagnostics = diagnosticsOf(source);
    expect(diagnostics.map((d) => d.path)).toEqual(['type', 'place', 'archive']);
    expect(byPath(diagnostics, 'archive')).toMatchObject({ line: 16, column: 10, message: 'danh sách cần ít nhất 1 mục' });
  });
});

describe('parsePlan: YAML problems', () => {
  it('locates an unclosed quote', () => {
    const [d, ...rest] = diagnosticsOf(minimalPlanYaml.replace('summary: Tổ chức', 'summary: "Tổ chức'));
    expect(rest).toEqual([]);
    expect(d!.severity).toBe('error');
    expect(d!.message).toBe('dấu ngoặc kép mở ở đây chưa được đóng');
    expect(d!.en.message).toBe('the quote opened here is never closed');
    expect(d!.line).toBe(8);
    expect(d!.hint).toContain('ngoặc kép');
  });

  it('locates a tab used as indentation', () => {
    const [d] = diagnosticsOf(minimalPlanYaml.replace('  code: SGDĐT', '\tcode: SGDĐT'));
    expect(d).toMatchObject({ file: 'p.yaml', line: 5, column: 1, sourceLine: '\tcode: SGDĐT', severity: 'error' });
    expect(d!.message).toBe('dòng được thụt lề bằng phím Tab');
    expect(d!.en.message).toBe('the line is indented with a tab');
    expect(d!.hint).toContain('Tab');
  });

  it('treats a duplicate key as an error at the second key', () => {
    const diagnostics = diagnosticsOf(minimalPlanYaml.replace('place: Hà Nội\n', 'place: Hà Nội\nplace: Huế\n'));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: 7, column: 1, sourceLine: 'place: Huế', severity: 'error' });
    expect(diagnostics[0]!.message).toBe('khóa này đã được viết ở trên');
  });
});

describe('parsePlan: line ends and byte-order mark', () => {
  it('keeps line numbers right with CRLF line ends', () => {
    const d = byPath(diagnosticsOf(minimalPlanYaml.replace('signer:', 'signr:').replace(/\n/g, '\r\n')), 'signr');
    expect(d).toMatchObject({ line: 18, column: 1, sourceLine: 'signr:' });
  });

  it('keeps line and column right after a BOM', () => {
    const diagnostics = diagnosticsOf('\ufeff' + minimalPlanYaml.replace('type: ke-hoach', 'type: ke-hoch').replace('signer:', 'signr:'));
    expect(byPath(diagnostics, 'type')).toMatchObject({ line: 1, column: 7, sourceLine: 'type: ke-hoch' });
    expect(byPath(diagnostics, 'signr')).toMatchObject({ line: 18, column: 1 });
  });

  it('parses a valid plan with CRLF and a BOM', () => {
    const { plan } = parsePlan('\ufeff' + minimalPlanYaml.replace(/\n/g, '\r\n'), 'p.yaml');
    expect(plan.place).toBe('Hà Nội');
    expect(textPlan(plan).summary).toBe('Tổ chức Tuần lễ học tập');
  });
});
