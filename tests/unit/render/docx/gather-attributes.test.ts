import { describe, expect, it } from '@jest/globals';
import { NextAttributeComponent } from 'docx';
import { docxOwnGatherAttributes, gatherAttributes } from '../../../../src/render/docx/gather-attributes';
import { renderDocx } from '../../../../src/render/docx/render-docx';
import { layOutPlan } from '../../../../src/pipeline';
import { loadPlanFile } from '../../../../src/plan/load-plan';
import path from 'node:path';
import { repoRoot } from '../../../helpers/build-plan';

const docxOwn = (root: Record<string, { key: string; value: unknown }>) =>
  docxOwnGatherAttributes.call(new NextAttributeComponent(root as never), undefined as never);

describe('gatherAttributes', () => {
  it('is what docx writes attributes with once the DOCX renderer is loaded', () => {
    expect(NextAttributeComponent.prototype.prepForXml).not.toBe(docxOwnGatherAttributes);
    const element = new NextAttributeComponent({ val: { key: 'w:val', value: 'x' } });
    expect(element.prepForXml(undefined as never)).toEqual({ _attr: { 'w:val': 'x' } });
  });

  it.each([
    ['none', {}],
    ['one', { val: { key: 'w:val', value: 24 } }],
    ['undefined values left out', { a: { key: 'w:a', value: undefined }, b: { key: 'w:b', value: false }, c: { key: 'w:c', value: 0 } }],
    ['a repeated key keeps its first place and its last value', { a: { key: 'w:x', value: 1 }, b: { key: 'w:y', value: 2 }, c: { key: 'w:x', value: 3 } }],
    ['many, in order', Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${i}`, { key: `w:k${(i * 7) % 40}`, value: i % 3 ? `v${i}` : undefined }]))],
  ])('gives the object docx gives: %s', (_, root) => {
    const ours = gatherAttributes(root);
    const theirs = docxOwn(root);
    expect(ours).toEqual(theirs);
    expect(Object.keys(ours._attr)).toEqual(Object.keys((theirs as { _attr: object })._attr));
  });

  it('leaves the seed plan DOCX byte for byte as docx alone writes it', async () => {
    const { resolved, info } = layOutPlan(loadPlanFile(path.join(repoRoot, 'plans', '2020.yaml')), {});
    const fixed = await renderDocx(resolved, info);
    const patched = NextAttributeComponent.prototype.prepForXml;
    NextAttributeComponent.prototype.prepForXml = docxOwnGatherAttributes;
    try {
      expect((await renderDocx(resolved, info)).equals(fixed)).toBe(true);
    } finally {
      NextAttributeComponent.prototype.prepForXml = patched;
    }
  });
});
