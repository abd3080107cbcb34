/**
 * The same quote across sources: grouped even when translation or editing changed its wording,
 * with each wording's word diff against the most widely carried one, and quotes only one source has.
 */
import type { Token } from '@shared/text/tokens';
import { tokensOf } from '../analysis/tokenCache';
import { contentTerms, setOverlap } from '../analysis/terms';
import { inflectionStem } from '@shared/text/stem';
import { diffWords, isChanged, quoteWords, sameWord, type QuoteWord, type WordDiffPart } from '../analysis/tokenDiff';
import { UnionFind } from '../analysis/unionFind';
import { quoteSpeakers } from './quoteSpeakers';
import { extractQuotes, type Quote } from './quotes';

/** A text to look for quotes in. */
export interface QuoteSource {
  readonly id: string;
  readonly text: string;
}

/** Where one source carries a quote. Offsets are UTF-16 units into that source's text. */
export interface QuoteOccurrence {
  readonly sourceId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly speaker?: string;
}

/**
 * How a wording relates to the group's reference wording:
 * - `reference`: the wording most sources carry (ties: the earliest source given);
 * - `same`: the same words, written differently (`al-Sham`/`Al Sham`, `Jabbawi`/`Jabawi`);
 * - `excerpt`: part of the reference, cut at its start or end;
 * - `fuller`: the reference plus words before or after it;
 * - `altered`: words changed, added or dropped inside the quote.
 */
export type QuoteRelation = 'reference' | 'same' | 'excerpt' | 'fuller' | 'altered';

/** One wording of a quote and the sources that print it so. */
export interface QuoteVariant {
  readonly text: string;
  readonly sourceIds: string[];
  readonly relation: QuoteRelation;
  /** Word diff from the reference wording to this one; empty for the reference. */
  readonly diff: WordDiffPart[];
}

/** One quote as carried by one or more sources. */
export interface QuoteGroup {
  /** `q1`, `q2`… in order of first appearance. */
  readonly id: string;
  /** Sources carrying the quote, in the order the sources were given. One source: only it has the quote. */
  readonly sourceIds: string[];
  readonly occurrences: QuoteOccurrence[];
  readonly variants: QuoteVariant[];
  /**
   * Whether some source changed the wording inside the quote: a variant is `altered` and printed by
   * a source that does not also print the reference wording.
   */
  readonly altered: boolean;
  /**
   * Who the sources say said it, one name per person (`quoteSpeakers`: apostrophes and titles
   * do not make a second speaker); each occurrence keeps its speaker as written.
   */
  readonly speakers: string[];
}

/** Tuning of {@link groupQuotes}; the defaults were set by reading the seeds. */
export interface GroupQuotesOptions {
  /** Minimum Dice overlap of two quotes' words to be one quote. Default 0.5. */
  readonly minDice?: number;
  /** Minimum share of the shorter quote found in the longer one (an excerpt). Default 0.8. */
  readonly minContainment?: number;
  /**
   * Minimum overlap of the words around two quotes for weakly similar quotes to be one quote
   * (`had not produced "any results" because` / `had given "no results" because`). Default 0.5.
   */
  readonly minContext?: number;
}

interface Item {
  readonly source: number;
  readonly quote: Quote;
  readonly words: QuoteWord[];
  readonly stems: string[];
  /** Three-letter openings of each word's stem and of its spelling key: words that match loosely share one. */
  readonly stemOpenings: string[];
  readonly keyOpenings: string[];
  readonly openings: ReadonlySet<string>;
  readonly key: string;
  readonly context: ReadonlySet<string>;
}

/** Words either side of a quote that make its context. */
const CONTEXT_WORDS = 10;

/**
 * Finds the quotes of every source and groups the same quote across sources.
 *
 * Two quotes are one when their words overlap enough (Dice ≥ `minDice`, with light stemming and
 * prefix matching so `threat`/`Threatened` meet), when one is an excerpt of the other, or when
 * they overlap somewhat and stand in the same words (`minContext`), which is how translations
 * drift. Very short quotes (one or two words) must match word for word or by context.
 *
 * @example groupQuotes([{id: 'a', text: '"No talks under threat," it said.'}, {id: 'b', text: '"No threatened talks," it said.'}])
 */
export function groupQuotes(sources: readonly QuoteSource[], options: GroupQuotesOptions = {}): QuoteGroup[] {
  const minDice = options.minDice ?? 0.5;
  const minContainment = options.minContainment ?? 0.8;
  const minContext = options.minContext ?? 0.5;
  const items = sources.flatMap((s, source) => itemsOf(s.text, source));
  const uf = new UnionFind(items.length);
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      if (a.source === b.source ? a.key === b.key : sameQuote(a, b, minDice, minContainment, minContext)) uf.union(i, j);
    }
  }
  const groups = uf.groups().map((g) => g.map((i) => items[i]!));
  groups.sort((x, y) => firstOf(x) - firstOf(y));
  return groups.map((g, n) => toGroup(`q${n + 1}`, g, sources));
}

function itemsOf(text: string, source: number): Item[] {
  const tokens = tokensOf(text);
  return extractQuotes(text).map((quote) => {
    const words = quoteWords(quote.text);
    const stems = words.map((w) => inflectionStem(w.norm));
    const stemOpenings = stems.map((x) => `s${x.slice(0, 3)}`);
    const keyOpenings = words.map((w) => `v${w.variant.slice(0, 3)}`);
    const openings = new Set([...stemOpenings, ...keyOpenings]);
    const context = new Set(contextTerms(text, tokens, quote));
    return { source, quote, words, stems, stemOpenings, keyOpenings, openings, key: wordingKey(words), context };
  });
}

/** One key per wording: spelling and hyphenation do not make a new wording. */
function wordingKey(words: readonly QuoteWord[]): string {
  return words.map((w) => w.variant).join(' ');
}

/** Content terms of the words just outside the quote, in the same paragraph. */
function contextTerms(text: string, tokens: readonly Token[], q: Quote): string[] {
  const lineStart = text.lastIndexOf('\n', q.start - 1) + 1;
  const nl = text.indexOf('\n', q.end);
  const lineEnd = nl === -1 ? text.length : nl;
  const first = firstAtOrAfter(tokens, q.start);
  const next = firstAtOrAfter(tokens, q.end);
  const before = tokens.slice(Math.max(0, first - CONTEXT_WORDS), first).filter((t) => t.start >= lineStart);
  const after = tokens.slice(next, next + CONTEXT_WORDS).filter((t) => t.end <= lineEnd);
  return contentTerms([...before, ...after]);
}

/** Index of the first token starting at or after `offset` (binary search; tokens are sorted). */
function firstAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sameQuote(a: Item, b: Item, minDice: number, minContainment: number, minContext: number): boolean {
  const na = a.words.length;
  const nb = b.words.length;
  if (na === 0 || nb === 0) return false;
  const short = Math.min(na, nb);
  const long = Math.max(na, nb);
  // Cheap bound first: most quote pairs share almost nothing.
  const bound = sharedBound(a, b);
  if (short <= 2 ? bound < 1 : bound / short < minContainment && (2 * bound) / (na + nb) < Math.min(minDice, 0.3)) return false;
  const shared = fuzzyShared(a, b);
  const dice = (2 * shared) / (na + nb);
  const context = () => setOverlap(a.context, b.context).dice;
  if (short <= 2) {
    // A one- or two-word quote matches word for word, unless the words around it say it is the same.
    if (long > 2 * short + 1) return false;
    return shared === short || (shared >= 1 && context() >= minContext);
  }
  return dice >= minDice || (shared / short >= minContainment && short >= 4) || (dice >= 0.3 && context() >= minContext);
}

/** At least as many as {@link fuzzyShared}: words of `a` sharing a stem or spelling-key opening with some word of `b`. */
function sharedBound(a: Item, b: Item): number {
  let n = 0;
  for (let k = 0; k < a.words.length; k++) {
    if (b.openings.has(a.stemOpenings[k]!) || b.openings.has(a.keyOpenings[k]!)) n++;
  }
  return n;
}

/** Words of `a` matched one to one with words of `b`, loosely: stems, prefixes, name spellings. */
function fuzzyShared(a: Item, b: Item): number {
  const used = new Uint8Array(b.words.length);
  let shared = 0;
  for (let i = 0; i < a.words.length; i++) {
    for (let j = 0; j < b.words.length; j++) {
      if (used[j] === 0 && looseWord(a.words[i]!, b.words[j]!, a.stems[i]!, b.stems[j]!)) {
        used[j] = 1;
        shared++;
        break;
      }
    }
  }
  return shared;
}

/** `threat`/`Threatened`, `weapons`/`weapon`, `failed`/`fail`: one word for grouping purposes. */
function looseWord(a: QuoteWord, b: QuoteWord, x: string, y: string): boolean {
  if (x === y || sameWord(a, b)) return true;
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  return s.length >= 4 && l.startsWith(s) && l.length - s.length <= 4;
}

function firstOf(group: readonly Item[]): number {
  return Math.min(...group.map((i) => i.source * 1e9 + i.quote.start));
}

function toGroup(id: string, items: Item[], sources: readonly QuoteSource[]): QuoteGroup {
  items.sort((x, y) => x.source - y.source || x.quote.start - y.quote.start);
  const sourceIds = [...new Set(items.map((i) => i.source))].map((s) => sources[s]!.id);
  const occurrences = items.map((i) => occurrence(sources[i.source]!.id, i.quote));

  const byKey = new Map<string, { text: string; sources: Set<number>; first: number; length: number }>();
  for (const i of items) {
    const v = byKey.get(i.key);
    if (v === undefined)
      byKey.set(i.key, { text: i.quote.text, sources: new Set([i.source]), first: i.source, length: i.words.length });
    else v.sources.add(i.source);
  }
  const wordings = [...byKey.values()].sort(
    (x, y) => y.sources.size - x.sources.size || x.first - y.first || y.length - x.length
  );
  const reference = wordings[0]!;
  const variants = wordings.map((w): QuoteVariant => {
    const ids = [...w.sources].sort((x, y) => x - y).map((s) => sources[s]!.id);
    if (w === reference) return { text: w.text, sourceIds: ids, relation: 'reference', diff: [] };
    const diff = diffWords(reference.text, w.text);
    return { text: w.text, sourceIds: ids, relation: relationOf(diff), diff };
  });
  // A source printing both wordings (a headline shortening its own quote) has not altered it.
  const referenceIds = new Set(variants[0]!.sourceIds);
  const altered = variants.some((v) => v.relation === 'altered' && v.sourceIds.some((s) => !referenceIds.has(s)));
  const speakers = quoteSpeakers(occurrences.flatMap((o) => (o.speaker === undefined ? [] : [o.speaker])));
  return { id, sourceIds, occurrences, variants, altered, speakers };
}

function occurrence(sourceId: string, q: Quote): QuoteOccurrence {
  const o = { sourceId, start: q.start, end: q.end, text: q.text };
  return q.speaker === undefined ? o : { ...o, speaker: q.speaker };
}

/** Reads the relation off the diff: changes only at the ends are cuts or additions, not alterations. */
function relationOf(diff: readonly WordDiffPart[]): QuoteRelation {
  if (!isChanged(diff)) return 'same';
  const inner = diff.slice(1, -1);
  const ends = [diff[0]!, diff[diff.length - 1]!].filter((p) => p.op !== 'same');
  if (inner.some((p) => p.op !== 'same')) return 'altered';
  if (ends.every((p) => p.op === 'removed')) return 'excerpt';
  if (ends.every((p) => p.op === 'added')) return 'fuller';
  return 'altered';
}
