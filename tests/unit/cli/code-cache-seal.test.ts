// The code cache's seal: a cache whose bytes changed after the build is not handed to V8 (which would stop the
// process in its deserializer), and an intact one is handed over as V8 made it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { readCodeCache, sealCodeCache } from '../../../src/cli/load-bundle';

const write = (bytes: Buffer) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plan-cache-')), 'plan.js.cache');
  fs.writeFileSync(file, bytes);
  return file;
};
const data = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31) % 256));

describe('code cache seal', () => {
  it('gives back the sealed bytes as they were', () => {
    expect(readCodeCache(write(sealCodeCache(data)))?.equals(data)).toBe(true);
  });

  it('refuses a cache with a byte changed inside, cut short, unsealed or missing', () => {
    const sealed = sealCodeCache(data);
    const damaged = Buffer.from(sealed);
    damaged[2000] = damaged[2000]! ^ 0x5a;
    expect(readCodeCache(write(damaged))).toBeUndefined();
    expect(readCodeCache(write(sealed.subarray(0, 1000)))).toBeUndefined();
    expect(readCodeCache(write(data))).toBeUndefined();
    expect(readCodeCache(write(Buffer.alloc(2)))).toBeUndefined();
    expect(readCodeCache(path.join(os.tmpdir(), 'plan-no-such-folder', 'plan.js.cache'))).toBeUndefined();
  });
});
