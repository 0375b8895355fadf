import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { OutputError, writeAtomically } from '../../../src/cli/write-atomically';

const temp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'plan-write-'));

describe('writeAtomically', () => {
  it('creates missing folders, writes the bytes and leaves no temporary file', () => {
    const dir = temp();
    const file = path.join(dir, 'a', 'b', 'x.pdf');
    writeAtomically({ file, bytes: Buffer.from('một') });
    writeAtomically({ file, bytes: Buffer.from('hai') });
    expect(fs.readFileSync(file, 'utf8')).toBe('hai');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['x.pdf']);
  });

  it('replaces all files or none: a failure on the second leaves the first as it was', () => {
    const dir = temp();
    const first = path.join(dir, 'x.docx');
    fs.writeFileSync(first, 'old');
    const blocked = path.join(dir, 'x.pdf');
    fs.mkdirSync(blocked); // a folder where the PDF should go: its rename fails
    fs.writeFileSync(path.join(blocked, 'keep'), '');
    expect(() => writeAtomically({ file: first, bytes: Buffer.from('new') }, { file: blocked, bytes: Buffer.from('pdf') })).toThrow(OutputError);
    expect(fs.readFileSync(first, 'utf8')).toBe('old');
    expect(fs.readdirSync(dir).sort()).toEqual(['x.docx', 'x.pdf']);
  });
});
