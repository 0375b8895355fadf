// A heading kept with a paragraph that is itself kept with what follows (the last paragraph before the signature):
// when that paragraph moves whole to the next page, the heading goes with it, as LibreOffice moves it.
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { eachPage, type PlacedText } from '../../../src/layout/flow-pages';
import { layOutPlan } from '../../../src/pipeline';
import { loadPlanFile } from '../../../src/plan/load-plan';
import { repoRoot } from '../../helpers/build-plan';

describe('a chain kept with the next that moves to the next page', () => {
  it('takes the heading along with the paragraph kept with the signature (plans/2024-ubnd-tinh.yaml)', () => {
    const { resolved } = layOutPlan(loadPlanFile(path.join(repoRoot, 'plans', '2024-ubnd-tinh.yaml')), {});
    const pageOf = (start: string) =>
      [...eachPage(resolved)].findIndex((page) => page.items.some((item): item is PlacedText => item.kind === 'text' && item.text.startsWith(start)));
    expect(pageOf('3. Tổ chức thực hiện')).toBeGreaterThan(0);
    expect(pageOf('3. Tổ chức thực hiện')).toBe(pageOf('Sở Giáo dục và Đào tạo chủ trì'));
  });
});
