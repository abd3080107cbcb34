import type { FacetValue, SearchFacets } from '@shared/contract/schemas';
import type { ReadableDb } from '../db/connection';
import type { MatchRow } from './scan';

/** Most values listed per facet (months: all of them, oldest first). */
const TOP = 20;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Facet counts over every matching article: outlet, month of publication, language and story.
 * Each value carries the query filter that keeps only its articles, which the UI appends to the
 * query when the value is clicked (`outlet:"Reuters"`, `date:2018-07`, `lang:"en"`, `story:12`).
 */
export function facetsOf(db: ReadableDb, rows: readonly MatchRow[]): SearchFacets {
  const outlets = new Map<string, number>();
  const months = new Map<string, number>();
  const languages = new Map<string, number>();
  const stories = new Map<number, number>();
  for (const [, , published, outlet, language, story] of rows) {
    const month = published?.slice(0, 7);
    if (outlet) bump(outlets, outlet);
    if (month && MONTH.test(month)) bump(months, month);
    if (language) bump(languages, language);
    if (story !== null) bump(stories, story);
  }
  const topStories = top(stories);
  const labels = storyLabels(
    db,
    topStories.map(([id]) => id)
  );
  return {
    outlet: top(outlets).map(([value, count]) => ({ value, label: value, count, filter: filterClause('outlet', value) })),
    month: [...months]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([value, count]) => ({ value, label: value, count, filter: `date:${value}` })),
    language: top(languages).map(([value, count]) => ({ value, label: value, count, filter: filterClause('lang', value) })),
    story: topStories.map(([id, count]): FacetValue => ({
      value: String(id),
      label: labels.get(id) ?? `Story ${id}`,
      count,
      filter: `story:${id}`
    }))
  };
}

/**
 * A filter clause that reads back as `value`: quoted, since outlets have spaces. NB: the query
 * language has no escape for `"` inside quotes, so quotes in a value become spaces; the filter
 * matches outlets containing the rest (`outlet:` matches by containment), which still finds it.
 */
export function filterClause(field: 'outlet' | 'lang', value: string): string {
  const clean = value.replace(/"/g, ' ').replace(/\s+/g, ' ').trim();
  return `${field}:"${clean}"`;
}

function bump<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** The most frequent values, ties by value so the order is stable. */
function top<K extends string | number>(map: ReadonlyMap<K, number>): Array<[K, number]> {
  return [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, TOP);
}

function storyLabels(db: ReadableDb, ids: readonly number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const rows = db
    .prepare('SELECT id, label FROM stories WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(ids)) as Array<{
    id: number;
    label: string;
  }>;
  return new Map(rows.map((r) => [r.id, r.label]));
}
