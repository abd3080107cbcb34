import { describe, expect, it } from 'vitest';
import { NO_IMPORT_COUNTS } from '@shared/import/counts';
import { countItems, countPhrase } from './outcomeCounts';

describe('countItems', () => {
  it('lists new, near-duplicates, duplicates, skipped and failed, in that order', () => {
    const items = countItems({ new: 4, nearDuplicates: 2, updated: 0, unchanged: 0, duplicates: 3, skipped: 1, failed: 5 });
    expect(items.map((i) => [i.label, i.value])).toEqual([
      ['New', 4],
      ['Near-duplicates', 2],
      ['Duplicates', 3],
      ['Skipped', 1],
      ['Failed', 5]
    ]);
  });

  it('shows Updated only when a changed file was imported again', () => {
    expect(countItems(NO_IMPORT_COUNTS).map((i) => i.label)).not.toContain('Updated');
    expect(countItems({ ...NO_IMPORT_COUNTS, updated: 2 }).find((i) => i.label === 'Updated')?.value).toBe(2);
  });

  it('shows Unchanged only when a file imported before was met again as it was, before Duplicates', () => {
    expect(countItems(NO_IMPORT_COUNTS).map((i) => i.label)).not.toContain('Unchanged');
    const labels = countItems({ ...NO_IMPORT_COUNTS, unchanged: 5 }).map((i) => [i.label, i.value]);
    expect(labels).toEqual([
      ['New', 0],
      ['Near-duplicates', 0],
      ['Unchanged', 5],
      ['Duplicates', 0],
      ['Skipped', 0],
      ['Failed', 0]
    ]);
  });

  // Review 14: the background strip said "1 duplicates" and "1 near-duplicates".
  it('writes each count for the strip in the singular for one and the plural otherwise', () => {
    const phrases = (counts: Parameters<typeof countItems>[0]) => countItems(counts).map(countPhrase);
    expect(phrases({ new: 1, nearDuplicates: 1, updated: 1, unchanged: 1, duplicates: 1, skipped: 1, failed: 1 })).toEqual([
      '1 new',
      '1 near-duplicate',
      '1 updated',
      '1 unchanged',
      '1 duplicate',
      '1 skipped',
      '1 failed'
    ]);
    expect(phrases({ ...NO_IMPORT_COUNTS, nearDuplicates: 2, duplicates: 3 })).toEqual([
      '0 new',
      '2 near-duplicates',
      '3 duplicates',
      '0 skipped',
      '0 failed'
    ]);
  });
});
