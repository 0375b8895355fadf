// The canonical form body-xml.ts is held to docx's in: what an office suite reads the same is equal, nothing else.
import { describe, expect, it } from '@jest/globals';
import { canonicalXml } from '../../../helpers/canonical-xml';

const p = (attributes: string, text = 'Kế hoạch') => `<w:p><w:pPr><w:spacing ${attributes}/></w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

describe('canonicalXml', () => {
  it('does not count the order of attributes, empty-element tags or the spelling of escapes', () => {
    expect(canonicalXml(p('w:after="120" w:before="60"'))).toBe(canonicalXml(p('w:before="60" w:after="120"')));
    expect(canonicalXml('<w:p></w:p>')).toBe(canonicalXml('<w:p/>'));
    expect(canonicalXml(p('w:after="0"', 'A &apos;B&apos;'))).toBe(canonicalXml(p('w:after="0"', "A 'B'")));
  });

  it('counts attribute values, missing attributes, element order and names, and text to the space', () => {
    const seen = [
      p('w:after="120" w:before="60"'),
      p('w:after="120" w:before="61"'),
      p('w:after="120"'),
      p('w:after="120" w:before="60"', 'Kế hoạch '),
      '<w:p><w:r><w:t xml:space="preserve">Kế hoạch</w:t></w:r><w:pPr><w:spacing w:after="120" w:before="60"/></w:pPr></w:p>',
      p('w:after="120" w:before="60"').replace('<w:spacing', '<w:ind'),
    ].map(canonicalXml);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('refuses malformed XML', () => {
    expect(() => canonicalXml('<w:p><w:r></w:p>')).toThrow(/malformed/);
    expect(() => canonicalXml('<w:t>A & B</w:t>')).toThrow(/malformed/);
    expect(() => canonicalXml('<w:t>A < B</w:t>')).toThrow(/malformed/);
  });
});
