/**
 * Sparse tf-idf vectors for story grouping: each article reduced to its most telling terms, with
 * names and headline words weighted up, since two events of one kind (two celebrities entering
 * rehab, two earthquakes) share their vocabulary and differ mostly in who and where.
 */
import { tokenize } from '../text/tokens';
import { isContentWord, termKey } from './analysis/terms';

/** An article reduced to weighted terms: parallel arrays, L2-normalised weights. */
export interface SparseVector {
  readonly terms: Int32Array;
  readonly weights: Float64Array;
}

/** Tuning of {@link buildVectors}; the defaults were tuned on ECB+ (see docs/compare.md). */
export interface VectorOptions {
  /** Terms kept per article, highest tf-idf first. Default 40. */
  readonly topTerms?: number;
  /** Weight of a capitalised word (not all capitals) away from a sentence start: a name. Default 2. */
  readonly nameWeight?: number;
  /** Weight of a headline word. Default 1.5. */
  readonly titleWeight?: number;
}

export interface Vectors {
  readonly vectors: SparseVector[];
  /** Number of articles each term id occurs in. */
  readonly df: Int32Array;
  /** Term ids to their keys (for labels and debugging). */
  readonly vocabulary: string[];
}

/**
 * Builds one sparse vector per article: sublinear tf (1 + ln tf) of content terms, times smoothed
 * idf (ln(1 + N / df)), names and headline words weighted up; terms found in one article only are dropped
 * (they cannot link two articles), and only the `topTerms` strongest terms are kept.
 */
export function buildVectors(
  articles: ReadonlyArray<{ readonly title: string; readonly text: string }>,
  options: VectorOptions = {}
): Vectors {
  const topTerms = options.topTerms ?? 40;
  const nameWeight = options.nameWeight ?? 2;
  const titleWeight = options.titleWeight ?? 1.5;
  const ids = new Map<string, number>();
  const vocabulary: string[] = [];
  const keys = new Map<string, string | null>();
  const counts = articles.map((a) => {
    const tf = new Map<number, number>();
    addTerms(a.title, titleWeight, nameWeight, tf, ids, vocabulary, keys);
    addTerms(a.text, 1, nameWeight, tf, ids, vocabulary, keys);
    return tf;
  });
  const df = new Int32Array(vocabulary.length);
  for (const tf of counts) for (const t of tf.keys()) df[t]!++;
  const n = articles.length;
  const vectors = counts.map((tf): SparseVector => {
    const scored: Array<[number, number]> = [];
    for (const [t, f] of tf) {
      if (df[t]! < 2) continue;
      // Smoothed idf: a term in every article still counts a little, so two articles alone can match.
      scored.push([t, (1 + Math.log(f)) * Math.log(1 + n / df[t]!)]);
    }
    scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const kept = scored.slice(0, topTerms).sort((a, b) => a[0] - b[0]);
    const norm = Math.sqrt(kept.reduce((s, [, w]) => s + w * w, 0)) || 1;
    return { terms: Int32Array.from(kept.map(([t]) => t)), weights: Float64Array.from(kept.map(([, w]) => w / norm)) };
  });
  return { vectors, df, vocabulary };
}

/**
 * Adds a text's weighted term counts. A word counts as a name when it is capitalised and the
 * previous non-space character does not end a sentence or line. Two names in a row also add
 * their pair as a term (`tony_thompson`): two fights of one boxer differ by the opponent's full
 * name more than by any single word.
 */
function addTerms(
  text: string,
  weight: number,
  nameWeight: number,
  tf: Map<number, number>,
  ids: Map<string, number>,
  vocabulary: string[],
  keys: Map<string, string | null>
): void {
  const add = (key: string, w: number) => {
    let id = ids.get(key);
    if (id === undefined) {
      id = vocabulary.length;
      ids.set(key, id);
      vocabulary.push(key);
    }
    tf.set(id, (tf.get(id) ?? 0) + w);
  };
  let previousName: string | undefined;
  for (const t of tokenize(text)) {
    // NB: a library repeats its words endlessly; each is stemmed once per grouping.
    let key = keys.get(t.norm);
    if (key === undefined) keys.set(t.norm, (key = termOf(t.norm)));
    if (key === null) {
      previousName = undefined;
      continue;
    }
    const name = isCapitalised(text, t.start, t.end) && !afterSentenceEnd(text, t.start);
    const w = name ? weight * nameWeight : weight;
    add(key, w);
    if (name && previousName !== undefined) add(`${previousName}_${key}`, w);
    previousName = name ? key : undefined;
  }
}

/** The term a folded word counts as, or null for stop words and numbers other than years (counts and times rarely tell two stories apart). */
function termOf(norm: string): string | null {
  if (!isContentWord(norm)) return null;
  if (/^\d+$/.test(norm.replace(/[.,]/g, '')) && !/^(?:19|20)\d\d$/.test(norm)) return null;
  return termKey(norm);
}

/**
 * Capital first letter and some lower-case letters: `Klitschko`, not `QTR` — a headline or a
 * wire brief in capitals would otherwise make every word a name.
 */
function isCapitalised(text: string, start: number, end: number): boolean {
  const code = text.charCodeAt(start);
  const upper = code >= 65 && code <= 90 ? true : code > 127 && /\p{Lu}/u.test(text.charAt(start));
  if (!upper) return false;
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c > 127 && /\p{Ll}/u.test(text.charAt(i))) return true;
  }
  return false;
}

function afterSentenceEnd(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const ch = text.charAt(i);
    if (ch === ' ' || ch === '\t' || ch === '"' || ch === '\u201c' || ch === "'" || ch === '(') continue;
    return ch === '.' || ch === '!' || ch === '?' || ch === '\n' || ch === ':';
  }
  return true;
}

/** Cosine of two L2-normalised sparse vectors (terms ascending). */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i]!;
    const y = b.terms[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}
