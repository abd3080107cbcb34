import { describe, expect, it } from 'vitest';
import { bcubed } from './bcubed';

/** Gold: {a, b, c} and {d, e}. Expected values worked out by hand, item by item. */
const gold = new Map([
  ['a', 'x'],
  ['b', 'x'],
  ['c', 'x'],
  ['d', 'y'],
  ['e', 'y']
]);

describe('bcubed', () => {
  it('scores a perfect clustering 1, whatever the labels are called', () => {
    const predicted = new Map([
      ['a', '7'],
      ['b', '7'],
      ['c', '7'],
      ['d', '9'],
      ['e', '9']
    ]);
    expect(bcubed(predicted, gold)).toEqual({ precision: 1, recall: 1, f1: 1, items: 5 });
  });

  it('scores {a, b} {c, d, e}: every item by hand', () => {
    // a, b: precision 2/2, recall 2/3. c: 1/3, 1/3. d, e: 2/3, 2/2.
    // precision = (1 + 1 + 1/3 + 2/3 + 2/3) / 5 = 11/15; recall = (2/3 + 2/3 + 1/3 + 1 + 1) / 5 = 11/15.
    const s = bcubed(
      new Map([
        ['a', '1'],
        ['b', '1'],
        ['c', '2'],
        ['d', '2'],
        ['e', '2']
      ]),
      gold
    );
    expect(s.precision).toBeCloseTo(11 / 15, 10);
    expect(s.recall).toBeCloseTo(11 / 15, 10);
    expect(s.f1).toBeCloseTo(11 / 15, 10);
  });

  it('scores all singletons: precision 1, recall (3 × 1/3 + 2 × 1/2) / 5 = 0.4', () => {
    const s = bcubed(
      new Map([
        ['a', '1'],
        ['b', '2'],
        ['c', '3'],
        ['d', '4'],
        ['e', '5']
      ]),
      gold
    );
    expect(s.precision).toBe(1);
    expect(s.recall).toBeCloseTo(0.4, 10);
    expect(s.f1).toBeCloseTo(4 / 7, 10);
  });

  it('scores one big cluster: recall 1, precision (3 × 3/5 + 2 × 2/5) / 5 = 13/25', () => {
    const s = bcubed(new Map([...gold.keys()].map((k) => [k, 'all'])), gold);
    expect(s.recall).toBe(1);
    expect(s.precision).toBeCloseTo(13 / 25, 10);
    expect(s.f1).toBeCloseTo(13 / 19, 10);
  });

  it('counts gold items missing from the prediction as singletons, and ignores items without gold', () => {
    // Only a and b predicted, together; c, d, e alone. 'z' has no gold label.
    // a, b: 2/2, 2/3. c: 1/1, 1/3. d, e: 1/1, 1/2. recall = (2/3 + 2/3 + 1/3 + 1/2 + 1/2) / 5 = 8/15.
    const s = bcubed(
      new Map([
        ['a', '1'],
        ['b', '1'],
        ['z', '1']
      ]),
      gold
    );
    expect(s.items).toBe(5);
    expect(s.precision).toBe(1);
    expect(s.recall).toBeCloseTo(8 / 15, 10);
  });
});
