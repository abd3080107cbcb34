import type { ImportCounts } from '@shared/import/counts';

/** How a count is coloured: good news, neutral, or a problem. */
export type CountTone = 'good' | 'neutral' | 'bad';

/** One count as the progress dialog, the status strip and the report show it. */
export interface CountItem {
  readonly key: keyof ImportCounts;
  /** `New`, `Near-duplicates`… (the strip writes it in lower case). */
  readonly label: string;
  readonly value: number;
  readonly tone: CountTone;
}

/** Counts shown only when not zero: they concern files imported before, which most imports have none of. */
const ONLY_WHEN_ANY: ReadonlySet<keyof ImportCounts> = new Set(['updated', 'unchanged']);

/**
 * The counts in the one order and wording every import view uses, so the dialog, the strip and the
 * report cannot disagree on what a number means. `Updated` and `Unchanged` appear only when a file
 * imported before was met again (changed or not).
 *
 * @example countItems({ ...NO_IMPORT_COUNTS, new: 3 })[0] // { key: 'new', label: 'New', value: 3, tone: 'good' }
 */
export function countItems(counts: ImportCounts): CountItem[] {
  const items: CountItem[] = [
    { key: 'new', label: 'New', value: counts.new, tone: 'good' },
    { key: 'nearDuplicates', label: 'Near-duplicates', value: counts.nearDuplicates, tone: 'neutral' },
    { key: 'updated', label: 'Updated', value: counts.updated, tone: 'neutral' },
    { key: 'unchanged', label: 'Unchanged', value: counts.unchanged, tone: 'neutral' },
    { key: 'duplicates', label: 'Duplicates', value: counts.duplicates, tone: 'neutral' },
    { key: 'skipped', label: 'Skipped', value: counts.skipped, tone: 'neutral' },
    { key: 'failed', label: 'Failed', value: counts.failed, tone: 'bad' }
  ];
  return items.filter((item) => !ONLY_WHEN_ANY.has(item.key) || item.value > 0);
}
