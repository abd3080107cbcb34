import { STOPWORDS } from '@shared/text/stopwords';
import { toFts } from '@shared/search/toFts';
import type { ParsedQuery, QueryNode } from '@shared/search/types';
import { wordFamilyStem } from '@shared/text/stem';
import { indexWords } from '@shared/text/tokens';
import { type ArticleWords, bm25, countTerms } from './stemBm25';
import type { ReadableDb } from '../db/connection';
import { type SqlFragment, sql, sqlRaw } from '../db/sql';
import { positiveParts } from '@shared/search/relax';
import { articlesAlias } from './searchSchema';

/**
 * How a question pasted into the box ("what similarity laws must be obeyed when constructing
 * aeroelastic models of heated high speed aircraft") is ranked besides the usual lists: one more
 * list, BM25 over its content words' stems, read the way IR systems read long queries.
 *
 * - Function words are dropped (`what`, `must`, `when`): in a question they are grammar, and BM25
 *   gives a word that is rare in abstracts (`what`) a high weight it has not earned.
 * - Each word stands for its Porter stem, as in a stemming index: the library's index does not
 *   stem, so the library's words with that stem are looked up (`bodies` → body, bodies) and FTS5
 *   finds the candidates; the best `rescore` of them are scored again here by BM25 over stems
 *   (stemBm25.ts), each stem one term, with k1, b and the title's weight chosen by evaluation.
 * - Pseudo-relevance feedback (RM3, Lavrenko & Croft 2001; Abdul-Jaleel et al. 2004): the best
 *   `feedbackDocs` articles of the first scoring lend their most telling stems to a second one,
 *   added to the first with weight `feedbackWeight`. On short documents (abstracts, wire
 *   stories) the words a question does not say but its answers share are most of the gain.
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
  /** BM25's term-frequency saturation. */
  readonly k1: number;
  /** BM25's length normalisation (0–1). */
  readonly b: number;
  /** Articles of the first scoring read for feedback; 0 skips the second. */
  readonly feedbackDocs: number;
  /** Stems they lend to the second scoring. */
  readonly feedbackTerms: number;
  /** Weight of the second scoring against the question's own. */
  readonly feedbackWeight: number;
  /** FTS5's best candidates scored again over stems; the rest follow in FTS5's order. */
  readonly rescore: number;
}

export const DEFAULT_QUESTION: QuestionOptions = {
  minWords: 5,
  weight: 12,
  titleWeight: 4,
  k1: 2,
  b: 0.75,
  feedbackDocs: 5,
  feedbackTerms: 10,
  feedbackWeight: 0.2,
  rescore: 200
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

/**
 * The content words of a query's bare words, folded, each once, split as the index splits them
 * (`kuchemann's` → kuchemann, `leading-edge` → leading, edge); phrases and prefixes are left to
 * the other lists.
 */
export function questionWords(text: QueryNode | null): string[] {
  const words = new Set<string>();
  for (const part of positiveParts(text))
    if (part.type === 'term' && part.term.kind === 'word' && part.term.words.length === 1)
      for (const word of indexWords(part.term.words[0]!)) if (isContentWord(word)) words.add(word);
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
  const classes = stemClasses(ctx, words);
  const candidates = bm25Scores(ctx, orOf([...classes.values()].map(anyForm)), exclusions(parsed), options.titleWeight);
  const pool = readWords(
    ctx.db,
    candidates.slice(0, options.rescore).map(([id]) => id)
  );
  const params = { k1: options.k1, b: options.b, titleWeight: options.titleWeight };
  const termOf = new Map([...classes].flatMap(([stem, forms]) => forms.map((f): [string, string] => [f, stem])));
  const stemDf = stemDfs(ctx, classes);
  const total = bm25(
    pool.map((a) => countTerms(a, termOf)),
    new Map([...classes.keys()].map((s) => [s, 1])),
    stemDf,
    ctx.articles,
    params
  );
  if (options.feedbackDocs > 0 && options.feedbackTerms > 0 && options.feedbackWeight > 0) {
    const lent = feedbackWords(ctx, pool, best(total).slice(0, options.feedbackDocs), classes, options.feedbackTerms);
    const dfs = new Map(lent);
    const itself = new Map(lent.map(([w]) => [w, w]));
    const second = bm25(
      pool.map((a) => countTerms(a, itself)),
      new Map(lent.map(([w]) => [w, 1])),
      (w) => dfs.get(w) ?? 1,
      ctx.articles,
      params
    );
    // The lent words only reorder the articles that have the question's own words: they do not
    // find articles the user did not ask for (every candidate has one).
    for (const [id, s] of second) total.set(id, total.get(id)! + options.feedbackWeight * s);
  }
  const rescored = best(total);
  const rest = candidates.slice(options.rescore).map(([id]) => id);
  return [...rescored, ...rest].slice(0, ctx.depth);
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
 * Each stem of the question's words with the library's words that have it (the word itself
 * first): what a stemming index would match. NB: Porter changes at most a word's last letters
 * (`bodies` → `bodi`, `body` → `bodi`), so the forms are read from the vocabulary's words that
 * start with the stem less its last letter.
 */
function stemClasses(ctx: QuestionContext, words: readonly string[]): Map<string, string[]> {
  const classes = new Map<string, string[]>();
  const range = ctx.db.prepare('SELECT term FROM articles_vocab WHERE term >= ? AND term < ? LIMIT 5000').pluck();
  for (const word of words) {
    const stem = wordFamilyStem(word);
    const forms = classes.get(stem) ?? [];
    if (!forms.includes(word)) forms.push(word);
    if (/^[a-z]+$/.test(word)) {
      const start = stem.slice(0, Math.max(2, stem.length - 1));
      for (const term of range.all(start, `${start}\uffff`) as string[])
        if (!forms.includes(term) && wordFamilyStem(term) === stem) forms.push(term);
    }
    classes.set(stem, forms);
  }
  return classes;
}

/** Articles holding any form of each stem: one count per stem with several forms. */
function stemDfs(ctx: QuestionContext, classes: ReadonlyMap<string, readonly string[]>): (stem: string) => number {
  const count = ctx.db.prepare('SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?').pluck();
  const dfs = new Map<string, number>();
  for (const [stem, forms] of classes)
    dfs.set(stem, forms.length === 1 ? (ctx.df(forms[0]!) ?? 0) : (count.get(anyForm(forms)) as number));
  return (stem) => dfs.get(stem) ?? 0;
}

function anyForm(forms: readonly string[]): string {
  return forms.length === 1 ? quoted(forms[0]!) : `(${forms.map(quoted).join(' OR ')})`;
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
        WHERE articles_fts MATCH ${match} AND ${ctx.where} ORDER BY 2 LIMIT ${ctx.depth}`
    : sql`SELECT rowid, ${weights} FROM articles_fts WHERE articles_fts MATCH ${match} ORDER BY 2 LIMIT ${ctx.depth}`;
  return ctx.db
    .prepare(q)
    .raw()
    .all(...params) as Array<[number, number]>;
}

/** The ids by score, best first (ties by id, so the order is stable). */
function best(scores: ReadonlyMap<number, number>): number[] {
  return [...scores]
    .filter(([, s]) => s > 0)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([id]) => id);
}

/** The title and text of articles as the index splits them, in the order asked. */
function readWords(db: ReadableDb, ids: readonly number[]): ArticleWords[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare('SELECT a.id, a.title, a.body FROM json_each(?) j JOIN articles a ON a.id = j.value ORDER BY j.key')
    .raw()
    .all(JSON.stringify(ids)) as Array<[number, string, string]>;
  return rows.map(([id, title, body]) => ({ id, title: indexWords(title), body: indexWords(body) }));
}

/**
 * RM3's expansion: the words most typical of the feedback articles — each word's share of an
 * article's words, summed over the articles, times its rarity in the library — leaving out
 * function words, numbers and forms of the question's own words. With each, its articles.
 */
function feedbackWords(
  ctx: QuestionContext,
  pool: readonly ArticleWords[],
  ids: readonly number[],
  classes: ReadonlyMap<string, readonly string[]>,
  count: number
): Array<[string, number]> {
  const byId = new Map(pool.map((a) => [a.id, a]));
  const share = new Map<string, number>();
  for (const id of ids) {
    const a = byId.get(id);
    if (!a) continue;
    const all = [...a.title, ...a.body];
    const tf = new Map<string, number>();
    for (const w of all) if (w.length >= 3 && !/\d/.test(w) && isContentWord(w)) tf.set(w, (tf.get(w) ?? 0) + 1);
    for (const [w, n] of tf) share.set(w, (share.get(w) ?? 0) + n / all.length);
  }
  // NB: looking a word's df up costs; no word can score more than its share × log(N / 2), so the
  // words are read by share and the reading stops once none left can enter the best `count`.
  const byShare = [...share].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const bound = Math.log(ctx.articles / 2);
  const scored: Array<[string, number, number]> = [];
  const top = () => scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, count);
  for (const [w, p] of byShare) {
    if (scored.length >= count && p * bound < top()[count - 1]![1]) break;
    if (classes.has(wordFamilyStem(w))) continue;
    const df = ctx.df(w) ?? 0;
    if (df < 2 || df > ctx.articles / 4) continue;
    scored.push([w, p * Math.log(ctx.articles / df), df]);
  }
  return top().map(([w, , df]) => [w, df]);
}
