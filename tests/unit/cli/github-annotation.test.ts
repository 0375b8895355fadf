// A diagnostic as a GitHub Actions workflow command: the escaping of @actions/core, the file's path, standard input.
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { annotationFile, formatAnnotation } from '../../../src/cli/github-annotation';
import { diagnostic } from '../../../src/errors';

describe('formatAnnotation', () => {
  it('escapes %, CR and LF in the message, and also "," and ":" in properties', () => {
    const d = diagnostic({ file: '/ws/k,h:1%.yaml', line: 2, column: 3, path: 'a,b:c' }, 'error', { vi: 'x%y\r\nz: 1, 2', en: 'e' });
    expect(formatAnnotation(d, 'vi', { GITHUB_WORKSPACE: '/ws' })).toBe('::error file=k%2Ch%3A1%25.yaml,line=2,col=3,title=plan%3A a%2Cb%3Ac::x%25y%0D%0Az: 1, 2');
  });

  it('gives the hint on a second line, in the chosen language; a warning is ::warning; no line, no line or col', () => {
    const d = diagnostic({ file: '/ws/p.yaml' }, 'warning', { vi: 'cảnh', en: 'warn' }, { vi: 'gợi', en: 'try' });
    expect(formatAnnotation(d, 'en', { GITHUB_WORKSPACE: '/ws' })).toBe('::warning file=p.yaml,title=plan::warn%0Ahint: try');
  });

  it('standard input has no file on the pull request: the place goes in the message', () => {
    const d = diagnostic({ file: '<stdin>', line: 4, column: 1 }, 'error', { vi: 'sai', en: 'wrong' });
    expect(formatAnnotation(d, 'en', {})).toBe('::error title=plan::<stdin>:4:1  wrong');
  });
});

describe('annotationFile', () => {
  it('is relative to the base, with "/", and absolute outside it', () => {
    expect(annotationFile(path.join('/ws', 'plans', 'x.yaml'), '/ws')).toBe('plans/x.yaml');
    expect(annotationFile('/ws/../ws/plans/./x.yaml', '/ws/')).toBe('plans/x.yaml');
    expect(annotationFile('/elsewhere/x.yaml', '/ws')).toBe('/elsewhere/x.yaml');
    expect(annotationFile('/ws/..x.yaml', '/ws')).toBe('..x.yaml');
  });
});
