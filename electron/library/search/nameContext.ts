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
 * Share of the smaller context the other must hold beyond chance ({@link ContextOverlap}:
 * (share − chance) / (1 − chance)), where chance says anything. Chosen the same way, on the same
 * library: the largest round value keeping the respellings — Deraa/Daraa 0.75,
 * Jabawi/Jabbawi 0.50, Mohammed/Muhammad 0.33, Mohammed/Mohammad 0.12 — which parts Kyle/Kelly
 * (−0.21), Mori/Moore (−0.03) and Kerry/Cary (0.09), the three English names a letter apart that
 * passed every other rule (docs/variants.md).
 */
export const EXCESS_SHARE = 0.1;

/**
 * Chance above which the excess over it is no evidence: in a library of a few articles on one
 * event, every name is in most articles, chance would put most of any context in any other, and
 * only the share itself speaks (the seeds alone: Deraa/Daraa's chance is 0.84, Jabawi/Jabbawi's 0.65).
 */
export const CHANCE_CAP = 0.5;

/**
 * Fewest names a context needs to be evidence: in a small library a name may stand beside one
 * other (`Deraa` beside `Russie` in a French article, `Daraa` beside `Russia`), which says nothing.
 */
const MIN_NAMES = 5;

/** The names beside a word, and how many articles they were read from. */
export interface NameContext {
  readonly names: ReadonlySet<string>;
  readonly articles: number;
}

/**
 * How much of the smaller of two contexts the other holds (`share`, weighted), and how much it
 * would hold by chance (`chance`): were the other's articles drawn at random from the library.
 */
export interface ContextOverlap {
  readonly share: number;
  readonly chance: number;
}

/** What {@link contextShare} knows of the names of a library. */
export interface NameStats {
  /** How much a name beside a word counts: {@link contextWeight}. */
  readonly weight: (name: string) => number;
  /** The share of the library's articles holding the name (0–1). */
  readonly frequency: (name: string) => number;
}

interface Cached {
  readonly stamp: string;
  readonly articles: number;
  readonly contexts: Map<string, NameContext>;
  readonly dfs: Map<string, number>;
}
const cache = new WeakMap<ReadableDb, Cached>();

/**
 * Whether two names occur among the same other names in this library: the evidence that two
 * spellings are one name (`Deraa` and `Daraa` both beside Syria, Assad, Jordan) and not two
 * names a letter apart (`Kerry` beside Bush and Democrats, `Gerry` beside Adams and Sinn Fein).
 * A word's context is the set of names (words capitalised mid-sentence, 4+ letters) in up to 30
 * articles holding it; each name weighs `ln(1 + N / df)`, so names every article holds (BBC,
 * London) count for little, and what chance alone would share is taken off ({@link contextShare}).
 * `undefined` when either word stands beside fewer than 5 names: too little to tell.
 *
 * @example sharesContextIn(db)('deraa', 'daraa') // true in a library about southern Syria
 */
export function sharesContextIn(db: ReadableDb): (a: string, b: string) => boolean | undefined {
  const share = contextShareIn(db);
  return (a, b) => {
    const overlap = share(a, b);
    return overlap === undefined ? undefined : isSameContext(overlap);
  };
}

/**
 * The context test: the other context holds {@link CONTEXT_SHARE} of the smaller, and, unless
 * chance alone would put more than {@link CHANCE_CAP} there, {@link EXCESS_SHARE} beyond chance.
 *
 * @example isSameContext({ share: 0.76, chance: 0.05 }) // true: Deraa/Daraa in bbc-news-2225 + seeds
 * @example isSameContext({ share: 0.22, chance: 0.35 }) // false: Kyle/Kelly, less than chance
 */
export function isSameContext({ share, chance }: ContextOverlap): boolean {
  if (share < CONTEXT_SHARE) return false;
  return chance > CHANCE_CAP || (share - chance) / (1 - chance) >= EXCESS_SHARE;
}

/** How much of the smaller context the other holds (see {@link sharesContextIn}); `undefined` without context. */
export function contextShareIn(db: ReadableDb): (a: string, b: string) => ContextOverlap | undefined {
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
  const context = (word: string): NameContext => {
    let found = contexts.get(word);
    if (!found) {
      // `dar'a` (the name `Dar'a`, two words to the index) is read from the articles holding that phrase.
      const texts = LIBRARY_WORD.test(word) ? (bodies.pluck().all(`body:"${word}"`) as string[]) : [];
      found = { names: namesIn(texts, word), articles: texts.length };
      contexts.set(word, found);
    }
    return found;
  };
  const df = (name: string): number => {
    let n = dfs.get(name);
    if (n === undefined) {
      n = (dfOf.get(name) as number | undefined) ?? 1;
      dfs.set(name, n);
    }
    return n;
  };
  const stats: NameStats = {
    weight: (name) => contextWeight(articles, df(name)),
    frequency: (name) => Math.min(1, df(name) / articles)
  };
  return (a, b) => contextShare(a, context(a), b, context(b), stats);
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
 * left out, and the share it would hold by chance: each name counted as likely in the larger
 * context as among that many articles drawn at random (a name in a tenth of the library shows
 * among 30 random articles 96 % of the time). `undefined` when either context has fewer than 5
 * names. Pure, so that `npm run eval:variants` weighs contexts read from the corpora exactly as
 * a library's are weighed.
 *
 * NB: chance, because a name in many articles brings a large context that holds much of any
 * other: Kelly, in 56 articles of bbc-news-2225, stands beside 754 names and held 0.22 of Kyle's
 * 47, less than the 0.35 chance gives; Daraa, in 4, beside 63, held 0.76 of Deraa's 56 (chance 0.05).
 *
 * @example contextShare('deraa', { names: new Set(['syria', 'assad', 'jordan', 'amman', 'homs']), articles: 2 }, 'daraa', { names: new Set(['syria', 'assad', 'jordan', 'amman', 'idlib']), articles: 3 }, { weight: () => 1, frequency: () => 0 }) // { share: 0.8, chance: 0 }
 */
export function contextShare(
  a: string,
  contextA: NameContext,
  b: string,
  contextB: NameContext,
  stats: NameStats
): ContextOverlap | undefined {
  if (contextA.names.size < MIN_NAMES || contextB.names.size < MIN_NAMES) return undefined;
  const [small, large] = contextA.names.size <= contextB.names.size ? [contextA, contextB] : [contextB, contextA];
  let shared = 0;
  let total = 0;
  let expected = 0;
  for (const name of small.names) {
    if (name === a || name === b) continue;
    const w = stats.weight(name);
    total += w;
    expected += w * (1 - (1 - stats.frequency(name)) ** large.articles);
    if (large.names.has(name)) shared += w;
  }
  return total === 0 ? undefined : { share: shared / total, chance: expected / total };
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
