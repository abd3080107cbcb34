import { foldText } from '@shared/text/fold';
import { boundedDistance } from './editDistance';
import { DEFAULT_VARIANT_COSTS, spellingLetters, spellingSkeleton, variantScore } from './spellingVariant';

/** A word of the index with the number of documents it occurs in. */
export interface VocabularyWord {
  readonly word: string;
  readonly df: number;
}

/** A word of the index worth searching along with the one typed. */
export interface Variant {
  /** The word as the index holds it: what to put in the FTS5 query. */
  readonly word: string;
  readonly df: number;
  /** The same word once folded (case, diacritics, apostrophes): rank it with the typed word. */
  readonly exact: boolean;
  /**
   * - `exact`: the typed word itself (`Sharqīyah` → `sharqiyah`).
   * - `spelling`: a transliteration variant by `isSpellingVariant` (`Deraa` → `daraa`,
   *   `Qaddafi` → `kadhafi`), both names when {@link VariantOptions.isName} says so.
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
   */
  readonly isName?: (word: string) => boolean | undefined;
  /**
   * Whether two names of the index occur in similar contexts in this library (among the same
   * other names): `Kerry` and `Gerry` pass every other test but are two people. `undefined` when
   * there is no evidence either way; then the pair is kept. Default: no evidence asked.
   */
  readonly related?: (a: string, b: string) => boolean | undefined;
  /** Most variants returned besides the exact ones, best first. Default 8. */
  readonly limit?: number;
}

const PLAIN = /^[a-z0-9]*$/;
const defaultMaxTypos = (length: number): number => (length < 5 ? 0 : length < 8 ? 1 : 2);

/**
 * The vocabulary of the library, indexed to find spelling and transliteration variants of a
 * query word quickly. Build it once per vocabulary (e.g. from an `fts5vocab` table:
 * `SELECT term AS word, doc AS df FROM articles_vocab`) and keep it while the library is unchanged.
 *
 * Two look-ups:
 * - by {@link spellingSkeleton}, a hash map from consonant skeleton to words: `Deraa`, `Daraa`,
 *   `Dar'a` share one, and so do `dairy` and `Busra`/`Basra`; each candidate is then weighed by
 *   {@link variantScore} (a transliteration-aware edit distance) and by whether both are names.
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
  private readonly dfs: number[] = [];
  private readonly masks: Uint32Array;
  /** `byLength[L]` is the first position of a word of folded length L (and `byLength[L + 1]` ends them). */
  private readonly byLength: Int32Array;
  private readonly byKey = new Map<string, number[]>();

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
      const key = spellingSkeleton(spellingLetters(e.folded));
      const list = this.byKey.get(key);
      if (list) list.push(i);
      else this.byKey.set(key, [i]);
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
      const candidateLetters = spellingLetters(candidate);
      if (candidate === query) add(i, 'exact', 0);
      else if (
        queryLetters.length >= minLength &&
        candidateLetters.length >= minLength &&
        // NB: letters only: `a300s` is no respelling of `Aaas`, though its letters are `as`.
        !/\p{N}/u.test(candidate) &&
        variantScore(queryLetters, candidateLetters, DEFAULT_VARIANT_COSTS) <= DEFAULT_VARIANT_COSTS.threshold &&
        // NB: a common word shares its letters' shape with names (Deraa/dairy/dare): both must be names.
        queryIsName &&
        options.isName?.(this.words[i] as string) !== false &&
        options.related?.(query, this.words[i] as string) !== false
      ) {
        add(i, 'spelling', boundedDistance(query, candidate, Math.max(query.length, candidate.length)));
      }
    }

    const knownDf = [...found.values()].filter((v) => v.exact).reduce((sum, v) => sum + v.df, 0);
    const max = (options.maxTypos ?? defaultMaxTypos)(query.length);
    // NB: a word the library writes as a name is spelled on purpose, however rare: `Rover` in one
    // article is no typo of `river`, nor `Busra` of `Basra`.
    if (max > 0 && knownDf < (options.knownWordDf ?? 2) && !(knownDf > 0 && options.isName?.(query) === true))
      this.addTypos(query, max, add);

    // Closest first: a one-letter typo is a better guess than a three-letter transliteration.
    const rank = { exact: 0, spelling: 1, typo: 2 };
    const sorted = [...found.values()].sort(
      (x, y) => x.distance - y.distance || rank[x.kind] - rank[y.kind] || y.df - x.df || (x.word < y.word ? -1 : 1)
    );
    const exact = sorted.filter((v) => v.exact);
    return [...exact, ...sorted.filter((v) => !v.exact).slice(0, options.limit ?? 8)];
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
