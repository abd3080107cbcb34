import type { SearchHit, SearchMatch } from '@shared/contract/schemas';
import { findHighlights, makeSnippet } from '@shared/search/highlight';
import type { QueryTerm } from '@shared/search/types';
import { titleEcho } from '@shared/text/titleEcho';
import { type ArticleSummaryRow, dateFromFileColumn, toSummary } from '../articles';
import type { ReadableDb } from '../db/connection';
import { type MatchLocator, matchLocator, snippetRegion } from '@shared/search/snippetRegion';

/**
 * What a hit is built from: the summary columns and the text, for the snippet. The text of a very
 * long article is its beginning, and `readBody` reads the whole of it.
 */
export type HitRow = ArticleSummaryRow & { body: string; readBody?: () => string };

/** Articles over this many words (some 300 pages) are read only from their start for a snippet… */
const LONG_WORDS = 40_000;
/** …this many characters of them, unless none of the query's words is there. */
const HEAD_CHARS = 262_144;

// date_from_file: a hit marks a date that is only the day its file was saved, as the library list does.
const HIT_COLUMNS = `id, title, outlet, published_at, word_count, collection, imported_at,
  ${dateFromFileColumn('articles')} AS date_from_file,
  CASE WHEN word_count > ${LONG_WORDS} THEN substr(body, 1, ${HEAD_CHARS}) ELSE body END AS body`;

/**
 * The rows of these articles, by id (deleted ones are missing). NB: a 20 MB text read whole for
 * its snippet cost 200–400 ms of every search that listed it; its first {@link HEAD_CHARS}
 * characters cost a fifth of that (SQLite still walks the row's pages).
 */
export function hitRows(db: ReadableDb, ids: readonly number[]): Map<number, HitRow> {
  if (ids.length === 0) return new Map();
  const rows = db
    .prepare(`SELECT ${HIT_COLUMNS} FROM articles WHERE id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as HitRow[];
  const whole = db.prepare('SELECT body FROM articles WHERE id = ?').pluck();
  for (const row of rows) if (row.word_count > LONG_WORDS) row.readBody = () => whole.get(row.id) as string;
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * A hit with its snippet, the query's words (and the other words they matched) marked. Long texts
 * are highlighted only around their best matches (`snippetRegion`): the snippet is cut from there.
 */
export function toHit(
  row: HitRow,
  terms: readonly QueryTerm[],
  marked: ReadonlyMap<string, readonly string[]>,
  score: number,
  match: SearchMatch,
  locator: MatchLocator = matchLocator(terms, marked)
): SearchHit {
  // A long article's words may all be past its beginning: then it is read whole.
  const body = row.readBody && locator && row.body.search(locator.pattern) < 0 ? row.readBody() : row.body;
  const [from, to] = snippetRegion(body, locator);
  const found = findHighlights(from === 0 && to === body.length ? body : body.slice(from, to), terms, marked);
  const highlights = from === 0 ? found : found.map((h) => ({ ...h, start: h.start + from, end: h.end + from }));
  // The snippet starts after a paragraph that only repeats the title, which the reader, the
  // comparison and exports hide too (titleEcho.ts): the list already shows the title above it.
  const skip = echoEnd(row.title, body);
  const snippet =
    skip === 0
      ? makeSnippet(body, highlights, 240)
      : makeSnippet(
          body.slice(skip),
          highlights.filter((h) => h.start >= skip).map((h) => ({ ...h, start: h.start - skip, end: h.end - skip })),
          240
        );
  const note = snippet.highlights.length === 0 ? unmarkedNote(row, terms, marked) : undefined;
  return {
    article: toSummary(row),
    score,
    snippet: {
      text: snippet.text,
      highlights: snippet.highlights.map(({ start, end }) => ({ start, end })),
      ...(note === undefined ? {} : { note })
    },
    match
  };
}

/** Where the text after a title-echo paragraph (and the blank line after it) begins; 0 with none. */
function echoEnd(title: string, body: string): number {
  const echo = titleEcho(title, body);
  return echo ? echo.end + /^\s*/.exec(body.slice(echo.end, echo.end + 1000))![0].length : 0;
}

/**
 * Why a snippet of a query with words marks none of them: the article matched on its title or
 * outlet (the index holds both), or the words are elsewhere than the excerpt shows.
 * `undefined` for a query without words (filters alone), whose snippet is the article's opening.
 */
function unmarkedNote(row: HitRow, terms: readonly QueryTerm[], marked: ReadonlyMap<string, readonly string[]>): string | undefined {
  if (!terms.some((t) => t.words.length > 0)) return undefined;
  if (findHighlights(row.title, terms, marked).length > 0) return 'The words are in the title, not the text.';
  if (row.outlet && findHighlights(row.outlet, terms, marked).length > 0) return "The words are in the outlet's name, not the text.";
  return 'The words are not in this excerpt of the text.';
}

/** Variants and stretched words together, per typed word: everything a snippet should mark. */
export function mergeWordMaps(...maps: ReadonlyArray<ReadonlyMap<string, readonly string[]>>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const map of maps) for (const [word, list] of map) out.set(word, [...new Set([...(out.get(word) ?? []), ...list])]);
  return out;
}

/** The folded words to mark: every positive word, the last word of a prefix with `*`, and the other words they matched. */
export function highlightTerms(terms: readonly QueryTerm[], marked: ReadonlyMap<string, readonly string[]>): string[] {
  const out = new Set<string>();
  for (const t of terms) {
    t.words.forEach((w, i) => out.add(t.kind === 'prefix' && i === t.words.length - 1 ? `${w}*` : w));
  }
  // Variants of excluded words (`-Deraa`) are left out: they are not what the user looks for.
  const positive = new Set(terms.flatMap((t) => t.words));
  for (const [word, list] of marked) if (positive.has(word)) for (const w of list) out.add(w);
  return [...out];
}
