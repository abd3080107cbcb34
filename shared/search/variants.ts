import { foldText } from '@shared/text/fold';
import { boundedDistance } from './editDistance';
import {
  STRICT_VARIANT_COSTS,
  letterDistance,
  prefixDistances,
  spellingLetters,
  spellingSkeleton,
  variantCostsFor,
  variantScore
} from './spellingVariant';

/** A word of the index with the number of documents it occurs in. */
export interface VocabularyWord {
  readonly word: string;
  readonly df: number;
}

/** A word of the index worth searching along with the one typed. */
export interface Variant {
  /**
   * The word as the index holds it: what to put in the FTS5 query. A name the index holds in two
   * parts (`Dar'a` as `dar` and `a`) is the parts joined by an apostrophe (`dar'a`), which FTS5
   * reads as the phrase `"dar a"`.
   */
  readonly word: string;
  /** Articles holding the word; for two parts joined, those holding the first (at most that many hold both). */
  readonly df: number;
  /** The same word once folded (case, diacritics, apostrophes): rank it with the typed word. */
  readonly exact: boolean;
  /**
   * - `exact`: the typed word itself (`Sharqīyah` → `sharqiyah`).
   * - `spelling`: a transliteration variant by `isSpellingVariant` (`Deraa` → `daraa`,
   *   `Qaddafi` → `kadhafi`), both names when {@link VariantOptions.isName} says so; or a name
   *   written with an apostrophe, held by the index in two parts (`Deraa` → `dar'a`).
   * - `typo`: one or two edits away (`negotiatons` → `negotiations`).
   */
  readonly kind: 'exact' | 'spelling' | 'typo';
  /** Edits from the folded typed word: 0 for exact, the Damerau–Levenshtein distance otherwise. */
  readonly distance: number;
}

/** Tuning of {@link VariantIndex.find}; every field has a default. */
export interface VariantOptions {
  /**
   * Typos allowed for a folded word of a given length. Default: none below 5 letters, 1 for 5–7,
   * 2 from 8 on. Short words have too many neighbours for a typo to be guessed.
   *
   * @example index.find('jordan', { maxTypos: () => 0 }) // spelling variants only
   */
  readonly maxTypos?: (length: number) => number;
  /**
   * A typed word found in at least this many documents is taken as spelled on purpose: it still
   * gets spelling variants, but no typos (`strikes`, found in 40 articles, should not also bring in
   * `stripes`). Default 2; `Infinity` always looks for typos. A word found that {@link VariantOptions.isName}
   * says is a name gets no typos either, whatever its count.
   */
  readonly knownWordDf?: number;
  /** Shortest folded word that gets, or is, a spelling variant: `Deraa` is not `Dr`. Default 4. */
  readonly minSpellingLength?: number;
  /**
   * Whether a word of the index is written as a name in this library (capitalised in running
   * text). When given, spelling variants are only proposed between names: `Deraa` is a respelling
   * of `Daraa`, never of `dairy` or `dare`, though all share a transliteration key. Answer
   * `undefined` when unknown (the word is not in the library): it is then not held against a pair.
   * Default: every word may be a name.
   *
   * It is also asked about two words of the index joined by an apostrophe (`dar'a`): whether the
   * library writes them so, as a name (`Dar'a`, which the index holds as `dar` and `a`). Only a
   * `true` answer makes such a pair a variant; without this option none is proposed.
   */
  readonly isName?: (word: string) => boolean | undefined;
  /**
   * Whether two names of the index are one name in this library by what surrounds them: among the
   * same other names (`Kerry` and `Gerry` pass every other test but are two people), and not
   * written into different full names (`Jerzy Dudek`, `Luis Garcia`): `sharesContextIn` in
   * electron/library/search/nameContext.ts. `undefined` when there is no evidence either way; then
   * the pair is kept. Default: no evidence asked.
   */
  readonly related?: (a: string, b: string) => boolean | undefined;
  /** Most variants returned besides the exact ones, best first. Default 8. */
  readonly limit?: number;
}

const PLAIN = /^[a-z0-9]*$/;

/**
 * What follows an apostrophe in English words, not in names: `Syria's`, `don't`, `he'd`, `we'll`,
 * `they're`, `I've`, `I'm`. Never the second part of an apostrophe name.
 */
const CONTRACTIONS = new Set(['s', 't', 'd', 'll', 're', 've', 'm']);
/** Longest second part of an apostrophe name: `Dar'a`, `Qur'an`, `Shi'ite`, `Mu'ammar`. */
const MAX_TAIL = 5;
/**
 * Most apostrophe names asked of the library per query word, closest first. One the library never
 * writes costs a phrase search that finds nothing (`de'raa`: letters alike, no such text); one
 * whose words it holds in a row costs reading up to 30 articles (`dare a` in "would dare a…"),
 * unless its first word is no name.
 */
const MAX_JOINED_CHECKS = 8;
/** A second part: lower-case letters with a vowel among them (`h` of `Mohammed'h` is none). */
const TAIL = /^(?=[a-z]*[aeiouy])[a-z]{1,5}$/;
const VOWEL = /^[aeiouy]/;
const HEAD = /^\p{L}{2,}$/u;
const defaultMaxTypos = (length: number): number => (length < 5 ? 0 : length < 8 ? 1 : 2);

/**
 * The vocabulary of the library, indexed to find spelling and transliteration variants of a
 * query word quickly. Build it once per vocabulary (e.g. from an `fts5vocab` table:
 * `SELECT term AS word, doc AS df FROM articles_vocab`) and keep it while the library is unchanged.
 *
 * Three look-ups:
 * - by {@link spellingSkeleton}, a hash map from consonant skeleton to words: `Deraa`, `Daraa`,
 *   `Darʿa` share one, and so do `dairy` and `Busra`/`Basra`; each candidate is then weighed by
 *   {@link variantScore} (a transliteration-aware edit distance) and by whether both are names.
 * - by the same map split in two, for a name the index holds as two words (`Dar'a`: `dar`, `a`):
 *   a word whose skeleton begins the query's, then a short word (indexed by skeleton too) holding
 *   the rest; the library's text must show them joined by an apostrophe, as a name.
 * - by edit distance, for typos. Words are kept sorted by length with a 32-bit letter mask each,
 *   so a query only visits words of length ±2, skips at once those with more than 2 letters the
 *   query lacks (or lacking more than 2 of its letters), and runs the bounded distance on the rest.
 *   That is a few milliseconds for 200k words and costs a 4-byte mask per word beyond the strings.
 *   A deletion-neighbourhood index (SymSpell) would be faster still, but stores ~L²/2 strings per
 *   word for 2 edits: hundreds of megabytes for a vocabulary this size.
 *
 * Building takes about a second for 200k words (mostly the skeletons): do it once when the library
 * opens and again after an import, not per query.
 *
 * @example
 * const index = new VariantIndex([{ word: 'daraa', df: 40 }, { word: 'deraa', df: 12 }, { word: 'negotiations', df: 30 }]);
 * index.find('Deraa')       // [{ word: 'deraa', exact: true, … }, { word: 'daraa', kind: 'spelling', … }]
 * index.find('negotiatons') // [{ word: 'negotiations', kind: 'typo', distance: 1, … }]
 * // A Map of word → df works too: new VariantIndex(new Map([['daraa', 40]]))
 */
export class VariantIndex {
  private readonly words: string[] = [];
  private readonly folded: string[] = [];
  /** Each word's {@link spellingLetters}; the folded string itself where they are the same (most words). */
  private readonly letters: string[] = [];
  private readonly dfs: number[] = [];
  private readonly masks: Uint32Array;
  /** `byLength[L]` is the first position of a word of folded length L (and `byLength[L + 1]` ends them). */
  private readonly byLength: Int32Array;
  private readonly byKey = new Map<string, number[]>();
  /** Short lower-case words that can follow an apostrophe in a name (`a` of `Dar'a`), by skeleton. */
  private readonly tailsByKey = new Map<string, number[]>();

  constructor(vocabulary: Iterable<VocabularyWord | readonly [string, number]>) {
    const entries: Array<{ word: string; folded: string; df: number }> = [];
    for (const entry of vocabulary) {
      const [word, df] = isTuple(entry) ? entry : [entry.word, entry.df];
      // Most index words are already plain lower-case ASCII: skip the Unicode normalisation.
      const folded = PLAIN.test(word) ? word : foldText(word);
      if (folded !== '') entries.push({ word, folded, df });
    }
    entries.sort((x, y) => x.folded.length - y.folded.length);
    const longest = entries.at(-1)?.folded.length ?? 0;
    this.masks = new Uint32Array(entries.length);
    this.byLength = new Int32Array(longest + 2);
    for (let len = 0, i = 0; len <= longest + 1; len++) {
      while (i < entries.length && (entries[i]?.folded.length ?? 0) < len) i++;
      this.byLength[len] = i;
    }
    entries.forEach((e, i) => {
      this.words.push(e.word);
      this.folded.push(e.folded);
      this.dfs.push(e.df);
      this.masks[i] = letterMask(e.folded);
      const letters = spellingLetters(e.folded);
      this.letters.push(letters === e.folded ? e.folded : letters);
      const key = spellingSkeleton(letters);
      const list = this.byKey.get(key);
      if (list) list.push(i);
      else this.byKey.set(key, [i]);
      if (e.folded.length <= MAX_TAIL && TAIL.test(e.folded) && !CONTRACTIONS.has(e.folded)) {
        const tails = this.tailsByKey.get(key);
        if (tails) tails.push(i);
        else this.tailsByKey.set(key, [i]);
      }
    });
  }

  /** Number of words indexed. */
  get size(): number {
    return this.words.length;
  }

  /**
   * The words of the index to search for `word`: exact matches first, then the others by edit
   * distance, a spelling variant before a typo at the same distance, then by document frequency.
   *
   * @example new VariantIndex([['jabbawi', 3]]).find('Jabawi') // [{ word: 'jabbawi', kind: 'spelling', exact: false, distance: 1, df: 3 }]
   */
  find(word: string, options: VariantOptions = {}): Variant[] {
    const query = foldText(word);
    if (query === '') return [];
    const found = new Map<number, Variant>();
    const add = (i: number, kind: Variant['kind'], distance: number): void => {
      if (!found.has(i))
        found.set(i, {
          word: this.words[i] as string,
          df: this.dfs[i] as number,
          exact: kind === 'exact',
          kind,
          distance
        });
    };

    const queryIsName = options.isName?.(query) !== false;
    const queryLetters = spellingLetters(query);
    const minLength = options.minSpellingLength ?? 4;
    for (const i of this.byKey.get(spellingSkeleton(queryLetters)) ?? []) {
      const candidate = this.folded[i] as string;
      const candidateLetters = this.letters[i] as string;
      if (candidate === query) add(i, 'exact', 0);
      else if (
        queryLetters.length >= minLength &&
        candidateLetters.length >= minLength &&
        // NB: letters only: `a300s` is no respelling of `Aaas`, though its letters are `as`.
        !/\p{N}/u.test(candidate) &&
        isCloseEnough(query, queryLetters, candidate, candidateLetters) &&
        // NB: a common word shares its letters' shape with names (Deraa/dairy/dare): both must be names.
        queryIsName &&
        options.isName?.(this.words[i] as string) !== false &&
        options.related?.(query, this.words[i] as string) !== false
      ) {
        add(i, 'spelling', boundedDistance(query, candidate, Math.max(query.length, candidate.length)));
      }
    }

    const joined =
      queryIsName && options.isName && queryLetters.length >= minLength
        ? this.findJoined(query, queryLetters, minLength, options)
        : [];

    const knownDf = [...found.values()].filter((v) => v.exact).reduce((sum, v) => sum + v.df, 0);
    const max = (options.maxTypos ?? defaultMaxTypos)(query.length);
    // NB: a word the library writes as a name is spelled on purpose, however rare: `Rover` in one
    // article is no typo of `river`, nor `Busra` of `Basra`.
    if (max > 0 && knownDf < (options.knownWordDf ?? 2) && !(knownDf > 0 && options.isName?.(query) === true))
      this.addTypos(query, max, add);

    // Closest first: a one-letter typo is a better guess than a three-letter transliteration.
    const rank = { exact: 0, spelling: 1, typo: 2 };
    const sorted = [...found.values(), ...joined].sort(
      (x, y) => x.distance - y.distance || rank[x.kind] - rank[y.kind] || y.df - x.df || (x.word < y.word ? -1 : 1)
    );
    const exact = sorted.filter((v) => v.exact);
    return [...exact, ...sorted.filter((v) => !v.exact).slice(0, options.limit ?? 8)];
  }

  /**
   * Names the library writes with an apostrophe that are spellings of the query (`Dar'a` for
   * `Deraa`). FTS5 holds `Dar'a` as two words, `dar` and `a`, so no one word of the index is it:
   * each word whose skeleton begins the query's (`dar`), followed by a short lower-case word
   * holding the rest of it (`a`: at most {@link MAX_TAIL} letters, a vowel among them, no
   * contraction), is a candidate; the letters decide as for one word, and then the library's text
   * must show the two joined by an apostrophe, written as a name ({@link VariantOptions.isName} of
   * `dar'a`), among the query's names ({@link VariantOptions.related}). NB: the first word is asked
   * first (one word, and often asked already): `dare` is no name, so "would dare a…" is never read.
   *
   * NB: a skeleton of one consonant begins hundreds of words (`k`: go, key, age…), each a possible
   * first part, and an empty one dozens of second parts (`a`, `ah`, `you`…): each part is weighed
   * against a beginning or an end of the query's letters first, and only parts whose costs add up
   * to little are joined and weighed whole (Kerry took 1.4 s in an 87k-word vocabulary without it).
   */
  private findJoined(query: string, queryLetters: string, minLength: number, options: VariantOptions): Variant[] {
    const isName = options.isName as (word: string) => boolean | undefined;
    // NB: the strict costs, not the looser ones of one word: a looser budget would join many more
    // parts (each weighed whole, and up to 8 asked of the library) for names that are rare.
    const costs = STRICT_VARIANT_COSTS;
    const key = spellingSkeleton(queryLetters);
    // The most a whole spelling may differ; a first part is given a closing vowel's worth more,
    // since its last vowels, final in it, are not final in the name.
    const budget = Math.min(costs.maxDistance, costs.threshold * (queryLetters.length + 2));
    // The parts are weighed apart, against a beginning and the rest of the query's letters: their
    // sum misses the whole's cost by a little (a part's last vowels are final in it, not in the
    // name), so it is given this much more before the whole is weighed.
    const slack = costs.finalVowel - costs.vowelIndel + costs.vowelSameClass;
    const candidates = new Map<string, { score: number; head: number; vowelFirst: boolean }>();
    // NB: a tail has at most MAX_TAIL letters, so at most that many consonants of the skeleton.
    for (let split = Math.max(1, key.length - MAX_TAIL); split <= key.length; split++) {
      const heads = this.byKey.get(key.slice(0, split));
      const tails = this.tailsByKey.get(key.slice(split));
      if (!heads || !tails) continue;
      // The second parts close to the query's letters from each position on, with their cost.
      const from: Array<Array<{ tail: string; letters: string; cost: number }>> = [];
      for (const t of tails) {
        const tail = this.folded[t] as string;
        const letters = this.letters[t] as string;
        for (let at = Math.max(1, queryLetters.length - letters.length - 2); at <= queryLetters.length - 1; at++) {
          const cost = letterDistance(letters, queryLetters.slice(at), costs);
          if (cost <= budget) (from[at] ??= []).push({ tail, letters, cost });
        }
      }
      if (from.length === 0) continue;
      for (const h of heads) {
        const head = this.folded[h] as string;
        if (head.length > queryLetters.length + 1 || !sameOpening(head, query) || !HEAD.test(head)) continue;
        const headLetters = this.letters[h] as string;
        const toStart = prefixDistances(headLetters, queryLetters, costs);
        const last = Math.min(queryLetters.length - 1, headLetters.length + 2);
        for (let at = Math.max(1, headLetters.length - 2); at <= last; at++) {
          const rest = from[at];
          if (!rest) continue;
          const cost = toStart[at] as number;
          for (const t of rest) {
            if (cost + t.cost > budget + slack) continue;
            const word = `${head}'${t.tail}`;
            const letters = headLetters + t.letters;
            if (word === query || letters.length < minLength || candidates.has(word)) continue;
            if (spellingSkeleton(letters) !== key) continue;
            const score = variantScore(queryLetters, letters, costs);
            if (score <= costs.threshold) candidates.set(word, { score, head: h, vowelFirst: VOWEL.test(t.tail) });
          }
        }
      }
    }
    // Closest first; then a second part opening with a vowel (`Dar'a`, `Qur'an`: the apostrophe
    // is the consonant ayn or hamza, before a vowel), then the commoner first part.
    const ranked = [...candidates].sort(
      ([, x], [, y]) =>
        x.score - y.score ||
        Number(y.vowelFirst) - Number(x.vowelFirst) ||
        (this.dfs[y.head] as number) - (this.dfs[x.head] as number)
    );
    const out: Variant[] = [];
    let checked = 0;
    for (const [word, c] of ranked) {
      if (checked >= MAX_JOINED_CHECKS) break;
      if (isName(this.words[c.head] as string) === false) continue;
      checked++;
      if (isName(word) !== true || options.related?.(query, word) === false) continue;
      out.push({
        word,
        df: this.dfs[c.head] as number,
        exact: false,
        kind: 'spelling',
        distance: boundedDistance(query, word, Math.max(query.length, word.length))
      });
    }
    return out;
  }

  private addTypos(query: string, max: number, add: (i: number, kind: 'typo', distance: number) => void): void {
    const qMask = letterMask(query);
    const minLen = Math.max(0, query.length - max);
    const maxLen = Math.min(this.byLength.length - 2, query.length + max);
    if (minLen > maxLen) return;
    const start = this.byLength[minLen] as number;
    const end = this.byLength[maxLen + 1] as number;
    for (let i = start; i < end; i++) {
      const mask = this.masks[i] as number;
      // Each edit adds at most one letter the other word lacks, and removes at most one.
      if (popcount(qMask & ~mask) > max || popcount(mask & ~qMask) > max) continue;
      const d = boundedDistance(query, this.folded[i] as string, max);
      if (d > 0 && d <= max) add(i, 'typo', d);
    }
  }
}

/**
 * Whether two folded words' letters are close enough to be one name respelt, at the costs
 * {@link variantCostsFor} gives the pair (stricter for two common English given names).
 */
function isCloseEnough(a: string, x: string, b: string, y: string): boolean {
  const costs = variantCostsFor(a, b);
  return variantScore(x, y, costs) <= costs.threshold;
}

/**
 * Whether two words open alike: with one letter, two vowels, or consonants that render one
 * Arabic letter (`Qaddafi`/`Gaddafi`, `Ibrahim`/`Ebrahim`). A name and a first part that open
 * otherwise (`Deraa` and `idea`) are never one name: the cheap test before any letter is weighed.
 */
function sameOpening(x: string, y: string): boolean {
  const a = x.charAt(0);
  const b = y.charAt(0);
  if (a === b) return true;
  const vowels = 'aeiouy';
  if (vowels.includes(a) || vowels.includes(b)) return vowels.includes(a) && vowels.includes(b);
  return spellingSkeleton(a) === spellingSkeleton(b);
}

function isTuple(entry: VocabularyWord | readonly [string, number]): entry is readonly [string, number] {
  return Array.isArray(entry);
}

/** One bit per letter (code unit mod 32): a–z get a bit each; other scripts share bits, which only weakens the filter. */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) & 31);
  return mask >>> 0;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}
