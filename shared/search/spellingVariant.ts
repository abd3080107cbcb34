import { foldText } from '../text/fold';

/**
 * Costs of the edits that turn one spelling of a name into another. An edit that transliteration
 * makes all the time (a vowel of the same class, a doubled letter, q for k) costs little; any
 * other letter costs 1. Chosen by cross-validation over the ANETAC groups (`npm run
 * eval:variants`, docs/variants.md), not by hand.
 */
export interface VariantCosts {
  /** A vowel for another of its class: a/e/i/y or o/u/w (`Deraa`/`Daraa`, `Mahdi`/`Mehdi`). */
  readonly vowelSameClass: number;
  /** A vowel for one of the other class (`Khorasan`/`Khurasan` is same-class; `Busra`/`Basra` is not). */
  readonly vowelOtherClass: number;
  /** A vowel added or dropped (`Abdalla`/`Abdulla` no; `Yasmin`/`Yasmeen`, `Abadon`/`Abaddon` yes). */
  readonly vowelIndel: number;
  /**
   * A vowel added or dropped at the end: more often another word made from the name (`German`/
   * `Germany`, `Kuwait`/`Kuwaiti`, `August`/`Augusta`) than a respelling of it.
   */
  readonly finalVowel: number;
  /** A letter added or dropped beside the same letter (`Jabawi`/`Jabbawi`). */
  readonly doubled: number;
  /** An `h` added or dropped (`Atena`/`Athena`, `kh`/`k`, `dh`/`d`). */
  readonly h: number;
  /** Consonants that render one Arabic letter: q/k/g/c, b/p, s/z, j/g, v/w/f, c/s. */
  readonly similarConsonant: number;
  /**
   * Largest total cost, per letter of the longer spelling, for two spellings to be variants.
   * NB: per letter, so a long name bears more edits than a short one (`Abagnale`/`Abagnaylee`
   * yes, `Kerry`/`Korea` no).
   */
  readonly threshold: number;
  /**
   * Largest total cost whatever the length: a letter of full cost (1) that is no vowel, h or
   * doubled letter makes a different word in any language (`Friday`/`Fridays`, `sons`/`cons`).
   */
  readonly maxDistance: number;
}

/** The costs chosen by `npm run eval:variants` (5-fold CV over the ANETAC groups, docs/variants.md). */
export const DEFAULT_VARIANT_COSTS: VariantCosts = {
  vowelSameClass: 0.25,
  vowelOtherClass: 1,
  vowelIndel: 0.5,
  finalVowel: 1,
  doubled: 0.1,
  h: 0.25,
  similarConsonant: 0.25,
  threshold: 0.142,
  maxDistance: 1.5
};

const VOWEL_CLASS: Readonly<Record<string, number>> = { a: 1, e: 1, i: 1, y: 1, o: 2, u: 2, w: 2 };
// NB: not d/t: Arabic keeps them apart, and English names swapped that way are other names (Deraa/Terry).
const SIMILAR = new Set(['kq', 'gk', 'gq', 'ck', 'cq', 'cg', 'cs', 'bp', 'sz', 'gj', 'vw', 'fv', 'fp']);

/** The spelling compared: folded, without apostrophes, hyphens or anything not a letter. */
export function spellingLetters(word: string): string {
  return foldText(word).replace(/[^\p{L}]/gu, '');
}

/**
 * The weighted edit distance between two spellings of a name (see {@link VariantCosts}): an
 * edit distance whose substitutions, insertions and deletions cost what transliteration makes
 * of them. Case, diacritics, apostrophes and hyphens never count.
 *
 * @example transliterationDistance('Deraa', 'Daraa') // 0.2: one vowel of the same class
 * @example transliterationDistance('Jabawi', 'Jabbawi') // 0.1: a doubled letter
 */
export function transliterationDistance(a: string, b: string, costs: VariantCosts = DEFAULT_VARIANT_COSTS): number {
  return letterDistance(spellingLetters(a), spellingLetters(b), costs);
}

/** {@link transliterationDistance} of two spellings already reduced to their folded letters. */
export function letterDistance(x: string, y: string, costs: VariantCosts): number {
  const n = x.length;
  const m = y.length;
  let prev = new Float64Array(m + 1);
  let cur = new Float64Array(m + 1);
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1]! + indel(y, j - 1, costs);
  for (let i = 1; i <= n; i++) {
    const del = indel(x, i - 1, costs);
    cur[0] = prev[0]! + del;
    const xi = x.charAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const yj = y.charAt(j - 1);
      let v = prev[j - 1]! + substitution(xi, yj, costs);
      const up = prev[j]! + del;
      const left = cur[j - 1]! + indel(y, j - 1, costs);
      if (up < v) v = up;
      if (left < v) v = left;
      cur[j] = v;
    }
    [prev, cur] = [cur, prev];
  }
  return prev[m]!;
}

/**
 * Whether two words read as spellings of one name: their {@link transliterationDistance}, per
 * letter of the longer one, is within the threshold. Words only: whether both are *names* in the
 * library (`Deraa` and `dairy` share their letters' shape) is for the caller to ask
 * ({@link VariantOptions.isName}).
 *
 * @example isSpellingVariant('Qaddafi', 'Kadhafi') // true
 * @example isSpellingVariant('Kerry', 'Korea') // false
 */
export function isSpellingVariant(a: string, b: string, costs: VariantCosts = DEFAULT_VARIANT_COSTS): boolean {
  const x = spellingLetters(a);
  const y = spellingLetters(b);
  return spellingSkeleton(x) === spellingSkeleton(y) && variantScore(x, y, costs) <= costs.threshold;
}

/**
 * The consonants of a spelling, with the ones that render one Arabic letter merged (k/q/g/c/j,
 * b/p, s/z, f/v/w), `h`, vowels and doubled letters dropped: two spellings of one name
 * share it, so an index of words by skeleton finds the candidates {@link isSpellingVariant}
 * then weighs. Takes the letters {@link spellingLetters} gives.
 *
 * @example spellingSkeleton('qaddafi') === spellingSkeleton('kadhafi') // 'kdf'
 */
export function spellingSkeleton(letters: string): string {
  return letters
    .replace(/[aeiouyh]/g, '')
    .replace(/[qgcj]/g, 'k')
    .replace(/p/g, 'b')
    .replace(/z/g, 's')
    .replace(/[vw]/g, 'f')
    .replace(/(.)\1+/g, '$1');
}

/**
 * The distance per letter of the longer of two spellings already reduced to their folded letters:
 * what {@link isSpellingVariant} compares with the threshold; `Infinity` beyond `maxDistance`.
 */
export function variantScore(x: string, y: string, costs: VariantCosts): number {
  const longer = Math.max(x.length, y.length);
  if (longer === 0) return 0;
  const d = letterDistance(x, y, costs);
  return d > costs.maxDistance ? Infinity : d / longer;
}

function substitution(p: string, q: string, costs: VariantCosts): number {
  if (p === q) return 0;
  const cp = VOWEL_CLASS[p];
  const cq = VOWEL_CLASS[q];
  if (cp !== undefined && cq !== undefined) return cp === cq ? costs.vowelSameClass : costs.vowelOtherClass;
  return SIMILAR.has(p < q ? p + q : q + p) ? costs.similarConsonant : 1;
}

/** Cost of adding or dropping the letter at `i` of `word`. */
function indel(word: string, i: number, costs: VariantCosts): number {
  const c = word.charAt(i);
  if (c === word.charAt(i - 1) || c === word.charAt(i + 1)) return costs.doubled;
  if (c === 'h') return costs.h;
  if (VOWEL_CLASS[c] === undefined) return 1;
  return i === word.length - 1 ? costs.finalVowel : costs.vowelIndel;
}
