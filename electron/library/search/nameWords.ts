import type { ReadableDb } from '../db/connection';
import { libraryStamp } from './snapshots';

/** Articles read per word: enough to tell a name from a word, few enough for a query's few words. */
const SAMPLE_ARTICLES = 30;
/**
 * Characters read of each article: the start of a long text says as much about a word as the
 * whole. NB: read whole, one 20 MB text made every new word of a query cost a second or more.
 */
export const SAMPLE_CHARS = 50_000;
/** Share of a word's mid-sentence occurrences written capitalised for it to count as a name. */
export const NAME_SHARE = 0.7;

/**
 * A word of the index, or two joined by an apostrophe (`dar'a`: the name `Dar'a`, which the index
 * holds as `dar` and `a`; FTS5 reads `"dar'a"` as that phrase).
 */
export const LIBRARY_WORD = /^[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)?$/u;
/** The apostrophes a text may join a name's parts with: `Dar'a`, `Dar’a`, `Dar‘a`, ``Dar`a``, `Darʼa`. */
export const APOSTROPHE = "['\u2018\u2019\u201b\u0060\u00b4\u02bc]";

/**
 * A word as a regular expression source, whole word, with any apostrophe standing for every
 * apostrophe a text writes: `dar'a` finds `Dar’a`. Pair it with the flags `iu`.
 */
export function wordSource(word: string): string {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, APOSTROPHE);
  return `(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`;
}

interface Cached {
  readonly stamp: string;
  readonly answers: Map<string, boolean | undefined>;
}
const cache = new WeakMap<ReadableDb, Cached>();

/**
 * Whether a word of the index is written as a name in this library: capitalised in running text
 * (not counting the start of a sentence, a title or a line, where every word is). Read from up to
 * 30 articles holding the word, at query time, for the typed word and its few candidate
 * respellings only; answers are kept until articles are added, edited or removed. `undefined`
 * when the library never shows the word mid-sentence (not found, or only at sentence starts).
 *
 * NB: this is what keeps `Deraa` from searching `dairy`: they share a transliteration key, and
 * only the library's own casing tells a name from a common word.
 *
 * Two words joined by an apostrophe (`dar'a`) are asked about as the library writes them so
 * (`Dar'a`, `Dar’a`): `undefined` when it never does, though the index holds both words.
 *
 * @example isNameIn(db)('daraa') // true: "rebels in Daraa said"
 * @example isNameIn(db)('dairy') // false: "the dairy industry"
 */
export function isNameIn(db: ReadableDb): (word: string) => boolean | undefined {
  const { maxArticleId, changeSeq } = libraryStamp(db);
  const stamp = `${maxArticleId}:${changeSeq}`;
  let cached = cache.get(db);
  if (!cached || cached.stamp !== stamp) {
    cached = { stamp, answers: new Map() };
    cache.set(db, cached);
  }
  const answers = cached.answers;
  const bodies = db.prepare(
    `SELECT substr(a.body, 1, ${SAMPLE_CHARS}) FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
      WHERE articles_fts MATCH ? LIMIT ${SAMPLE_ARTICLES}`
  );
  return (word) => {
    if (answers.has(word)) return answers.get(word);
    let answer: boolean | undefined;
    if (LIBRARY_WORD.test(word)) {
      const texts = bodies.pluck().all(`body:"${word}"`) as string[];
      answer = nameShare(texts, word);
    }
    answers.set(word, answer);
    return answer;
  };
}

/** Counts the word's mid-sentence occurrences in the texts and says whether most are capitalised. */
export function nameShare(texts: readonly string[], word: string): boolean | undefined {
  // The word as a whole word, case-insensitive.
  const pattern = new RegExp(wordSource(word), 'giu');
  let capitalised = 0;
  let counted = 0;
  for (const text of texts) {
    for (const m of text.matchAll(pattern)) {
      if (startsSentence(text, m.index ?? 0)) continue;
      counted++;
      const first = m[0].charAt(0);
      if (first !== first.toLowerCase()) capitalised++;
    }
  }
  return counted === 0 ? undefined : capitalised / counted >= NAME_SHARE;
}

/**
 * Whether a word starting at `start` opens a sentence, a line or a quotation, where any word is
 * capitalised: such an occurrence says nothing about whether the word is a name.
 *
 * @example startsSentence('Talks failed. Dairy farms', 14) // true
 * @example startsSentence('the Dairy Board', 4) // false
 */
export function startsSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 3), start);
  return start === 0 || /(^|[.!?:\n]\s*["“'‘(]?\s*)$/u.test(before) || /\n\s*$/.test(before);
}
