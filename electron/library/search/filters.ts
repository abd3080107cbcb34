import type { QueryFilters, ValueFilter } from '@shared/search/types';
import { foldText } from '@shared/text/fold';
import { type SqlFragment, sqlFragment, sqlJoin, sqlRaw } from '../db/sql';
import { tagIn, type TagSpellings } from '../annotations/tagSpellings';

/**
 * What a count of the articles a `date:` filter cannot match puts in the filter's place: articles
 * with no date (`undated`), or those whose only date, the day their file was saved, is inside its
 * range (`fileSaved`: a publication date there would match).
 */
export type DatelessCount = 'undated' | 'fileSaved';

/** Options of {@link filterCondition}. */
export interface FilterOptions {
  /** The library's spellings of a `tag:` value (tagSpellings.ts). */
  readonly spellings: TagSpellings;
  /** The articles whose only date is a file-saved one (fileDatedArticles.ts): no `date:` filter matches them. */
  readonly fileDated: ReadonlySet<number>;
  /** Count what the `date:` filter cannot match, in its place ({@link DatelessCount}). */
  readonly dateless?: DatelessCount;
}

/**
 * The SQL condition for a query's metadata filters (on `a`, the articles table), and notes.
 * A date read from the file's properties is the day the file was saved, not a publication date:
 * `date:` never matches it (review 14, #14), as the library list's date sort puts it with the
 * undated articles.
 */
export function filterCondition(filters: QueryFilters, options: FilterOptions): { where: SqlFragment; notes: string[] } {
  const parts: SqlFragment[] = [];
  const notes: string[] = [];
  addValueFilter(parts, 'a.outlet', filters.outlet);
  addValueFilter(parts, 'a.byline', filters.author);
  addValueFilter(parts, 'a.language', filters.lang, true);
  if (filters.date) addDateFilter(parts, filters.date, options);
  addStoryFilter(parts, filters.story);
  addTagFilter(parts, filters.tag, options.spellings);
  return { where: parts.length ? sqlJoin(parts, ' AND ') : sqlRaw('1'), notes };
}

/** `date:2018-07` keeps articles published in July 2018; a file-saved date is no publication date. */
function addDateFilter(parts: SqlFragment[], date: NonNullable<QueryFilters['date']>, options: FilterOptions): void {
  const range: SqlFragment[] = [];
  if (date.from) range.push(sqlFragment`a.published_at >= ${date.from}`);
  if (date.before) range.push(sqlFragment`a.published_at < ${date.before}`);
  const inRange = range.length ? sqlJoin(range, ' AND ') : sqlRaw('a.published_at IS NOT NULL');
  // NB: a bound JSON list, read once per query into an ephemeral index by SQLite (not per article).
  const fileDated = sqlFragment`a.id IN (SELECT value FROM json_each(${JSON.stringify([...options.fileDated])}))`;
  if (options.dateless === 'undated') parts.push(sqlRaw('a.published_at IS NULL'));
  else if (options.dateless === 'fileSaved') parts.push(sqlFragment`${inRange} AND ${fileDated}`);
  else parts.push(options.fileDated.size ? sqlFragment`${inRange} AND NOT ${fileDated}` : inRange);
}

/**
 * The value that stands for "none given" in `outlet:`, `author:` and `lang:`: `outlet:none` keeps
 * the articles with no outlet, `-outlet:none` those with one (review 14, #15: the facet's *No
 * outlet* value). NB: so an outlet named just "none" cannot be asked for by name.
 */
export const NO_VALUE = 'none';

/**
 * `outlet:Reuters` keeps articles whose outlet contains the folded value; repeating a filter
 * widens it; `-outlet:` excludes; `outlet:none` keeps articles with no outlet ({@link NO_VALUE}).
 * Language codes match exactly or by prefix (`en` ≈ `en-GB`).
 */
function addValueFilter(parts: SqlFragment[], column: string, filter: ValueFilter, prefixCode = false): void {
  // NB: `column` is one of our own identifiers, never user input; values are bound parameters.
  // Language codes are ASCII: SQLite's lower() folds them without a call into JS per row.
  const col = sqlRaw(prefixCode ? `lower(${column})` : `crosscheck_fold(${column})`);
  const raw = sqlRaw(column);
  const test = (value: string): SqlFragment => {
    const v = foldText(value);
    if (v === NO_VALUE) return sqlFragment`(${raw} IS NULL OR trim(${raw}) = '')`;
    return prefixCode
      ? sqlFragment`(${col} = ${v} OR ${col} LIKE ${v.replace(/[%_\\]/g, '\\$&') + '-%'} ESCAPE '\\')`
      : sqlFragment`instr(${col}, ${v}) > 0`;
  };
  if (filter.include.length) parts.push(sqlFragment`(${sqlJoin(filter.include.map(test), ' OR ')})`);
  for (const value of filter.exclude)
    parts.push(foldText(value) === NO_VALUE ? sqlFragment`NOT ${test(value)}` : sqlFragment`(${raw} IS NULL OR NOT ${test(value)})`);
}

/**
 * `story:12` keeps the articles of story 12; `story:daraa` those of stories whose name contains
 * the folded words. `-story:` excludes.
 */
function addStoryFilter(parts: SqlFragment[], filter: ValueFilter): void {
  const inStory = (value: string): SqlFragment => {
    const v = foldText(value);
    return /^\d+$/.test(v)
      ? sqlFragment`a.id IN (SELECT article_id FROM story_articles WHERE story_id = ${Number(v)})`
      : sqlFragment`a.id IN (SELECT sa.article_id FROM story_articles sa JOIN stories s ON s.id = sa.story_id
          WHERE instr(crosscheck_fold(s.label), ${v}) > 0)`;
  };
  if (filter.include.length) parts.push(sqlFragment`(${sqlJoin(filter.include.map(inStory), ' OR ')})`);
  for (const value of filter.exclude) parts.push(sqlFragment`NOT ${inStory(value)}`);
}

/**
 * `tag:south` keeps the articles carrying a highlight or note tagged `south` (any case): those on
 * the article and passage notes with a span in it. Unlike the other filters, repeating it narrows:
 * `tag:south tag:"needs check"` wants both tags on the article (one annotation or two), as the
 * notes panel's tag filter does. `-tag:` excludes. A story note is on no article, so it tags none.
 *
 * NB: each look-up starts from `annotation_tags_tag` (tag, annotation_id), then the annotation by
 * its key; not correlated with `a`, so SQLite reads it once per query, not once per article.
 * `tag` is `COLLATE NOCASE`, whose `=` folds ASCII letters only: the tag is looked for as each
 * spelling the library has of it (`tag:Été` finds `été` and `ÉTÉ`; shared/annotations/tagKey.ts).
 */
function addTagFilter(parts: SqlFragment[], filter: ValueFilter, spellings: TagSpellings): void {
  const tagged = (tag: string): SqlFragment => sqlFragment`a.id IN (
    SELECT n.article_id FROM annotation_tags t JOIN annotations n ON n.id = t.annotation_id
      WHERE ${tagIn('t.tag', tag, spellings)} AND n.article_id IS NOT NULL
    UNION ALL
    SELECT json_extract(p.value, '$.articleId') FROM annotation_tags t JOIN annotations n ON n.id = t.annotation_id,
      json_each(n.passage) p WHERE ${tagIn('t.tag', tag, spellings)} AND n.passage_key IS NOT NULL)`;
  for (const value of filter.include) parts.push(tagged(value));
  for (const value of filter.exclude) parts.push(sqlFragment`NOT ${tagged(value)}`);
}
