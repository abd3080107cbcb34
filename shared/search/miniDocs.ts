import type { Options } from 'minisearch';
import { foldText } from '@shared/text/fold';
import { INDEX_SEPARATOR } from '@shared/text/tokens';
import { hasUnspaced, splitUnspaced } from '@shared/text/unspaced';

/**
 * What the MiniSearch index holds of each article, and how it reads words.
 *
 * MiniSearch is here for what FTS5 cannot do: match words the user did not finish typing and
 * words spelled a little differently. It indexes the title, the outlet and the **lead** — the
 * first {@link LEAD_WORDS} words of the text — not the whole body, because its index lives in
 * memory as JS maps, about 60 bytes per (word, article) pair:
 *
 * | indexed | heap at 100k articles | snapshot | load | common-word query |
 * |---|---:|---:|---:|---:|
 * | title + outlet | ~60 MB | 9 MB | ~1 s | ~3–25 ms |
 * | + lead of 30 words | ~140 MB | 26 MB | ~1.5 s | ~5–60 ms |
 * | + lead of 60 words | ~190 MB | 37 MB | ~6 s | ~15–100 ms |
 * | + lead of 200 words | ~390 MB | 83 MB | ~15 s | ~20–240 ms |
 *
 * (docs/search.md has the current measurements.) The full text is searched by FTS5 anyway; the
 * lead is where a news story names its who, what and where, so prefix and fuzzy matches there
 * are the ones worth the memory.
 */
export const LEAD_WORDS = 30;

/** A document as MiniSearch indexes it. */
export interface MiniDoc {
  readonly id: number;
  readonly title: string;
  readonly outlet: string;
  readonly lead: string;
}

/** The columns a {@link MiniDoc} is made from. */
export interface MiniSourceRow {
  readonly id: number;
  readonly title: string;
  readonly outlet: string | null;
  readonly body: string;
}

/** Field weights of MiniSearch's BM25: a word in the title says more about the article. */
export const MINI_BOOST: Readonly<Record<keyof Omit<MiniDoc, 'id'>, number>> = { title: 2, outlet: 1, lead: 1 };

/**
 * Function words of the languages most articles are in. Prefixes and typos of them are never
 * what a user means (`the` → `then`, `there`, `theory`), and they are a fifth of all
 * (word, article) pairs. FTS5 still indexes and matches them.
 */
const STOPWORDS = new Set(
  [
    'a an and are as at be been but by for from had has have he her his i in is it its of on or our she that the their',
    'them there they this to was were what when which who will with would you not no also after than into',
    'le la les un une des du de et est en au aux pour par sur dans que qui pas',
    'der die das und ist ein eine den dem des mit von zu im auf nicht',
    'el los las del y en que por con para una es al lo'
  ]
    .join(' ')
    .split(' ')
);

const PLAIN_LOWER = /^[a-z]+$/;

/**
 * MiniSearch's `processTerm`, for indexing and for queries: folds the word as everywhere else
 * (`foldText`) and leaves out what prefix and fuzzy matching should never touch: one-letter
 * words, function words, and anything with a digit (`1987` is not a typo of `1986`).
 *
 * @example indexTerm('Déraa') // 'deraa'
 * @example indexTerm('the')   // null
 */
export function indexTerm(term: string): string | null {
  const lower = term.toLowerCase();
  // Most words are plain ASCII: skip the Unicode normalisation, a third of the indexing time.
  const folded = PLAIN_LOWER.test(lower) ? lower : foldText(term);
  if (folded.length < 2 || STOPWORDS.has(folded) || /\d/.test(folded)) return null;
  return folded;
}

/**
 * Splits text where the full-text index does ({@link INDEX_SEPARATOR}, and Chinese, Japanese or Thai
 * runs into their words: unspaced.ts), so both hold the same words.
 */
export function tokenizeMini(text: string): string[] {
  const parts = text.split(INDEX_SEPARATOR);
  if (!hasUnspaced(text)) return parts;
  return parts.flatMap((p) => splitUnspaced(p).map((s) => p.slice(s.start, s.end)));
}

/** The first `words` words of a text, cut at a word boundary. */
export function leadOf(body: string, words = LEAD_WORDS): string {
  const re = /\S+/g;
  let end = 0;
  for (let n = 0; n < words; n++) {
    const m = re.exec(body);
    if (!m) return unspacedLead(body, words);
    end = m.index + m[0].length;
  }
  return unspacedLead(body.slice(0, end), words);
}

/**
 * A lead of Chinese, Japanese or Thai cut at its `words`-th word: such text has few spaces, so its
 * first 30 space-separated "words" can be the whole article, and MiniSearch's memory grows with
 * every word it indexes. Other text comes back as it was.
 */
function unspacedLead(lead: string, words: number): string {
  if (!hasUnspaced(lead)) return lead;
  let n = 0;
  for (const m of lead.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    for (const s of splitUnspaced(m[0])) if (++n === words) return lead.slice(0, m.index + s.end);
  }
  return lead;
}

/** The MiniSearch document of an article row. */
export function toMiniDoc(row: MiniSourceRow): MiniDoc {
  return { id: row.id, title: row.title, outlet: row.outlet ?? '', lead: leadOf(row.body) };
}

/**
 * The options the index is built and loaded with. NB: a snapshot can only be loaded with the
 * options it was saved with; {@link INDEX_FORMAT} names them, and a snapshot of another format
 * is rebuilt.
 */
export function miniOptions(): Options<MiniDoc> {
  return {
    fields: ['title', 'outlet', 'lead'],
    idField: 'id',
    processTerm: indexTerm,
    tokenize: tokenizeMini,
    searchOptions: { boost: { ...MINI_BOOST } }
  };
}

/** Changes whenever what is indexed or how words are read changes. */
export const INDEX_FORMAT = `minisearch7:title,outlet,lead${LEAD_WORDS}:fold,stop1,nodigit,unicode61`;
