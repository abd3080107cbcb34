import { isGivenName } from '@shared/search/givenNames';
import type { ReadableDb } from '../db/connection';
import { APOSTROPHE, LIBRARY_WORD, SAMPLE_CHARS, startsSentence, wordSource } from './nameWords';
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

/**
 * Fewest capitalised words a name must be written beside (its full names: `Jamie` in `Jamie Foxx`)
 * for those to say whether two spellings are one person's. One: a rare name is often met once
 * (`Gemma Jackson`, beside the many Jamies of `Jamie Foxx` and `Jamie Cullum`).
 */
const MIN_FULL_NAMES = 1;

/** The names beside a word, and how many articles they were read from. */
export interface NameContext {
  readonly names: ReadonlySet<string>;
  readonly articles: number;
  /**
   * The capitalised words written right before or after it (`jackson` for `Gemma Jackson`,
   * `dudek` for `Jerzy Dudek`, `geoff` for `Geoff Hoon`): {@link fullNamesIn}. Optional for
   * contexts built by hand; none read is no evidence.
   */
  readonly fullNames?: ReadonlySet<string>;
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
 * Whether two words are written as parts of different full names: each beside a capitalised word
 * ({@link NameContext.fullNames}), and none of them shared (`Jerzy Dudek` and `Luis Garcia`, `Gemma
 * Jackson` and `Jamie Foxx`, `Oona King` and `Geoff Hoon`). Such spellings a letter or two apart
 * are two people of one league or one parliament, whom the context test cannot part: they stand
 * among the same names. `undefined` when either is written beside none (a place, `in Deraa`): no
 * evidence.
 *
 * @example areOtherPeople({ names: new Set(), articles: 2, fullNames: new Set(['dudek', 'goalkeeper']) }, { names: new Set(), articles: 9, fullNames: new Set(['luis', 'andy']) }) // true
 */
export function areOtherPeople(a: NameContext, b: NameContext): boolean | undefined {
  const x = a.fullNames;
  const y = b.fullNames;
  if (!x || !y || x.size < MIN_FULL_NAMES || y.size < MIN_FULL_NAMES) return undefined;
  for (const name of x) if (y.has(name)) return false;
  return true;
}

/**
 * Whether two names are one name in this library, by what surrounds them ({@link isOneName}): the
 * evidence that two spellings are one name (`Deraa` and `Daraa` both beside Syria, Assad, Jordan)
 * and not two names a letter apart (`Kerry` beside Bush and Democrats, `Gerry` beside Adams and
 * Sinn Fein; `Jerzy Dudek` and `Luis Garcia`, of one football club). A word's context is read from
 * up to 30 articles holding it, once, and kept until the library changes. `undefined` when there
 * is too little to tell.
 *
 * @example sharesContextIn(db)('deraa', 'daraa') // true in a library about southern Syria
 */
export function sharesContextIn(db: ReadableDb): (a: string, b: string) => boolean | undefined {
  const { context, stats } = contextsIn(db);
  return (a, b) => isOneName(a, context(a), b, context(b), stats);
}

/**
 * The library's evidence on two names, from their contexts: `false` when they are written into
 * different full names ({@link areOtherPeople}) — unless both are common English given names
 * (`isGivenName`: Mohammed and Muhammad are one name, whoever bears them) — or stand among
 * different names ({@link isSameContext} of {@link contextShare}: the names in the articles
 * holding each, weighed `ln(1 + N / df)` so that names every article holds count for little,
 * less what chance alone would share). `undefined` when either stands beside fewer than 5 names
 * and no full name parts them. Pure, so that `npm run eval:variants` decides on contexts read from
 * the corpora exactly as the engine does on a library's.
 *
 * @example isOneName('jerzy', { names, articles: 3, fullNames: new Set(['dudek']) }, 'garcia', { names, articles: 8, fullNames: new Set(['luis']) }, stats) // false
 */
export function isOneName(
  a: string,
  contextA: NameContext,
  b: string,
  contextB: NameContext,
  stats: NameStats
): boolean | undefined {
  if (!(isGivenName(a) && isGivenName(b)) && areOtherPeople(contextA, contextB) === true) return false;
  const overlap = contextShare(a, contextA, b, contextB, stats);
  return overlap === undefined ? undefined : isSameContext(overlap);
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
  const { context, stats } = contextsIn(db);
  return (a, b) => contextShare(a, context(a), b, context(b), stats);
}

/**
 * The contexts of this library's words, each read once (up to 30 articles) and kept until the
 * library changes, with what the share needs of the library's names.
 */
function contextsIn(db: ReadableDb): { context: (word: string) => NameContext; stats: NameStats } {
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
      found = { names: namesIn(texts, word), articles: texts.length, fullNames: fullNamesIn(texts, word) };
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
  return { context, stats };
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

/**
 * The capitalised words (2+ letters, folded to lower case) written right before or after the word,
 * one space apart, in the texts: its full names (`Jerzy Dudek`, `Geoff Hoon`, `Mary Poppins`).
 * A word before it that opens a sentence is left out (`Then Kerry said`: every word is capitalised there).
 *
 * @example fullNamesIn(['Liverpool keeper Jerzy Dudek saved it, and Coach Jerzy smiled.'], 'jerzy') // Set {'dudek', 'coach'}
 */
export function fullNamesIn(texts: readonly string[], word: string): Set<string> {
  // NB: the word alone is searched, and the words beside it read off each hit: a pattern that also
  // matched the word before it would try a word at every letter of 30 long texts.
  const pattern = new RegExp(wordSource(word), 'giu');
  const names = new Set<string>();
  for (const text of texts)
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const before = BEFORE.exec(text.slice(Math.max(0, start - NEIGHBOUR_CHARS), start));
      const after = AFTER.exec(text.slice(end, end + NEIGHBOUR_CHARS));
      const [, previous, joint] = before ?? [];
      // A part joined by an apostrophe (`O'Connell`, which the index holds as `o` and `connell`).
      if (previous && joint !== ' ' && /^\p{Lu}/u.test(previous)) names.add(`${previous.toLowerCase()}'`);
      else if (previous && isCapitalised(previous) && !startsSentence(text, start - previous.length - 1))
        names.add(previous.toLowerCase());
      if (after?.[1] && isCapitalised(after[1])) names.add(after[1].toLowerCase());
    }
  names.delete(word);
  return names;
}

/** Characters read on each side of a name for the words beside it: longer than any one word. */
const NEIGHBOUR_CHARS = 40;
/** The word right before a name, and what joins them: a space or an apostrophe. */
const BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(\\p{L}+)( |${APOSTROPHE})$`, 'u');
/** The word right after a name, one space apart. */
const AFTER = /^ (\p{L}+)(?![\p{L}\p{N}])/u;

/** Whether a word opens with a capital and holds a lower-case letter (`Dudek`, not `NATO` or `I`). */
function isCapitalised(word: string): boolean {
  return /^\p{Lu}(?=.*\p{Ll})/u.test(word);
}
