import { describe, expect, it } from '@jest/globals';
import { documentTypeKeys, documentTypes, findDocumentType } from '../../../src/decree/document-types';

describe('document types', () => {
  it('gives the Kế hoạch its code and capitalised title', () => {
    expect(findDocumentType('ke-hoach')).toEqual({ key: 'ke-hoach', name: 'Kế hoạch', code: 'KH', title: 'KẾ HOẠCH' });
    expect(findDocumentType('quyet-dinh')).toMatchObject({ code: 'QĐ', title: 'QUYẾT ĐỊNH' });
  });

  it('has one key per type', () => {
    expect(new Set(documentTypeKeys).size).toBe(documentTypes.length);
    expect(documentTypeKeys).toContain('ke-hoach');
  });

  it('throws for an unknown type', () => {
    expect(() => findDocumentType('cong-van')).toThrow('unknown document type "cong-van"');
  });
});
