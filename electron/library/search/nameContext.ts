import type { ReadableDb } from '../db/connection';
import { LIBRARY_WORD, SAMPLE_CHARS, startsSentence } from './nameWords';
import { libraryStamp } from './snapshots';

/** Articles read per word (their first SAMPLE_CHARS characters), as for `isNameIn`. */
export const SAMPLE_ARTICLES = 30;
/**
 * Share of the smaller context (weighted by how rare each name is in the library) that the other
 * context must hold for two words to be one name. Chosen on the respellings found in
 * bbc-news-2225 + seeds, as the largest round value keeping them all: Deraa/Daraa 0.76,
 * Jabawi/Jabbawi 0.51, Mohammed/Muhammad 0.36, Mohammed/Mohammad 0.18; while Kerry/Gerry scored
 * 0.05, Kyle/Kylie 0.04, Dana/Diana 0.13 (docs/variants.md). Those were measured with the weight
 * ln(N/df); it is now ln(1 + N/df) (see `weight` below), which left eval:variant-hits as it was
 * (96.3 % of hits per query, 92.9 % pooled).
 */
export const CONTEXT_SHARE = 0.15;

/**
 * Fewest names a context needs to be evidence: in a small library a name may stand beside one
 * other (`Deraa` beside `Russie` in a French article, `Daraa` beside `Russia`), which says nothing.
 */
const MIN_NAMES = 5;

interface Cached {
  readonly stamp: string;
  readonly articles: number;
  readonly contexts: Map<string, ReadonlySet<string>>;
  readonly dfs: Map<string, number>;
}
const cache = new WeakMap<ReadableDb, Cached>();

/**
 * Whether two names occur among the same other names in this library: the evidence that two
 * spellings are one name (`Deraa` and `Daraa` both beside Syria, Assad, Jordan) and not two
 * names a letter apart (`Kerry` beside Bush and Democrats, `Gerry` beside Adams and Sinn Fein).
 * A word's context is the set of names (words capitalised mid-sentence, 4+ letters) in up to 30
 * articles holding it; each name weighs `ln(N / df)`, so names every article holds (BBC,
 * London) count for little. `undefined` when either word stands beside fewer than 5 names: too
 * little to tell.
 *
 * @example sharesContextIn(db)('deraa', 'daraa') // true in a library about southern Syria
 */
export function sharesContextIn(db: ReadableDb): (a: string, b: string) => boolean | undefined {
  const share = contextShareIn(db);
  return (a, b) => {
    const s = share(a, b);
    return s === undefined ? undefined : s >= CONTEXT_SHARE;
  };
}

/** The weighted share of the smaller context that the other holds (see {@link sharesContextIn}); `undefined` without context. */
export function contextShareIn(db: ReadableDb): (a: string, b: string) => number | undefined {
  const { maxArticleId, changeSeq } = libraryStamp(db);
  const stamp = `${maxArticleId}:${changeSeq}`;
  let cached = cache.get(db);
  if (!cached || cached.stamp !== stamp) {
    const articles = (db.prepare('SELECT count(*) FROM articles').pluck().get() as number) || 1;
    cached = { stamp, articles, contexts: new Map(), dfs: new Map() };
    cache.set(db, cached);
  }
  const { contexts, dfs, articles } = cached;
  const bodies = db.prepare(
    `SELECT substr(a.body, 1, ${SAMPLE_CHARS}) FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
      WHERE articles_fts MATCH ? LIMIT ${SAMPLE_ARTICLES}`
  );
  const dfOf = db.prepare('SELECT doc FROM articles_vocab WHERE term = ?').pluck();
  const context = (word: string): ReadonlySet<string> => {
    let names = contexts.get(word);
    if (!names) {
      // `dar'a` (the name `Dar'a`, two words to the index) is read from the articles holding that phrase.
      names = LIBRARY_WORD.test(word) ? namesIn(bodies.pluck().all(`body:"${word}"`) as string[], word) : new Set();
      contexts.set(word, names);
    }
    return names;
  };
  const weight = (name: string): number => {
    let df = dfs.get(name);
    if (df === undefined) {
      df = (dfOf.get(name) as number | undefined) ?? 1;
      dfs.set(name, df);
    }
    return contextWeight(articles, df);
  };
  return (a, b) => contextShare(a, context(a), b, context(b), weight);
}

/** How much a name beside a word counts: names in many of the library's `articles` count for little. */
export function contextWeight(articles: number, df: number): number {
  // NB: ln(1 + N/df), not ln(N/df): in a library of a handful of articles on one event, a name
  // every article holds would weigh nothing, and a translated article's own spellings decide alone
  // (the seeds' Jabawi shared 0.11 of its context with Jabbawi, and was lost).
  return Math.log(1 + articles / df);
}

/**
 * The weighted share of the smaller of two contexts that the other holds, the words themselves
 * left out; `undefined` when either context has fewer than 5 names. Pure, so that `npm run
 * eval:variants` weighs contexts read from the corpora exactly as a library's are weighed.
 *
 * @example contextShare('deraa', new Set(['syria', 'assad', 'jordan', 'amman', 'homs']), 'daraa', new Set(['syria', 'assad', 'jordan', 'amman', 'idlib']), () => 1) // 0.8
 */
export function contextShare(
  a: string,
  contextA: ReadonlySet<string>,
  b: string,
  contextB: ReadonlySet<string>,
  weight: (name: string) => number
): number | undefined {
  if (contextA.size < MIN_NAMES || contextB.size < MIN_NAMES) return undefined;
  const [small, large] = contextA.size <= contextB.size ? [contextA, contextB] : [contextB, contextA];
  let shared = 0;
  let total = 0;
  for (const name of small) {
    if (name === a || name === b) continue;
    const w = weight(name);
    total += w;
    if (large.has(name)) shared += w;
  }
  return total === 0 ? undefined : shared / total;
}

/** The names (capitalised mid-sentence, 4+ letters, folded to lower case) in the texts, but the word itself. */
export function namesIn(texts: readonly string[], word: string): Set<string> {
  const names = new Set<string>();
  for (const text of texts)
    for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}\p{L}{3,}(?![\p{L}\p{N}])/gu)) {
      if (startsSentence(text, m.index ?? 0)) continue;
      const name = m[0].toLowerCase();
      if (name !== word) names.add(name);
    }
  return names;
}
