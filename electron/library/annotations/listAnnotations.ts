import type { Annotation, AnnotationCounts, AnnotationFilter } from '@shared/contract/annotationSchemas';
import { tagKey } from '@shared/annotations/tagKey';
import { foldText } from '@shared/text/fold';
import type { ReadableDb } from '../db/connection';
import { type SqlFragment, sql, sqlFragment, sqlJoin, sqlRaw } from '../db/sql';
import { ANNOTATION_COLUMNS, ANNOTATION_FROM, type AnnotationRow, toAnnotation } from './rows';
import { tagIn, tagSpellings, type TagSpellings } from './tagSpellings';

/** How `annotations:list` orders: by article and place in it, or newest made / changed first. */
export type AnnotationSort = 'position' | 'created' | 'updated';

// NB: ORDER BY cannot be a bound parameter; this map is the allow-list.
const ORDER: Record<AnnotationSort, string> = {
  position: 'a.article_id IS NULL, a.article_id, a.current_start, a.id',
  created: 'a.created_at DESC, a.id DESC',
  updated: 'a.updated_at DESC, a.id DESC'
};

/** `%` and `_` are LIKE's wildcards; a note may well contain them. */
function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * One condition a word: each folded word of `text` somewhere in the quote, the note or the words a
 * highlight was made on. `orTrue` gives `1` for text with no word, so a group never comes out empty.
 */
function wordsIn(text: string, orTrue = false): SqlFragment[] {
  const words = foldText(text).split(/\s+/).filter(Boolean).slice(0, 20);
  if (words.length === 0) return orTrue ? [sqlRaw('1')] : [];
  return words.map(
    (word) =>
      sqlFragment`crosscheck_fold(coalesce(a.quote_exact, '') || ' ' || a.note || ' ' || coalesce(a.original_exact, '')) LIKE ${`%${likeEscape(word)}%`} ESCAPE '\\'`
  );
}

/**
 * The WHERE clause of a filter over {@link ANNOTATION_FROM} (`a` annotations, `ar` its article).
 * Each condition is written so SQLite can start from an index: article and story through
 * `annotations_article` / `annotations_story`, tags through `annotation_tags_tag` (each tag as the
 * library's spellings of it, `spellings`: any case in any script).
 */
export function filterWhere(filter: AnnotationFilter, spellings: TagSpellings): SqlFragment {
  const parts: SqlFragment[] = [];
  if (filter.articleId !== undefined) {
    parts.push(sqlFragment`a.id IN (
      SELECT id FROM annotations WHERE article_id = ${filter.articleId}
      UNION ALL
      SELECT id FROM annotations WHERE passage_key IS NOT NULL
        AND EXISTS (SELECT 1 FROM json_each(passage) WHERE json_extract(value, '$.articleId') = ${filter.articleId}))`);
  }
  if (filter.storyId !== undefined) {
    parts.push(sqlFragment`a.id IN (
      SELECT id FROM annotations WHERE story_id = ${filter.storyId}
      UNION ALL
      SELECT n.id FROM story_articles s JOIN annotations n ON n.article_id = s.article_id WHERE s.story_id = ${filter.storyId}
      UNION ALL
      SELECT id FROM annotations WHERE passage_key IS NOT NULL
        AND EXISTS (SELECT 1 FROM json_each(passage) p JOIN story_articles s
          ON s.article_id = json_extract(p.value, '$.articleId') WHERE s.story_id = ${filter.storyId}))`);
  }
  if (filter.kinds) parts.push(sqlFragment`a.kind IN (SELECT value FROM json_each(${JSON.stringify(filter.kinds)}))`);
  if (filter.colours) parts.push(sqlFragment`a.colour IN (SELECT value FROM json_each(${JSON.stringify(filter.colours)}))`);
  if (filter.states) parts.push(sqlFragment`a.state IN (SELECT value FROM json_each(${JSON.stringify(filter.states)}))`);
  if (filter.passageKey !== undefined) parts.push(sqlFragment`a.passage_key = ${filter.passageKey}`);
  for (const tag of filter.tags ?? [])
    parts.push(sqlFragment`a.id IN (SELECT annotation_id FROM annotation_tags WHERE ${tagIn('tag', tag, spellings)})`);
  for (const tag of filter.withoutTags ?? [])
    parts.push(sqlFragment`a.id NOT IN (SELECT annotation_id FROM annotation_tags WHERE ${tagIn('tag', tag, spellings)})`);
  if (filter.langs) {
    // As the article search's lang: (search/filters.ts): the code, or a variant of it (`en` ≈ `en-GB`).
    const codes = filter.langs.map((code) => {
      const v = code.trim().toLowerCase();
      return sqlFragment`(lower(ar.language) = ${v} OR lower(ar.language) LIKE ${`${likeEscape(v)}-%`} ESCAPE '\\')`;
    });
    parts.push(sqlFragment`(${sqlJoin(codes, ' OR ')})`);
  }
  if (filter.outlet !== undefined) parts.push(sqlFragment`crosscheck_fold(ar.outlet) = ${foldText(filter.outlet.trim())}`);
  if (filter.publishedFrom) parts.push(sqlFragment`ar.published_at >= ${filter.publishedFrom}`);
  // A prefix is inclusive: `2018-07` keeps every day of July.
  if (filter.publishedTo)
    parts.push(sqlFragment`substr(ar.published_at, 1, ${filter.publishedTo.length}) <= ${filter.publishedTo}`);
  if (filter.createdFrom) parts.push(sqlFragment`a.created_at >= ${filter.createdFrom}`);
  if (filter.createdTo) parts.push(sqlFragment`substr(a.created_at, 1, ${filter.createdTo.length}) <= ${filter.createdTo}`);
  // Every word of `text` somewhere in the quote or the note, case and accents ignored.
  parts.push(...wordsIn(filter.text ?? ''));
  for (const group of filter.anyText ?? [])
    parts.push(sqlFragment`(${sqlJoin(group.map((words) => sqlFragment`(${sqlJoin(wordsIn(words, true), ' AND ')})`), ' OR ')})`);
  for (const words of filter.withoutText ?? []) {
    const excluded = wordsIn(words);
    if (excluded.length) parts.push(sqlFragment`NOT (${sqlJoin(excluded, ' AND ')})`);
  }
  return parts.length ? sqlFragment`WHERE ${sqlJoin(parts, ' AND ')}` : sqlRaw('');
}

/** One page of the annotations matching `filter`, and how many match in all. */
export function listAnnotations(
  db: ReadableDb,
  options: { filter: AnnotationFilter; sort: AnnotationSort; offset: number; limit: number }
): { total: number; items: Annotation[] } {
  const where = filterWhere(options.filter, tagSpellings(db));
  const [countQuery, countParams] = sql`SELECT count(*) FROM ${sqlRaw(ANNOTATION_FROM)} ${where}`;
  const total = db
    .prepare(countQuery)
    .pluck()
    .get(...countParams) as number;
  const [query, params] = sql`SELECT ${sqlRaw(ANNOTATION_COLUMNS)} FROM ${sqlRaw(ANNOTATION_FROM)} ${where}
    ORDER BY ${sqlRaw(ORDER[options.sort])} LIMIT ${options.limit} OFFSET ${options.offset}`;
  const rows = db.prepare(query).all(...params) as AnnotationRow[];
  return { total, items: rows.map(toAnnotation) };
}

/**
 * Every annotation matching `filter`, in `sort`'s order, read a row at a time and with no count:
 * for a caller that checks each one and stops once it has enough (`in:notes`, whose whole-word
 * check SQL cannot make). Breaking out of the loop ends the statement.
 */
export function* eachAnnotation(db: ReadableDb, filter: AnnotationFilter, sort: AnnotationSort): Generator<Annotation> {
  const where = filterWhere(filter, tagSpellings(db));
  const [query, params] = sql`SELECT ${sqlRaw(ANNOTATION_COLUMNS)} FROM ${sqlRaw(ANNOTATION_FROM)} ${where}
    ORDER BY ${sqlRaw(ORDER[sort])}`;
  for (const row of db.prepare(query).iterate(...params) as Iterable<AnnotationRow>) yield toAnnotation(row);
}

/** Counts by colour, state and tag over the annotations matching `filter` (the panel's badges). */
export function countAnnotations(db: ReadableDb, filter: AnnotationFilter): AnnotationCounts {
  const where = filterWhere(filter, tagSpellings(db));
  const matching = sqlFragment`SELECT a.id, a.colour, a.state FROM ${sqlRaw(ANNOTATION_FROM)} ${where}`;
  const [colourQuery, colourParams] =
    sql`SELECT colour, count(*) AS n FROM (${matching}) WHERE colour IS NOT NULL GROUP BY colour`;
  const [stateQuery, stateParams] = sql`SELECT state, count(*) AS n FROM (${matching}) GROUP BY state`;
  const [tagQuery, tagParams] = sql`SELECT min(tag) AS tag, count(*) AS n FROM annotation_tags
    WHERE annotation_id IN (SELECT id FROM (${matching})) GROUP BY tag ORDER BY n DESC, tag`;
  const byColour: Record<string, number> = {};
  for (const r of db.prepare(colourQuery).all(...colourParams) as Array<{ colour: number; n: number }>)
    byColour[String(r.colour)] = r.n;
  const byState: Record<string, number> = {};
  let total = 0;
  for (const r of db.prepare(stateQuery).all(...stateParams) as Array<{ state: string; n: number }>) {
    byState[r.state] = r.n;
    total += r.n;
  }
  const byTag = sameTags(db.prepare(tagQuery).all(...tagParams) as Array<{ tag: string; n: number }>);
  return { total, byColour, byState, byTag };
}

/**
 * Tags in use, most used first, those starting with `prefix` (any case in any script, as
 * {@link tagKey} compares tags) when given: for autocomplete. NB: LIKE folds ASCII letters only,
 * so the prefix is compared here, over the tags grouped once (tags are few: typed by hand).
 */
export function listTags(db: ReadableDb, prefix: string, limit: number): Array<{ tag: string; count: number }> {
  const start = tagKey(prefix);
  const rows = db.prepare('SELECT min(tag) AS tag, count(*) AS n FROM annotation_tags GROUP BY tag').all() as Array<{
    tag: string;
    n: number;
  }>;
  return sameTags(rows.filter((r) => tagKey(r.tag).startsWith(start))).slice(0, limit);
}

/**
 * Counted tags with the spellings of one tag (`été`, `ÉTÉ`: NOCASE groups apart) counted as one,
 * under its most used spelling; most used first, then by name.
 */
function sameTags(rows: ReadonlyArray<{ tag: string; n: number }>): Array<{ tag: string; count: number }> {
  const byKey = new Map<string, { tag: string; count: number; top: number }>();
  for (const r of rows) {
    const key = tagKey(r.tag);
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { tag: r.tag, count: r.n, top: r.n });
    else {
      seen.count += r.n;
      if (r.n > seen.top) Object.assign(seen, { tag: r.tag, top: r.n });
    }
  }
  return [...byKey.values()]
    .sort((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0))
    .map(({ tag, count }) => ({ tag, count }));
}
