import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { writeAtomically } from '../../../src/cli/write-atomically';

describe('writeAtomically', () => {
  it('creates missing folders, writes the bytes and leaves no temporary file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-write-'));
    const file = path.join(dir, 'a', 'b', 'x.pdf');
    writeAtomically(file, Buffer.from('một'));
    writeAtomically(file, Buffer.from('hai'));
    expect(fs.readFileSync(file, 'utf8')).toBe('hai');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['x.pdf']);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
