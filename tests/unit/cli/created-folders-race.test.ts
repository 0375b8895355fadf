import { afterEach, describe, expect, it, jest } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeFolders } from '../../../src/cli/created-folders';

afterEach(() => {
  jest.restoreAllMocks();
});

/** mkdirSync as it behaves when another process makes the same folder between our check and our call. */
function anotherBuildMakesItFirst(kind: 'folder' | 'file') {
  const real = fs.mkdirSync;
  jest.spyOn(fs, 'mkdirSync').mockImplementationOnce(((folder: fs.PathLike) => {
    if (kind === 'folder') real(folder);
    else fs.writeFileSync(folder, 'x');
    throw Object.assign(new Error(`EEXIST: file already exists, mkdir '${String(folder)}'`), { code: 'EEXIST' });
  }) as typeof fs.mkdirSync);
}

describe('makeFolders when two builds make the same new folder', () => {
  it('goes on when the other made it a folder, and does not count it as its own', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plan-race-')), 'out');
    anotherBuildMakesItFirst('folder');
    expect(makeFolders(out)).toEqual([]);
    expect(fs.statSync(out).isDirectory()).toBe(true);
  });

  it('still fails when what appeared there is a file', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plan-race-')), 'out');
    anotherBuildMakesItFirst('file');
    expect(() => makeFolders(out)).toThrow(/EEXIST/);
  });
});
