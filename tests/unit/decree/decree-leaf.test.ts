// src/decree/ holds the decree's tables below every stage: it imports nothing of ours, and no package either.
import { describe, expect, it } from '@jest/globals';
import { importsOf, sourceFiles } from '../../helpers/source-imports';

describe('src/decree/', () => {
  const files = sourceFiles('decree');

  it('imports only its own files', () => {
    const outside = files.flatMap((file) => importsOf(file).filter((specifier) => !/^\.\/[a-z0-9-]+$/.test(specifier)).map((specifier) => `${file}: ${specifier}`));
    expect(outside).toEqual([]);
  });

  it('is read: its files and their imports are found', () => {
    expect(files).toEqual(expect.arrayContaining(['decree/document-types.ts', 'decree/page.ts', 'decree/size-profiles.ts']));
    expect(importsOf('decree/appendix-label.ts')).toEqual(['./roman-numerals']);
  });
});
