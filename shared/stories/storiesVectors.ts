/**
 * Sparse tf-idf vectors for story grouping: each article reduced to its most telling terms, with
 * names and headline words weighted up, since two events of one kind (two celebrities entering
 * rehab, two earthquakes) share their vocabulary and differ mostly in who and where.
 */
import { tokenize } from '@shared/text/tokens';
import { isContentWord } from '@shared/compare/analysis/terms';
import { termsOfBrief } from './briefText';
import { storyTermKey } from './storyTermKey';
import { afterSentenceEnd, isCapitalised, type TokenizedText, writtenNames } from './writtenNames';

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
  /**
   * Count of an extra term standing for the latest year an article writes (`year:2013`), 0 for
   * none. Two events of one kind (two rehab stays of one actress, two earthquakes in one region)
   * share their people and words but rarely their year, and the latest year a report writes is
   * mostly the year of its event (its dateline, often in a form the importer cannot read as a
   * date, 14/09/2013). Default {@link DEFAULT_YEAR_WEIGHT}.
   *
   * @example buildVectors(articles, { yearWeight: 0 }) // no year term
   */
  readonly yearWeight?: number;
  /**
   * The year term's idf is taken as if at least this share of the articles wrote that year: a year
   * shared by chance (an obituary's 1973, a plan's 2011) must not weigh like a rare name, or two
   * unrelated articles that happen to share it look alike. Default {@link DEFAULT_YEAR_MIN_SHARE}.
   */
  readonly yearMinShare?: number;
  /**
   * Also weigh {@link Vectors.stored}, the vectors a library keeps as postings to place later
   * articles by (`weighStored`). Default false.
   */
  readonly storedVectors?: boolean;
  /**
   * Document frequencies of a background collection, blended with the library's own so that a
   * term's weight depends less on how many articles the library holds: df(t) + df_bg(t) and
   * N + N_bg. Terms the background lacks count as in no background article. Default none.
   *
   * @example { background: { df: new Map([['said', 600]]), articles: 772 } }
   */
  readonly background?: { readonly df: ReadonlyMap<string, number>; readonly articles: number };
}

/** Key prefix of the year term (`year:2013`): no word folds to a key with a colon. */
const YEAR_PREFIX = 'year:';

/**
 * Default {@link VectorOptions.yearWeight}: its tf, so the term weighs 1 + ln 40 ≈ 4.7 times its idf.
 * Chosen with the threshold's size scale by cross-validation over ECB+ topics, odd against even
 * (`npx tsx scripts/eval-stories.ts --cv`; docs/compare.md, "Two events of one kind").
 */
export const DEFAULT_YEAR_WEIGHT = 40;

/** Default {@link VectorOptions.yearMinShare}: chosen with {@link DEFAULT_YEAR_WEIGHT} (docs/compare.md, "Two events of one kind"). */
export const DEFAULT_YEAR_MIN_SHARE = 0.05;

export interface Vectors {
  readonly vectors: SparseVector[];
  /** Number of articles each term id occurs in. */
  readonly df: Int32Array;
  /** Term ids to their keys (for labels and debugging). */
  readonly vocabulary: string[];
  /** With a background: each term's df blended with it, and the articles counted (library plus background). */
  readonly blended?: { readonly df: Float64Array; readonly articles: number };
  /** With {@link VectorOptions.storedVectors}: each article's vector as {@link weighStored} weighs it for the postings. */
  readonly stored?: SparseVector[];
}

/**
 * Builds one sparse vector per article: sublinear tf (1 + ln tf) of content terms, times smoothed
 * idf (ln(1 + N / df)), names and headline words weighted up; terms found in one article only are dropped
 * (they cannot link two articles), and only the `topTerms` strongest terms are kept.
 */
export function buildVectors(
  articles: ReadonlyArray<{ readonly title: string; readonly text: string }>,
  options: VectorOptions = {},
  step?: CountStep
): Vectors {
  const { counts, vocabulary } = countTerms(articles, options, step);
  const df = new Int32Array(vocabulary.length);
  for (const c of counts) for (let k = 0; k < c.terms.length; k++) df[c.terms[k]!]!++;
  const background = options.background;
  const stored = (weighDf: Int32Array | Float64Array, n: number) =>
    options.storedVectors === true ? { stored: weighStored(counts, vocabulary, weighDf, n, options) } : {};
  if (background === undefined) {
    return {
      vectors: weighCounts(counts, vocabulary, df, articles.length, options),
      df,
      vocabulary,
      ...stored(df, articles.length)
    };
  }
  const blended = Float64Array.from(df, (d, t) => d + (background.df.get(vocabulary[t]!) ?? 0));
  const n = articles.length + background.articles;
  // NB: a term in one library article stays out however common it is in the background: it cannot link two articles.
  const vectors = weighCounts(counts, vocabulary, blended, n, options, df);
  return { vectors, df, vocabulary, blended: { df: blended, articles: n }, ...stored(blended, n) };
}

/**
 * The vectors a library keeps as postings to place later articles by (`story_terms`): weighed as
 * {@link weighCounts} weighs, but the terms only one article holds are kept, so the next report
 * of a new event finds the first by the names only the two of them share. A full grouping and
 * placement both store these.
 *
 * @example weighStored(counts, vocabulary, libraryDf, 21_578)
 */
export function weighStored(
  counts: readonly TermCounts[],
  vocabulary: readonly string[],
  df: Int32Array | Float64Array,
  n: number,
  options: Pick<VectorOptions, 'topTerms' | 'yearMinShare'> = {}
): SparseVector[] {
  return weighCounts(counts, vocabulary, df, n, options, new Int32Array(vocabulary.length).fill(2));
}

/**
 * The second half of {@link buildVectors}: term counts weighed into vectors with the given
 * document frequencies, the year terms' floored ({@link VectorOptions.yearMinShare} of `n`), the
 * `topTerms` strongest kept. Placement weighs new articles with the whole library's counts through
 * this too, so a placed vector is the one a full grouping gives the article.
 *
 * @param df articles holding each term id of `vocabulary`, `counts` included; @param n articles in all.
 * @param own articles holding each term among those that can be linked (the library's, without a
 *   background): a term in fewer than two is dropped. Default `df`.
 * @example weighCounts(counts, vocabulary, libraryDf, 21_578)
 */
export function weighCounts(
  counts: readonly TermCounts[],
  vocabulary: readonly string[],
  df: Int32Array | Float64Array,
  n: number,
  options: Pick<VectorOptions, 'topTerms' | 'yearMinShare'> = {},
  own: ArrayLike<number> = df
): SparseVector[] {
  const weigh = new TermWeigher(options.topTerms ?? 40);
  const weighDf = yearsFloored(df, vocabulary, Math.ceil((options.yearMinShare ?? DEFAULT_YEAR_MIN_SHARE) * n));
  return counts.map((c) => weigh.vector(c, weighDf, n, own));
}

/** `df` with each year term's count raised to at least `floor` (a copy; `df` itself when the floor is 0). */
function yearsFloored<T extends Int32Array | Float64Array>(df: T, vocabulary: readonly string[], floor: number): T {
  if (floor <= 0) return df;
  const floored = df.slice() as T;
  vocabulary.forEach((key, t) => {
    if (key.startsWith(YEAR_PREFIX) && floored[t]! < floor) floored[t] = floor;
  });
  return floored;
}

/** One article's weighted term counts: parallel arrays, terms in first-seen order. */
export interface TermCounts {
  readonly terms: Int32Array;
  readonly tfs: Float64Array;
}

/**
 * Told every {@link COUNT_STEP} articles how many have their terms counted; may throw to stop the
 * count (story grouping's signal, and its progress).
 */
export type CountStep = (done: number) => void;

/** Articles counted between two calls of a {@link CountStep}. */
export const COUNT_STEP = 256;

/**
 * Each article's weighted term counts (names and headline words weighted up), over a vocabulary
 * of the terms these articles hold: the first half of {@link buildVectors}, also used to place
 * new articles among stored vectors without reading the library again.
 */
export function countTerms(
  articles: ReadonlyArray<{ readonly title: string; readonly text: string }>,
  options: VectorOptions = {},
  step?: CountStep
): { counts: TermCounts[]; vocabulary: string[] } {
  const nameWeight = options.nameWeight ?? 2;
  const titleWeight = options.titleWeight ?? 1.5;
  const yearWeight = options.yearWeight ?? DEFAULT_YEAR_WEIGHT;
  const counter = new TermCounter();
  const counts = articles.map((a, i) => {
    if (step !== undefined && i > 0 && i % COUNT_STEP === 0) step(i);
    if (isNoNews(a.title) || isNoNews(a.text)) return counter.take();
    const title = { text: a.title, tokens: tokenize(a.title) };
    const body = { text: a.text, tokens: tokenize(a.text) };
    const names = writtenNames(title, body);
    // A brief that names no one counts no word (briefText.ts: test pages shared `page`, `footer`).
    addTerms(title, titleWeight, nameWeight, names, counter, termsOfBrief(title, body, names));
    addTerms(body, 1, nameWeight, names, counter, termsOfBrief(body, body, names));
    const year = yearWeight > 0 ? Math.max(latestYear(a.title), latestYear(a.text)) : 0;
    if (year > 0) counter.add(counter.termId(`${YEAR_PREFIX}${year}`), yearWeight);
    return counter.take();
  });
  return { counts, vocabulary: counter.vocabulary };
}

/**
 * Turns term counts into sparse vectors: sublinear tf (1 + ln tf) times smoothed idf
 * (ln(1 + N / df)), terms in one article only dropped, the `topTerms` strongest kept, L2-normalised.
 * Reuses its scratch arrays across articles. Not exported: {@link weighCounts} also floors the year terms.
 */
class TermWeigher {
  private order = new Int32Array(64);
  private scores = new Float64Array(64);

  constructor(private readonly topTerms: number) {}

  /**
   * @param df articles holding each term id, `counts` included; @param n articles in all.
   * @param own the library's own df when `df` is blended with a background (terms in one library article are dropped).
   */
  vector({ terms, tfs }: TermCounts, df: ArrayLike<number>, n: number, own: ArrayLike<number> = df): SparseVector {
    if (this.order.length < terms.length) {
      this.order = new Int32Array(terms.length * 2);
      this.scores = new Float64Array(terms.length * 2);
    }
    const { order, scores } = this;
    let m = 0;
    for (let k = 0; k < terms.length; k++) {
      const t = terms[k]!;
      if (own[t]! < 2) continue;
      // Smoothed idf: a term in every article still counts a little, so two articles alone can match.
      scores[k] = (1 + Math.log(tfs[k]!)) * Math.log(1 + n / df[t]!);
      order[m++] = k;
    }
    const ranked = order.subarray(0, m).sort((x, y) => scores[y]! - scores[x]! || terms[x]! - terms[y]!);
    const kept = ranked.subarray(0, Math.min(m, this.topTerms)).sort((x, y) => terms[x]! - terms[y]!);
    let sumSquares = 0;
    for (const k of kept) sumSquares += scores[k]! * scores[k]!;
    const norm = Math.sqrt(sumSquares) || 1;
    const vector = { terms: new Int32Array(kept.length), weights: new Float64Array(kept.length) };
    kept.forEach((k, i) => {
      vector.terms[i] = terms[k]!;
      vector.weights[i] = scores[k]! / norm;
    });
    return vector;
  }
}

/**
 * Term ids and one article's weighted counts at a time, in flat arrays: a library has tens of
 * thousands of articles and a map per article was most of the grouping's garbage.
 */
class TermCounter {
  readonly vocabulary: string[] = [];
  private readonly ids = new Map<string, number>();
  /** Folded word → term id, or -1 for a word that is no term; each word is keyed once as a word and once as a name. */
  private readonly words = new Map<string, number>();
  private readonly names = new Map<string, number>();
  private weight = new Float64Array(1024);
  private readonly seen: number[] = [];

  /** The term id of a folded word the article writes as a name or not (`storyTermKey`), or -1. */
  wordTerm(norm: string, asName: boolean): number {
    const cache = asName ? this.names : this.words;
    let id = cache.get(norm);
    if (id === undefined) {
      const key = termOf(norm, asName);
      id = key === null ? -1 : this.termId(key);
      cache.set(norm, id);
    }
    return id;
  }

  termId(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.vocabulary.length;
      this.ids.set(key, id);
      this.vocabulary.push(key);
      if (id >= this.weight.length) {
        const grown = new Float64Array(this.weight.length * 2);
        grown.set(this.weight);
        this.weight = grown;
      }
    }
    return id;
  }

  add(id: number, w: number): void {
    if (this.weight[id] === 0) this.seen.push(id);
    this.weight[id] = this.weight[id]! + w;
  }

  /** The counts added since the last take, and a clean slate. */
  take(): { terms: Int32Array; tfs: Float64Array } {
    const terms = Int32Array.from(this.seen);
    const tfs = new Float64Array(terms.length);
    for (let k = 0; k < terms.length; k++) {
      tfs[k] = this.weight[terms[k]!]!;
      this.weight[terms[k]!] = 0;
    }
    this.seen.length = 0;
    return { terms, tfs };
  }
}

/**
 * Adds a text's weighted term counts. A word is weighted as a name when it is capitalised and the
 * previous non-space character does not end a sentence or line; it is keyed as one when the
 * article writes it as a name (`names`, `writtenNames`). Two names in a row also add their pair as
 * a term (`tony_thompson`): two fights of one boxer differ by the opponent's full name more than
 * by any single word. With `only`, a word not in it counts as no term.
 */
function addTerms(
  { text, tokens }: TokenizedText,
  weight: number,
  nameWeight: number,
  names: ReadonlySet<string>,
  counter: TermCounter,
  only?: ReadonlySet<string>
): void {
  let previousName = -1;
  for (const t of tokens) {
    const id = only !== undefined && !only.has(t.norm) ? -1 : counter.wordTerm(t.norm, names.has(t.norm));
    if (id < 0) {
      previousName = -1;
      continue;
    }
    const name = isCapitalised(text, t.start, t.end) && !afterSentenceEnd(text, t.start);
    const w = name ? weight * nameWeight : weight;
    counter.add(id, w);
    if (name && previousName >= 0) counter.add(counter.termId(`${counter.vocabulary[previousName]}_${counter.vocabulary[id]}`), w);
    previousName = name ? id : -1;
  }
}

/** The term a folded word counts as, or null for stop words and numbers other than years (counts and times rarely tell two stories apart). */
function termOf(norm: string, asName: boolean): string | null {
  if (!isContentWord(norm)) return null;
  if (/^\d+$/.test(norm.replace(/[.,]/g, '')) && !/^(?:19|20)\d\d$/.test(norm)) return null;
  return storyTermKey(norm, asName);
}

/**
 * Phrases of software licences and of software documentation (a fenced code block): texts that are
 * no news but sit in folders of articles (README, LICENSE). In a small library their shared words
 * (software, licence, use, file) are rare enough to make them a "story"; 357 of 377 README and
 * LICENSE pairs of npm packages did among twelve news articles.
 */
const NO_NEWS = new RegExp(
  [
    'permission is hereby granted',
    'permission to use, copy, modify',
    'redistribution and use in source and binary forms',
    'the software is provided "as is"',
    'this software is provided (?:by .{1,80} )?"as is"',
    'gnu (?:lesser |affero )?general public license',
    'licensed under the apache license',
    'mozilla public license',
    'terms and conditions for use, reproduction,? and distribution',
    'cc0 1\\.0 universal',
    '^ {0,3}```'
  ].join('|'),
  'im'
);

/** True for a text that is no news: a software licence, or documentation with code blocks (its vector stays empty, so it joins no story). */
export function isNoNews(text: string): boolean {
  return NO_NEWS.test(text);
}

/**
 * The latest year (1900–2099) a text writes as a number of its own, or 0 when it writes none. A
 * time of day in the 24-hour form of wire copy (`at 2023 GMT`, `1930 local time`) is no year.
 *
 * @example latestYear('Posted 3/15/2019. The quake struck at 2023 GMT.') // 2019
 */
export function latestYear(text: string): number {
  let latest = 0;
  // Not a piece of a longer number (120145, 2019.5), but the end of a date written in numbers (16.03.2019).
  for (const m of text.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d|[.,]\d)/g)) {
    const year = Number(m[0]);
    if (year > latest && !isClockTime(m[0], text, m.index + 4)) latest = year;
  }
  return latest;
}

/**
 * A time zone or clock word right after a number (`GMT`, `BST`, `EDT`, `UTC`, `hrs`, `local time`).
 * NB: a year is followed by one too rarely to matter ("in 2013 GMT launched…"); a time read as a
 * year is common in wire copy and BBC reports, and it is the latest "year" they write: a report
 * of a 2019 event timed at 2023 GMT read as written in 2023 and joined that year's event.
 */
const CLOCK_AFTER = /^ ?(?:GMT|UTC|BST|WET|CES?T|EES?T|[ECMP][SD]T|AKST|HST|IST|JST|KST|HKT|SGT|A[ECW]S?[SD]T|NZ[SD]T|MSK|SAST|WAT|PKT|hrs|local time)\b/;

/** True when `digits` (four, ending at `end` in `text`) are an hour and minutes followed by a time zone or clock word. */
function isClockTime(digits: string, text: string, end: number): boolean {
  return Number(digits.slice(2)) < 60 && CLOCK_AFTER.test(text.slice(end, end + 12));
}
