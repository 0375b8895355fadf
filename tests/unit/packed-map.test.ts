import { describe, expect, it } from '@jest/globals';
import { packedMap } from '../../src/packed-map';

describe('packedMap', () => {
  it('maps like Array.prototype.map, with each item and its index, in order', () => {
    const seen: Array<[string, number]> = [];
    expect(packedMap(['a', 'b', 'c'], (item, index) => (seen.push([item, index]), `${item}${index}`))).toEqual(['a0', 'b1', 'c2']);
    expect(seen).toEqual([['a', 0], ['b', 1], ['c', 2]]);
    expect(packedMap([], () => 1)).toEqual([]);
  });

  it('gives a new array and leaves the given one as it was', () => {
    const items = [1, 2];
    const mapped = packedMap(items, (n) => n * 2);
    expect(mapped).not.toBe(items);
    expect(items).toEqual([1, 2]);
  });
});
