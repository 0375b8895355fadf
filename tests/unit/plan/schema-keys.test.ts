import { describe, expect, it } from '@jest/globals';
import { planSchema } from '../../../src/plan/plan-schema';
import { allowedKeysAt } from '../../../src/plan/schema-keys';

describe('allowedKeysAt', () => {
  it('lists the top-level keys', () => {
    const keys = allowedKeysAt(planSchema(), []);
    expect(keys).toEqual(expect.arrayContaining(['type', 'agency', 'number', 'place', 'date', 'summary', 'body', 'signer', 'layout']));
  });

  it('lists the signer keys', () => {
    expect(allowedKeysAt(planSchema(), ['signer']).sort()).toEqual(['authority', 'head', 'lines', 'name', 'note', 'otherPost', 'title']);
  });

  it('looks through optional and default wrappers', () => {
    expect(allowedKeysAt(planSchema(), ['layout']).sort()).toEqual(['firstLineIndent', 'margins', 'sizes']);
    expect(allowedKeysAt(planSchema(), ['layout', 'margins']).sort()).toEqual(['bottom', 'left', 'right', 'top']);
  });

  it('looks into arrays, unions and lazy sections', () => {
    expect(allowedKeysAt(planSchema(), ['recipients', 0]).sort()).toEqual(['name', 'purpose']);
    expect(allowedKeysAt(planSchema(), ['body', 0]).sort()).toEqual(['content', 'heading', 'list', 'table']);
    expect(allowedKeysAt(planSchema(), ['body', 0, 'content', 1]).sort()).toEqual(['content', 'heading', 'list', 'table']);
  });

  it('returns nothing for an unknown path or a scalar', () => {
    expect(allowedKeysAt(planSchema(), ['nope'])).toEqual([]);
    expect(allowedKeysAt(planSchema(), ['place'])).toEqual([]);
  });
});
