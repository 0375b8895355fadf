// A joint document's appendix names both issuers in its "(Kèm theo … của … và …)" line, the lead agency first.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parsePlan } from '../../../src/plan/load-plan';
import { toViewModel } from '../../../src/view/to-view-model';
import { repoRoot } from '../../helpers/build-plan';

const joint = fs.readFileSync(path.join(repoRoot, 'plans', '2024-lien-tich-sgddt-tinh-doan.yaml'), 'utf8');
const appendix = '\nappendices:\n  - title: Danh sách công trình\n    content:\n      - Các công trình do Đoàn trường đăng ký.\n';
const reference = (text: string) => toViewModel(parsePlan(text, 'p.yaml').plan).appendices[0]!.reference.join(' ');

describe('the appendix of a joint document', () => {
  it('is "của" the lead agency "và" the partner, each as a sentence writes it', () => {
    expect(reference(joint + appendix)).toMatch(/ của Sở Giáo dục và Đào tạo và Tỉnh đoàn Bình Định\)$/);
  });

  it('takes the partner\'s nameInText when given', () => {
    const named = joint.replace('    name: TỈNH ĐOÀN BÌNH ĐỊNH\n', '    name: TỈNH ĐOÀN BÌNH ĐỊNH\n    nameInText: Ban Thường vụ Tỉnh đoàn Bình Định\n');
    expect(named).not.toBe(joint);
    expect(reference(named + appendix)).toMatch(/ và Ban Thường vụ Tỉnh đoàn Bình Định\)$/);
  });
});
