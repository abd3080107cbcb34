import type { FacetValue, SearchFacets } from '@shared/contract/schemas';
import type { ReadableDb } from '../db/connection';
import type { MatchRow } from './scan';
import { NO_VALUE } from './filters';
import { type ArticleTag, taggedArticles } from './taggedArticles';

/** Most values listed per facet (months: all of them, oldest first). */
const TOP = 20;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Facet counts over every matching article: outlet, month of publication, language, story and
 * tag; outlet and language end with the articles that have none (*No outlet*, `outlet:none`). Each value carries the query filter that keeps only its articles, which the UI appends to
 * the query when the value is clicked (`outlet:"Reuters"`, `date:2018-07`, `lang:"en"`, `story:12`,
 * `tag:"needs check"`). An article in `fileDated` has only the day its file was saved, which is no
 * month of publication: it counts in no month, as an undated one (`date:` does not match it).
 */
export function facetsOf(db: ReadableDb, rows: readonly MatchRow[], fileDated: ReadonlySet<number>): SearchFacets {
  const outlets = new Map<string, number>();
  const months = new Map<string, number>();
  const languages = new Map<string, number>();
  const stories = new Map<number, number>();
  let noOutlet = 0;
  let noLanguage = 0;
  for (const [id, , published, outlet, language, story] of rows) {
    const month = fileDated.has(id) ? undefined : published?.slice(0, 7);
    if (outlet?.trim()) bump(outlets, outlet);
    else noOutlet++;
    if (month && MONTH.test(month)) bump(months, month);
    if (language?.trim()) bump(languages, language);
    else noLanguage++;
    if (story !== null) bump(stories, story);
  }
  const topStories = top(stories);
  const labels = storyLabels(
    db,
    topStories.map(([id]) => id)
  );
  return {
    outlet: [
      ...top(outlets).map(([value, count]) => ({ value, label: value, count, filter: filterClause('outlet', value) })),
      ...noneValue('No outlet', noOutlet, 'outlet')
    ],
    month: [...months]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([value, count]) => ({ value, label: value, count, filter: `date:${value}` })),
    language: [
      ...top(languages).map(([value, count]) => ({ value, label: value, count, filter: filterClause('lang', value) })),
      ...noneValue('No language', noLanguage, 'lang')
    ],
    story: topStories.map(([id, count]): FacetValue => ({
      value: String(id),
      label: labels.get(id) ?? `Story ${id}`,
      count,
      filter: `story:${id}`
    })),
    tag: tagFacet(db, rows)
  };
}

/**
 * How many matching articles carry each tag, as `tag:` finds them: a highlight or note on the
 * article, or a passage note with a span in it (a story note tags no article). One tag in several
 * cases (`été`, `ÉTÉ`) or with a double space (`needs  check`) is one value, under its most used
 * spelling; an article counts once per tag.
 *
 * NB: goes through the tagged articles ({@link taggedArticles}, read once until the library
 * changes), or through the matches when they are fewer, looking the other side up.
 */
function tagFacet(db: ReadableDb, rows: readonly MatchRow[]): FacetValue[] {
  const tagged = taggedArticles(db);
  if (tagged.size === 0) return [];
  const articles = new Map<string, Set<number>>();
  const spellings = new Map<string, Map<string, number>>();
  const count = (article: number, tags: readonly ArticleTag[]) => {
    for (const { tag, key } of tags) {
      const ids = articles.get(key);
      if (ids) ids.add(article);
      else articles.set(key, new Set([article]));
      let seen = spellings.get(key);
      if (!seen) spellings.set(key, (seen = new Map()));
      bump(seen, tag);
    }
  };
  if (rows.length < tagged.size) {
    for (const row of rows) {
      const tags = tagged.get(row[0]);
      if (tags) count(row[0], tags);
    }
  } else {
    const matching = new Set(rows.map((row) => row[0]));
    for (const [article, tags] of tagged) if (matching.has(article)) count(article, tags);
  }
  const counts = new Map<string, number>();
  for (const [key, ids] of articles) counts.set(top(spellings.get(key) ?? new Map())[0]?.[0] ?? key, ids.size);
  // A run of whitespace in a spelling shows as one space, as tagKey compares it and the filter writes it.
  return top(counts).map(([spelling, count]) => {
    const value = spelling.replace(/\s+/g, ' ');
    return { value, label: value, count, filter: filterClause('tag', value) };
  });
}

/**
 * The value counting the matching articles with no outlet (or language), last in its group, whose
 * filter keeps only them (`outlet:none`, filters.ts `NO_VALUE`); none when every article has one.
 * Review 14, #15: with one outlet and some articles without, the group showed one value and was
 * hidden, and nothing could pick the articles still to be labelled.
 */
function noneValue(label: string, count: number, field: 'outlet' | 'lang'): FacetValue[] {
  return count > 0 ? [{ value: '', label, count, filter: `${field}:${NO_VALUE}` }] : [];
}

/**
 * A filter clause that reads back as `value`: quoted, since outlets have spaces. NB: the query
 * language has no escape for `"` inside quotes, so quotes in a value become spaces; the filter
 * matches outlets containing the rest (`outlet:` matches by containment), which still finds it
 * (a tag with a `"` in it is the one value whose chip then finds nothing: `tag:` takes whole tags).
 */
export function filterClause(field: 'outlet' | 'lang' | 'tag', value: string): string {
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
