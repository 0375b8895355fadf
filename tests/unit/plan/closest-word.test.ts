import { describe, expect, it } from '@jest/globals';
import { closestWord } from '../../../src/plan/closest-word';

describe('closestWord', () => {
  const keys = ['type', 'agency', 'place', 'date', 'summary', 'signer', 'recipients', 'archive'];

  it('finds a misspelt key', () => {
    expect(closestWord('signr', keys)).toBe('signer');
    expect(closestWord('recipents', keys)).toBe('recipients');
    expect(closestWord('agnecy', keys)).toBe('agency');
  });

  it('ignores case', () => {
    expect(closestWord('SIGNER', keys)).toBe('signer');
  });

  it('returns undefined when nothing is close', () => {
    expect(closestWord('xyzzy', keys)).toBeUndefined();
    expect(closestWord('foo', [])).toBeUndefined();
  });

  it('prefers the nearest candidate', () => {
    expect(closestWord('data', ['date', 'datum'])).toBe('date');
  });
});
