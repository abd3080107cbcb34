import { bracketedMatches, type Bracketed } from './bracket';
import { refineEdges } from './edges';
import { gramIndex, type GramIndex } from './grams';
import { LONG_QUOTE, exactMatches, fuzzyMatches, type Match } from './fuzzy';
import { normalizeWithMap, toOriginal, type NormalizedText } from './normalize';
import { hashText, type TextAnchor } from './selectors';
import { contextSimilarity, editDistance } from './similarity';

/**
 * Weights of a place's score. An exact place is weighed mostly on its quote; a fuzzy one mostly on
 * its context: a passage reworded where it stood keeps its neighbours, while a look-alike elsewhere
 * (another outlet's wording, a recap in a follow-up) has the words but not the neighbours.
 */
const WEIGHT_EXACT = { quote: 0.5, context: 0.4, position: 0.1 } as const;
const WEIGHT_FUZZY = { quote: 0.35, context: 0.55, position: 0.1 } as const;
/** Fuzzy matching allows this many edits per code unit of the quote (Hypothesis: half). */
const MAX_ERROR_RATE = 0.5;
/** Shorter quotes are matched exactly only: a typo'd short word cannot be told from another word. */
const MIN_FUZZY_LENGTH = 8;
/**
 * Longer quotes (a highlight over a whole long article) are matched exactly only: checking one of
 * 10,000+ units whole costs seconds (Myers keeps L/32 words per character; a 70,000-unit highlight
 * with three letters changed took 18 s, and re-anchoring runs inside the import's transaction),
 * and a passage that long is either still there, moved, or better re-made by hand.
 */
const MAX_FUZZY_LENGTH = 10_000;
/** Exact places weighed at most (a one-letter highlight could otherwise occur thousands of times). */
const MAX_EXACT = 1000;
/** Fuzzy places whose edges are re-aligned (the best-scoring ones). */
const REFINED = 5;
/** Both contexts at least this alike: the exact place is taken without a fuzzy search. */
const SURE_CONTEXT = 0.8;
/** Exact quotes up to this long (code units) get no credit for being specific: short phrases recur. */
const UNSPECIFIC_LENGTH = 16;
/** From this long on, an exact quote gets full credit. */
const SPECIFIC_LENGTH = 64;
/** How much of the missing context a fully specific exact quote makes up for. */
const SPECIFIC_CREDIT = 0.8;

/** A text prepared once for anchoring many highlights in it: hashed and normalised on first need. */
export interface PreparedText {
  readonly text: string;
  readonly hash: () => string;
  readonly norm: () => NormalizedText;
  /** The normalised text's 4-gram index, built on the first fuzzy search. */
  readonly grams: () => GramIndex;
}

/** The best place for a highlight in the original text's units, and the best score of a place apart from it. */
export interface Ranked {
  /** Undefined when the quote matched nowhere (or is empty). */
  readonly best?: {
    readonly start: number;
    readonly end: number;
    readonly score: number;
    /** Unchanged wording (up to normalisation) at the old position, elsewhere, or fuzzy. */
    readonly kind: 'placed' | 'moved' | 'changed';
  };
  /** Best score among places not overlapping the best; -Infinity when there is none. */
  readonly rival: number;
}

/** Wraps a text for {@link rankPlaces}, computing its hash and normalised copy lazily, once. */
export function prepareText(text: string): PreparedText {
  let hash: string | undefined;
  let norm: NormalizedText | undefined;
  let grams: GramIndex | undefined;
  const normalized = (): NormalizedText => (norm ??= normalizeWithMap(text));
  return { text, hash: () => (hash ??= hashText(text)), norm: normalized, grams: () => (grams ??= gramIndex(normalized().text)) };
}

/**
 * Ranks the places a highlight could now be, independent of thresholds (`anchor` applies them, and
 * the benchmark applies many from one ranking): the stored position when the text is unchanged or
 * the quote is still there with its exact context, else exact and fuzzy matches of the normalised
 * quote in the normalised text, each scored 0–1 by quote, prefix, suffix and distance moved.
 */
export function rankPlaces(prepared: PreparedText, target: TextAnchor): Ranked {
  const { text } = prepared;
  const { exact, prefix, suffix } = target.quote;
  const { start, end } = target.position;
  // NB: stored offsets come from a database row: only whole, in-range ones are looked at.
  const inRange = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length;
  const there = inRange && text.slice(start, end) === exact;
  if (there && target.textHash === prepared.hash()) return { best: { start, end, score: 1, kind: 'placed' }, rival: -Infinity };
  if (there && exact.length > 0 && start >= prefix.length && text.slice(start - prefix.length, start) === prefix && text.slice(end, end + suffix.length) === suffix) {
    return { best: { start, end, score: 1, kind: 'placed' }, rival: -Infinity };
  }
  const quote = normalizeQuote(prefix, exact, suffix);
  if (quote.exact.length === 0) return { rival: -Infinity };
  const norm = prepared.norm();
  const score = (m: Match): Scored => scorePlace(m, quote, norm, text.length, start);
  let places = exactMatches(norm.text, quote.exact, MAX_EXACT)
    .filter((m) => keepsWordEdges(norm.text, m, quote))
    .map(score);
  // NB: a sure place far from the old one may be a repeat of the passage (a standfirst repeated in
  // the body) while the highlighted copy was edited: then the fuzzy search runs too.
  const near = Math.max(200, text.length / 10);
  const sure = places.some((p) => p.prefix >= SURE_CONTEXT && p.suffix >= SURE_CONTEXT && Math.abs(norm.start[p.start]! - start) <= near);
  if (!sure && quote.exact.length >= MIN_FUZZY_LENGTH && quote.exact.length <= MAX_FUZZY_LENGTH) {
    const fuzzy = fuzzyMatches(norm.text, quote.exact, Math.floor(quote.exact.length * MAX_ERROR_RATE), prepared.grams())
      .map(score)
      .sort((a, b) => b.score - a.score);
    // The matcher's cheapest match may stop short of words added at the quote's edge, and then its
    // context looks wrong too: the leading places get their edges re-aligned and are scored again.
    const refined = fuzzy.slice(0, REFINED).map((p) => score(refine(p, quote, norm.text)));
    // Words inserted into or removed from a short highlight can be beyond the matcher's budget;
    // its neighbours, still in place on both sides, find it (bracket.ts). Only when its words are
    // nowhere as they were: beside an exact place, the span between the neighbours is the
    // highlight plus the words added next to it.
    const bracketed = places.length === 0 ? bracketedMatches(norm.text, quote.prefix, quote.exact, quote.suffix).map(score) : [];
    places = places.concat(refined, fuzzy.slice(REFINED), bracketed);
  }
  let best: Scored | undefined;
  for (const p of places) if (best === undefined || p.score > best.score) best = p;
  if (best === undefined) return { rival: -Infinity };
  // NB: places overlapping the best are the same place found with other edges, not rivals.
  let rival = -Infinity;
  for (const p of places) if ((p.end <= best.start || p.start >= best.end) && p.score > rival) rival = p.score;
  const at = toOriginal(norm, best.start, best.end, text.length);
  const kind = best.errors > 0 ? 'changed' : at.start === start && at.end === end ? 'placed' : 'moved';
  return { best: { ...at, score: best.score, kind }, rival };
}

// One character's test, as selectors.ts cuts a stored context at word edges (see there).
const WORD = /[\p{L}\p{N}]/u;

/**
 * False when an exact place cuts a word the highlight did not cut: "shares posted a" inside
 * "shares posted although" is the start of another word, not the highlight (the fuzzy search
 * finds the reworded place instead).
 */
function keepsWordEdges(text: string, m: Match, quote: NormalQuote): boolean {
  const isWord = (c: string | undefined): boolean => c !== undefined && WORD.test(c);
  const startsWord = isWord(quote.exact[0]) && !isWord(quote.prefix[quote.prefix.length - 1]);
  const endsWord = isWord(quote.exact[quote.exact.length - 1]) && !isWord(quote.suffix[0]);
  return !(startsWord && isWord(text[m.start - 1])) && !(endsWord && isWord(text[m.end]));
}

/** A fuzzy match with its edges re-aligned to the stored context, its errors counted again for the new span. */
function refine(m: Match, quote: NormalQuote, text: string): Match {
  // NB: words added at an edge can be longer than the errors the matcher counted (it may have
  // cut the quote short instead), so the edges may move by more than those errors.
  const edges = refineEdges(text, m.start, m.end, quote.exact, quote.prefix, quote.suffix, Math.min(64, 2 * m.errors + 16));
  if (edges.start === m.start && edges.end === m.end) return m;
  const span = text.slice(edges.start, edges.end);
  // NB: long quotes keep the matcher's count: a full edit distance is quadratic in their length.
  const errors = quote.exact.length <= LONG_QUOTE ? editDistance(quote.exact, span) : m.errors;
  return { start: edges.start, end: edges.end, errors: Math.max(errors, 1) };
}

/** A place in the normalised text, scored, with its context likeness kept for the fuzzy decision. */
interface Scored extends Match {
  readonly score: number;
  readonly prefix: number;
  readonly suffix: number;
}

interface NormalQuote {
  readonly prefix: string;
  readonly exact: string;
  readonly suffix: string;
}

/** Normalises prefix, quote and suffix together (a whitespace run across their edges stays one space). */
function normalizeQuote(prefix: string, exact: string, suffix: string): NormalQuote {
  const whole = normalizeWithMap(prefix + exact + suffix);
  let a = 0;
  while (a < whole.start.length && whole.start[a]! < prefix.length) a++;
  let b = a;
  while (b < whole.start.length && whole.start[b]! < prefix.length + exact.length) b++;
  return { prefix: whole.text.slice(0, a), exact: whole.text.slice(a, b), suffix: whole.text.slice(b) };
}

function scorePlace(m: Match, quote: NormalQuote, norm: NormalizedText, length: number, oldStart: number): Scored {
  const prefix = contextSimilarity(quote.prefix, norm.text, m.start, 'prefix');
  const suffix = contextSimilarity(quote.suffix, norm.text, m.end, 'suffix');
  // Between unchanged neighbours, a highlight is as alike as the words it kept (letters would count
  // an inserted word against it as much as a changed one).
  const letters = Math.max(0, 1 - m.errors / quote.exact.length);
  const quoteSim = 'wordLikeness' in m ? Math.max(letters, (m as Bracketed).wordLikeness) : letters;
  // A long quote found word for word is unlikely to recur by chance, so a moved paragraph (its
  // context all new) still anchors; a fuzzy match gets no such credit: without its context it is
  // a look-alike (another outlet's wording, a follow-up's recap), the misplacement to avoid.
  const specific = Math.min(1, Math.max(0, (quote.exact.length - UNSPECIFIC_LENGTH) / (SPECIFIC_LENGTH - UNSPECIFIC_LENGTH)));
  const credit = m.errors === 0 ? SPECIFIC_CREDIT * specific : 0;
  const lift = (c: number): number => c + (1 - c) * credit;
  const at = m.start < norm.start.length ? norm.start[m.start]! : length;
  // A stored start that is not a number tells nothing about where the passage went.
  const position = Number.isFinite(oldStart) ? 1 - Math.min(1, Math.abs(at - oldStart) / Math.max(1, length)) : 0.5;
  const w = m.errors === 0 ? WEIGHT_EXACT : WEIGHT_FUZZY;
  const score = w.quote * quoteSim + (w.context * (lift(prefix) + lift(suffix))) / 2 + w.position * position;
  return { ...m, score, prefix, suffix };
}
