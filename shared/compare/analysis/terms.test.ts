import { describe, expect, it } from 'vitest';
import { setOverlap, termKey } from './terms';

describe('terms', () => {
  it('gives spelling variants of names one key', () => {
    expect(termKey('deraa')).toBe(termKey('daraa'));
    expect(termKey('jabawi')).toBe(termKey('jabbawi'));
    expect(termKey('weapons')).toBe(termKey('weapon'));
  });

  it('measures overlap both ways', () => {
    expect(setOverlap(new Set(['a', 'b']), new Set(['b', 'c', 'd', 'e']))).toEqual({
      shared: 1,
      dice: 1 / 3,
      inA: 0.5,
      inB: 0.25
    });
    expect(setOverlap(new Set(), new Set(['a'])).dice).toBe(0);
  });
});
