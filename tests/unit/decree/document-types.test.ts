import { describe, expect, it } from '@jest/globals';
import { documentTypeKeys, documentTypes, findDocumentType } from '../../../src/decree/document-types';

describe('document types', () => {
  it('gives the Kế hoạch its code and capitalised title', () => {
    expect(findDocumentType('ke-hoach')).toEqual({ key: 'ke-hoach', name: 'Kế hoạch', code: 'KH', title: 'KẾ HOẠCH', form: 'text', addressees: 'none', summary: 'required' });
    expect(findDocumentType('quyet-dinh')).toMatchObject({ code: 'QĐ', title: 'QUYẾT ĐỊNH' });
  });

  it('has one key per type', () => {
    expect(new Set(documentTypeKeys).size).toBe(documentTypes.length);
    expect(documentTypeKeys).toContain('ke-hoach');
  });

  it('has the 29 types of Decree 30, Điều 7: công văn and thư công without a code', () => {
    expect(documentTypes).toHaveLength(29);
    expect(documentTypes.filter((type) => type.code === '').map((type) => type.key)).toEqual(['cong-van', 'thu-cong']);
    expect(findDocumentType('cong-van')).toMatchObject({ form: 'letter', addressees: 'required', summary: 'none' });
    expect(findDocumentType('bien-ban').form).toBe('minutes');
  });

  it('throws for an unknown type', () => {
    expect(() => findDocumentType('cong-vn')).toThrow('unknown document type "cong-vn"');
  });
});
