import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { nodeFileSystem, outputsOnInputs, refuseOutputsOnInputs, type FileSystemView } from '../../../src/cli/same-file';
import { UsageError } from '../../../src/errors';

/**
 * A file system of the given files, as a case-insensitive one (FAT, NTFS, APFS by default) or a case-sensitive one
 * answers: no inode numbers (as on file systems that give none), real paths spelled as they were asked for (as
 * Node's realpath does). There is no case-insensitive file system to mount on the test machine, so this stands in.
 */
function fakeFileSystem(files: string[], caseless: boolean): FileSystemView & { looked: string[] } {
  const key = (file: string) => (caseless ? file.toLowerCase() : file);
  const existing = new Set(files.map(key));
  const looked: string[] = [];
  return {
    looked,
    identify(file) {
      looked.push(file);
      return existing.has(key(file)) ? { real: file } : undefined;
    },
    ignoresCase: () => caseless,
  };
}

describe('outputsOnInputs', () => {
  it('on a case-insensitive file system, the same name in other letter case is the same file', () => {
    const view = fakeFileSystem(['/v/Ke Hoach/X.pdf'], true);
    expect(outputsOnInputs(['/v/ke hoach/x.PDF'], ['/v/Ke Hoach/X.pdf'], view)).toEqual([{ output: '/v/ke hoach/x.PDF', input: '/v/Ke Hoach/X.pdf' }]);
    expect(() => refuseOutputsOnInputs(['/v/ke hoach/x.PDF'], ['/v/Ke Hoach/X.pdf'], view)).toThrow(UsageError);
  });

  it('on a case-sensitive file system, two names in other letter case are two files', () => {
    const view = fakeFileSystem(['/v/X.pdf', '/v/x.pdf'], false);
    expect(outputsOnInputs(['/v/x.pdf'], ['/v/X.pdf'], view)).toEqual([]);
  });

  it('an output path where nothing is yet (the usual case) costs one look and no look at the inputs', () => {
    const view = fakeFileSystem(['/v/a.yaml', '/v/b.yaml'], true);
    expect(outputsOnInputs(['/o/a.docx', '/o/a.pdf'], ['/v/a.yaml', '/v/b.yaml'], view)).toEqual([]);
    expect(view.looked).toEqual(['/o/a.docx', '/o/a.pdf']);
  });

  it('on the real file system: the same file by another path, a link, a hard link; not a copy', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-same-'));
    const plan = path.join(dir, 'p.yaml');
    fs.writeFileSync(plan, 'x');
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.symlinkSync(plan, path.join(dir, 'link'));
    fs.linkSync(plan, path.join(dir, 'hard'));
    fs.copyFileSync(plan, path.join(dir, 'copy'));
    const clash = (output: string) => outputsOnInputs([output], [plan]).length === 1;
    expect(clash(path.join(dir, 'sub', '..', 'p.yaml'))).toBe(true);
    expect(clash(path.join(dir, 'link'))).toBe(true);
    expect(clash(path.join(dir, 'hard'))).toBe(true);
    expect(clash(path.join(dir, 'copy'))).toBe(false);
    expect(clash(path.join(dir, 'P.yaml'))).toBe(false);
  });

  it("the probe finds this machine's file system case-sensitive, also with both spellings present", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-case-'));
    fs.writeFileSync(path.join(dir, 'x.pdf'), '');
    expect(nodeFileSystem.ignoresCase(dir, 'x.pdf')).toBe(false);
    fs.writeFileSync(path.join(dir, 'X.PDF'), '');
    expect(nodeFileSystem.ignoresCase(dir, 'x.pdf')).toBe(false);
    expect(nodeFileSystem.ignoresCase(path.join(dir, 'missing'), 'x.pdf')).toBe(false);
  });
});
