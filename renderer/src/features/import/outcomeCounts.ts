import type { ImportCounts } from '@shared/import/counts';
import { plural } from '../../lib/format';

/** How a count is coloured: good news, neutral, or a problem. */
export type CountTone = 'good' | 'neutral' | 'bad';

/** One count as the progress dialog, the status strip and the report show it. */
export interface CountItem {
  readonly key: keyof ImportCounts;
  /** `New`, `Near-duplicates`… (the strip writes it in lower case). */
  readonly label: string;
  /** The label for one (`Near-duplicate`), where it differs from the plural. */
  readonly one: string;
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
 * @example countItems({ ...NO_IMPORT_COUNTS, new: 3 })[0] // { key: 'new', label: 'New', one: 'New', value: 3, tone: 'good' }
 */
export function countItems(counts: ImportCounts): CountItem[] {
  const items: CountItem[] = [
    { key: 'new', label: 'New', one: 'New', value: counts.new, tone: 'good' },
    { key: 'nearDuplicates', label: 'Near-duplicates', one: 'Near-duplicate', value: counts.nearDuplicates, tone: 'neutral' },
    { key: 'updated', label: 'Updated', one: 'Updated', value: counts.updated, tone: 'neutral' },
    { key: 'unchanged', label: 'Unchanged', one: 'Unchanged', value: counts.unchanged, tone: 'neutral' },
    { key: 'duplicates', label: 'Duplicates', one: 'Duplicate', value: counts.duplicates, tone: 'neutral' },
    { key: 'skipped', label: 'Skipped', one: 'Skipped', value: counts.skipped, tone: 'neutral' },
    { key: 'failed', label: 'Failed', one: 'Failed', value: counts.failed, tone: 'bad' }
  ];
  return items.filter((item) => !ONLY_WHEN_ANY.has(item.key) || item.value > 0);
}

/**
 * A count as the status strip writes it in a line: the number and its label in lower case, in the
 * singular for one (review 14: the strip said *1 duplicates*).
 *
 * @example countPhrase({ key: 'duplicates', label: 'Duplicates', one: 'Duplicate', value: 1, tone: 'neutral' }) // '1 duplicate'
 */
export function countPhrase(item: CountItem): string {
  return plural(item.value, item.one.toLowerCase(), item.label.toLowerCase());
}
