import { wordFamilyStem } from '../../../shared/text/stem';
import { STOPWORDS } from '../../../shared/text/stopwords';
import { toFts } from '../../../shared/search/toFts';
import type { ParsedQuery, QueryNode } from '../../../shared/search/types';
import { foldedWords } from '../../../shared/text/tokens';
import type { ReadableDb } from '../db/connection';
import { type SqlFragment, sql, sqlRaw } from '../db/sql';
import { positiveParts } from '../../../shared/search/relax';
import { articlesAlias } from './searchSchema';

/**
 * How a question pasted into the box ("what similarity laws must be obeyed when constructing
 * aeroelastic models of heated high speed aircraft") is ranked besides the usual lists: one more
 * FTS5 BM25 list over its content words, read the way IR systems read long queries.
 *
 * - Function words are dropped (`what`, `must`, `when`): in a question they are grammar, and BM25
 *   gives a word that is rare in abstracts (`what`) a high weight it has not earned.
 * - Each word matches its other forms: the library's index does not stem, so the word's Porter
 *   stem is searched as a prefix (`constructing` → `construct*`: construction, constructed).
 * - Pseudo-relevance feedback (RM3, Lavrenko & Croft 2001; Abdul-Jaleel et al. 2004): the best
 *   `feedbackDocs` articles of a first pass lend their most telling words to a second pass, whose
 *   BM25 is added to the first's with weight `feedbackWeight`. On short documents (abstracts,
 *   wire stories) the words a question does not say but its answers share are most of the gain.
 *
 * Chosen by 5-fold cross-validation on Cranfield queries 1–100 (`npm run eval:search`, docs/search.md).
 */
export interface QuestionOptions {
  /** Content words (after dropping function words) a query needs to be read as a question. */
  readonly minWords: number;
  /** Weight of the question's list in the fusion. 0 turns it off. */
  readonly weight: number;
  /** BM25 weight of a title word against one in the text (the text counts 1). */
  readonly titleWeight: number;
  /** Articles of the first pass read for feedback; 0 skips the second pass. */
  readonly feedbackDocs: number;
  /** Words they lend to the second pass. */
  readonly feedbackTerms: number;
  /** Weight of the second pass's BM25 against the question's own. */
  readonly feedbackWeight: number;
}

export const DEFAULT_QUESTION: QuestionOptions = {
  minWords: 5,
  weight: 3,
  titleWeight: 4,
  feedbackDocs: 3,
  feedbackTerms: 5,
  feedbackWeight: 0.3
};

/** Where the question's list reads: the library, its filters and its size. */
export interface QuestionContext {
  readonly db: ReadableDb;
  readonly where: SqlFragment;
  readonly filtered: boolean;
  readonly articles: number;
  /** Articles holding a word (folded, as written), or undefined when the library has not got it. */
  readonly df: (word: string) => number | undefined;
  readonly depth: number;
}

/** The content words of a query's bare words, folded, each once; phrases and prefixes are left to the other lists. */
export function questionWords(text: QueryNode | null): string[] {
  const words = new Set<string>();
  for (const part of positiveParts(text))
    if (part.type === 'term' && part.term.kind === 'word' && part.term.words.length === 1) {
      const word = part.term.words[0]!;
      if (isContentWord(word)) words.add(word);
    }
  return [...words];
}

/**
 * The question's ranking, best first, or null when the query is not a question (fewer than
 * `minWords` content words) or the list is off.
 */
export function rankQuestion(ctx: QuestionContext, parsed: ParsedQuery, options: QuestionOptions): number[] | null {
  if (options.weight <= 0) return null;
  const words = questionWords(parsed.text).filter((w) => (ctx.df(w) ?? 0) <= ctx.articles / 2);
  if (words.length < options.minWords) return null;
  const except = exclusions(parsed);
  const first = bm25Scores(ctx, orOf(words.map(formsOf)), except, options.titleWeight);
  if (options.feedbackDocs <= 0 || options.feedbackTerms <= 0 || options.feedbackWeight <= 0)
    return first.slice(0, ctx.depth).map(([id]) => id);
  const lent = feedbackWords(
    ctx,
    first.slice(0, options.feedbackDocs).map(([id]) => id),
    words,
    options.feedbackTerms
  );
  if (lent.length === 0) return first.slice(0, ctx.depth).map(([id]) => id);
  const second = bm25Scores(ctx, orOf(lent.map(quoted)), except, options.titleWeight);
  // NB: FTS5's bm25() is negative, lower is better, and 0 for an article without any of the
  // words: so the sum below is BM25 over both sets of words, the lent ones weighed less. Only
  // articles with a form of the question's own words are ranked: the lent words reorder, they
  // do not find articles the user did not ask for.
  const total = new Map<number, number>(first);
  for (const [id, s] of second) {
    const own = total.get(id);
    if (own !== undefined) total.set(id, own + options.feedbackWeight * s);
  }
  return [...total]
    .sort((a, b) => a[1] - b[1] || a[0] - b[0])
    .slice(0, ctx.depth)
    .map(([id]) => id);
}

/**
 * False for the words a question is made of besides its topic: function words (`what`, `must`)
 * and asking words (`anyone`, `available`). Folded words.
 */
export function isContentWord(word: string): boolean {
  return word.length >= 2 && !STOPWORDS.has(word) && !QUESTION_WORDS.has(word);
}

/**
 * What a question says besides its topic: asking, hedging and quantity words that the general
 * list of function words keeps (it was made for comparing texts, not reading questions).
 */
const QUESTION_WORDS: ReadonlySet<string> = new Set(
  (
    'anyone anything available been can give given known know find found information make made ' +
    'many much need needed one ones possible problem problems way ways whether use used using ' +
    'work works done exist exists existing there obtained different various kind kinds type types'
  ).split(' ')
);

/**
 * The word and its other forms: its Porter stem as a prefix when the word starts with it (so the
 * prefix finds the word itself), else the word or its stem.
 */
function formsOf(word: string): string {
  if (!/^[a-z]+$/.test(word)) return quoted(word);
  const stem = wordFamilyStem(word);
  let common = 0;
  while (common < stem.length && common < word.length && stem[common] === word[common]) common++;
  if (common >= 4) return `"${word.slice(0, common)}"*`;
  return stem === word ? quoted(word) : `(${quoted(word)} OR ${quoted(stem)})`;
}

function quoted(word: string): string {
  return `"${word.replace(/"/g, '""')}"`;
}

function orOf(parts: readonly string[]): string {
  return parts.join(' OR ');
}

/** The query's exclusions as one FTS5 expression, or null. */
function exclusions(parsed: ParsedQuery): string | null {
  const text = parsed.text;
  if (!text) return null;
  const excluded = (text.type === 'and' ? text.children : [text]).flatMap((c) => (c.type === 'not' ? [c.child] : []));
  if (excluded.length === 0) return null;
  return toFts({ ...parsed, text: { type: 'or', children: excluded } }).match;
}

/** Every article matching `expr` (minus `except`) passing the filters, with its BM25, best first. */
function bm25Scores(ctx: QuestionContext, expr: string, except: string | null, titleWeight: number): Array<[number, number]> {
  const match = except === null ? expr : `(${expr}) NOT (${except})`;
  const weights = sqlRaw(`bm25(articles_fts, ${Number(titleWeight)}, 1.0, 0.0)`);
  const [q, params] = ctx.filtered
    ? sql`SELECT a.id, ${weights} FROM articles_fts JOIN ${articlesAlias(ctx.db)} ON a.id = articles_fts.rowid
        WHERE articles_fts MATCH ${match} AND ${ctx.where} ORDER BY 2 LIMIT ${ctx.depth * 2}`
    : sql`SELECT rowid, ${weights} FROM articles_fts WHERE articles_fts MATCH ${match} ORDER BY 2 LIMIT ${ctx.depth * 2}`;
  return ctx.db
    .prepare(q)
    .raw()
    .all(...params) as Array<[number, number]>;
}

/**
 * RM3's expansion: the words most typical of the feedback articles — each word's share of an
 * article's words, summed over the articles, times its rarity in the library — leaving out
 * function words, numbers and forms of the question's own words.
 */
const byScore = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1);

function feedbackWords(ctx: QuestionContext, ids: readonly number[], words: readonly string[], count: number): string[] {
  if (ids.length === 0) return [];
  const rows = ctx.db
    .prepare('SELECT a.title, a.body FROM json_each(?) j JOIN articles a ON a.id = j.value')
    .raw()
    .all(JSON.stringify(ids)) as Array<[string, string]>;
  const asked = new Set(words.map(wordFamilyStem));
  const weight = new Map<string, number>();
  for (const [title, body] of rows) {
    const all = foldedWords(`${title} ${body}`);
    const tf = new Map<string, number>();
    for (const w of all) if (w.length >= 3 && !/\d/.test(w) && isContentWord(w)) tf.set(w, (tf.get(w) ?? 0) + 1);
    for (const [w, n] of tf) weight.set(w, (weight.get(w) ?? 0) + n / all.length);
  }
  // NB: looking a word's df up costs; no word can score more than its share × log(N / 2), so the
  // words are read by share and the reading stops once none left can enter the best `count`.
  const byShare = [...weight].sort((a, b) => b[1] - a[1]);
  const bound = Math.log(ctx.articles / 2);
  const scored: Array<[string, number]> = [];
  const best = () => scored.sort(byScore).slice(0, count);
  for (const [w, p] of byShare) {
    if (scored.length >= count && p * bound < best()[count - 1]![1]) break;
    if (asked.has(wordFamilyStem(w))) continue;
    const df = ctx.df(w) ?? 0;
    if (df < 2 || df > ctx.articles / 4) continue;
    scored.push([w, p * Math.log(ctx.articles / df)]);
  }
  return best().map(([w]) => w);
}
