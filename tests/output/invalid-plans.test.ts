// The corpus of invalid plans: each gets located diagnostics, exactly as in its goldens, in Vietnamese and English.
// UPDATE=1 npm test rewrites the goldens (tests/fixtures/invalid/expected/); review the diff.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { run } from '../../src/cli/run';
import { memoryIo, repoRoot } from '../helpers/build-plan';

const folder = path.join('tests', 'fixtures', 'invalid');
const files = fs.readdirSync(path.join(repoRoot, folder)).filter((file) => file.endsWith('.yaml')).sort();

async function validate(file: string, language: 'vi' | 'en'): Promise<{ code: number; text: string }> {
  const io = memoryIo({});
  // Paths as a clerk types them, relative to the repository, with forward slashes on every system.
  const code = await run(['validate', `${folder}/${file}`.split(path.sep).join('/'), '--lang', language], io);
  return { code, text: `${io.err.join('\n')}\n` };
}

/** The lines a fixture's "# expect: line 3, line 9" comment names. */
function expectedLines(file: string): number[] {
  const source = fs.readFileSync(path.join(repoRoot, folder, file), 'utf8');
  const comment = /# expect: (.*)/.exec(source)?.[1] ?? '';
  return [...comment.matchAll(/line (\d+)/g)].map((match) => Number(match[1]));
}

describe('invalid plans', () => {
  it('has a corpus of at least 30 plans', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  describe.each(files)('%s', (file) => {
    it.each(['vi', 'en'] as const)('gives the golden diagnostics in %s, exit 1', async (language) => {
      const { code, text } = await validate(file, language);
      expect(code).toBe(1);
      const golden = path.join(repoRoot, folder, 'expected', `${file.replace(/\.yaml$/, '')}.${language}.txt`);
      if (process.env.UPDATE === '1') fs.writeFileSync(golden, text);
      expect(text).toBe(fs.readFileSync(golden, 'utf8'));
    });

    it('points at the line of each mistake, and at nothing else', async () => {
      const { text } = await validate(file, 'vi');
      const reported = [...text.matchAll(new RegExp(`^${folder.split(path.sep).join('/')}/${file.replace(/\./g, '\\.')}:(\\d+)`, 'gm'))].map((m) => Number(m[1]));
      expect([...new Set(reported)].sort((a, b) => a - b)).toEqual(expectedLines(file));
    });
  });
});
