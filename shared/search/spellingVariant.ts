import { foldText } from '@shared/text/fold';
import { isGivenName } from './givenNames';

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
   * A vowel added or dropped among those that end the word: more often another word made from the
   * name (`German`/`Germany`, `Kuwait`/`Kuwaiti`, `August`/`Augusta`) or another name (`Mary`/
   * `Marie`) than a respelling of it.
   */
  readonly finalVowel: number;
  /** A letter added or dropped beside the same letter (`Jabawi`/`Jabbawi`). */
  readonly doubled: number;
  /** An `h` added or dropped (`Atena`/`Athena`, `kh`/`k`, `dh`/`d`). */
  readonly h: number;
  /** Consonants that render one Arabic letter: q/k/g/c, b/p, s/z, j/g, v/w/f, c/s. */
  readonly similarConsonant: number;
  /** Two neighbouring letters swapped (`Ayers`/`Ayres`, `Sheila`/`Shelia`). */
  readonly transposition: number;
  /** Any other letter added, dropped or changed (`Watson`/`Wenson`). */
  readonly otherLetter: number;
  /**
   * Largest total cost, per letter of the longer spelling, for two spellings to be variants.
   * NB: per letter, so a long name bears more edits than a short one (`Abagnale`/`Abagnaylee`
   * yes, `Kerry`/`Korea` no).
   */
  readonly threshold: number;
  /**
   * Largest total cost whatever the length: however long two spellings are, more than this many
   * letters' worth of change makes them two names, not one name spelt twice.
   */
  readonly maxDistance: number;
}

/**
 * The costs for two words that are both common English given names ({@link isGivenName}: Mary
 * and Maria, Kerry and Gary, Orlando and Roland). Such names differ by the edits transliteration
 * makes (a vowel, a doubled letter, k for g), and most pairs of them are two names in common use:
 * only spellings as close as Mohammed/Muhammad or Yasmin/Yasmeen are taken. Chosen by `npm run
 * eval:variants` on every ANETAC group before the given names were told apart (session 11), and
 * kept because the library benchmark (`npm run eval:variant-hits`) holds with them: that choice was
 * made with the library's hits in view, so it is not held out (docs/variants.md).
 */
export const STRICT_VARIANT_COSTS: VariantCosts = {
  vowelSameClass: 0.05,
  vowelOtherClass: 0.5,
  vowelIndel: 0.4,
  finalVowel: 0.5,
  doubled: 0.2,
  h: 0.25,
  similarConsonant: 0.25,
  transposition: 1,
  otherLetter: 1,
  // NB: the search chose the score just below 0.1; Busra/Basra (a vowel of the other class in 5
  // letters) scores 0.1 exactly and must stay out.
  threshold: 0.09999,
  maxDistance: 2
};

/**
 * The costs for every other pair of names (places, surnames, names transliterated from Arabic):
 * chosen by `npm run eval:variants` on every ANETAC group, the coordinate search for the best recall
 * at precision ≥ 0.95 once casing, context and {@link STRICT_VARIANT_COSTS} have had their say (the
 * held-out folds and the method are in docs/variants.md). Not set by hand.
 */
export const DEFAULT_VARIANT_COSTS: VariantCosts = {
  vowelSameClass: 0.05,
  vowelOtherClass: 1,
  vowelIndel: 0.6,
  finalVowel: 0.5,
  doubled: 0.05,
  h: 0.1,
  similarConsonant: 0.1,
  transposition: 0.5,
  otherLetter: 0.5,
  // NB: the search's threshold is a score some pair reaches, as floating point sums it: just below
  // Busra/Basra's 0.2 (a vowel of the other class in 5 letters), which must stay out.
  threshold: 0.19999999999999998,
  maxDistance: 2
};

/**
 * The costs two folded words are weighed with: {@link STRICT_VARIANT_COSTS} when both are common English
 * given names, else `costs`. What the engine and `npm run eval:variants` both ask.
 *
 * @example variantCostsFor('mary', 'maria') === STRICT_VARIANT_COSTS // true
 * @example variantCostsFor('deraa', 'daraa') === DEFAULT_VARIANT_COSTS // true
 */
export function variantCostsFor(a: string, b: string, costs: VariantCosts = DEFAULT_VARIANT_COSTS): VariantCosts {
  return isGivenName(a) && isGivenName(b) ? STRICT_VARIANT_COSTS : costs;
}

const VOWEL_CLASS: Readonly<Record<string, number>> = { a: 1, e: 1, i: 1, y: 1, o: 2, u: 2, w: 2 };
// NB: not d/t: Arabic keeps them apart, and English names swapped that way are other names (Deraa/Terry).
const SIMILAR = new Set(['kq', 'gk', 'gq', 'ck', 'cq', 'cg', 'cs', 'bp', 'sz', 'gj', 'vw', 'fv', 'fp']);

/**
 * The spelling compared: folded, without apostrophes, hyphens or anything not a letter, and with
 * the English letter groups that one Arabic letter comes out as written one way: ph → f, dh/gh/kh/th
 * → d/g/k/t, ck → k, x → ks, dj → j, tch → ch, sch → sh, c → s before e/i/y and k elsewhere (not in ch), and a w after
 * a vowel that no vowel follows → u (`Rowland`/`Roeland`). ANETAC's respellings differ that way
 * (`Filemon`/`Philemon`, `Dickson`/`Dixon`, `Tidjani`/`Tijani`); without it their consonant
 * skeletons differ and they are never even compared.
 *
 * @example spellingLetters("Dar'a") // 'dara', as for `Darʿa`
 * @example spellingLetters('Philemon') === spellingLetters('Filemon') // true
 */
export function spellingLetters(word: string): string {
  return (
    foldText(word)
      // NB: ʿ ʾ ʻ ʼ (U+02B9–U+02BF) are letters to Unicode, and to FTS5, which keeps `Darʿa` as one
      // word; they write the ayn and hamza that `Dar'a` writes with an apostrophe.
      .replace(/[^\p{L}]|[\u02b9-\u02bf]/gu, '')
      .replace(/ph/g, 'f')
      // dh, gh, kh, th: one Arabic letter each, whose h is no letter of its own (Kadhafi/Qaddafi).
      .replace(/([dgkt])h/g, '$1')
      .replace(/ck/g, 'k')
      .replace(/x/g, 'ks')
      .replace(/dj/g, 'j')
      .replace(/tch/g, 'ch')
      .replace(/sch/g, 'sh')
      // NB: a w between a vowel and a consonant (or the end) is a vowel: Rowland, Lepew, Magraw.
      .replace(/([aeiou])w(?![aeiouy])/g, '$1u')
      .replace(/c(?=[eiy])/g, 's')
      .replace(/c(?!h)/g, 'k')
  );
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
  return prefixDistances(x, y, costs)[y.length] as number;
}

/**
 * The distance of `x` to every beginning of `y` at once (`[j]`: to `y.slice(0, j)`), both reduced
 * to their folded letters, in one pass: what weighs a first part of a name against the query.
 * NB: a closing vowel is one of `y`'s as a whole, so a beginning's last vowels cost as inner ones.
 *
 * @example prefixDistances('dar', 'deraa', DEFAULT_VARIANT_COSTS)[3] // 0.05: `der`
 */
export function prefixDistances(x: string, y: string, costs: VariantCosts): Float64Array {
  const n = x.length;
  const m = y.length;
  const tailX = vowelTail(x);
  const tailY = vowelTail(y);
  let before = new Float64Array(m + 1);
  let prev = new Float64Array(m + 1);
  let cur = new Float64Array(m + 1);
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1]! + indel(y, j - 1, tailY, costs);
  for (let i = 1; i <= n; i++) {
    const del = indel(x, i - 1, tailX, costs);
    cur[0] = prev[0]! + del;
    const xi = x.charAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const yj = y.charAt(j - 1);
      let v = prev[j - 1]! + substitution(xi, yj, costs);
      const up = prev[j]! + del;
      const left = cur[j - 1]! + indel(y, j - 1, tailY, costs);
      if (up < v) v = up;
      if (left < v) v = left;
      // Two neighbouring letters swapped (optimal string alignment: neither is edited again).
      if (isSwap(x, y, i, j)) {
        const swap = before[j - 2]! + costs.transposition;
        if (swap < v) v = swap;
      }
      cur[j] = v;
    }
    [before, prev, cur] = [prev, cur, before];
  }
  return prev;
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
  const chosen = variantCostsFor(foldText(a), foldText(b), costs);
  return spellingSkeleton(x) === spellingSkeleton(y) && variantScore(x, y, chosen) <= chosen.threshold;
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
  if (isDerived(x, y)) return Infinity;
  const d = letterDistance(x, y, costs);
  return d > costs.maxDistance ? Infinity : d / longer;
}

function substitution(p: string, q: string, costs: VariantCosts): number {
  if (p === q) return 0;
  const cp = VOWEL_CLASS[p];
  const cq = VOWEL_CLASS[q];
  if (cp !== undefined && cq !== undefined) return cp === cq ? costs.vowelSameClass : costs.vowelOtherClass;
  return SIMILAR.has(p < q ? p + q : q + p) ? costs.similarConsonant : costs.otherLetter;
}

/** Cost of adding or dropping the letter at `i` of `word`, whose closing vowels start at `tail`. */
function indel(word: string, i: number, tail: number, costs: VariantCosts): number {
  const c = word.charAt(i);
  if (c === word.charAt(i - 1) || c === word.charAt(i + 1)) return costs.doubled;
  if (c === 'h') return costs.h;
  if (VOWEL_CLASS[c] === undefined) return costs.otherLetter;
  return i >= tail ? costs.finalVowel : costs.vowelIndel;
}

/**
 * Whether one spelling is the other with vowels, or an s, added at the end: a word made from the
 * name (`Israel`/`Israeli`, `Pakistan`/`Pakistani`, `German`/`Germany`, `Appalachians`) or another
 * name (`Robert`/`Roberto`, `Martin`/`Martina`), not a respelling of it. NB: on the benchmark this parts 125
 * look-alike pairs of names and 185 ANETAC pairs (`Ferdi`/`Ferdie`), of 1,395 and 9,640 taken.
 */
function isDerived(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (long.length <= short.length || !long.startsWith(short)) return false;
  // A plural or a possessive written without its apostrophe: Appalachian/Appalachians, Assad/Assads.
  if (long.length === short.length + 1 && long.endsWith('s') && !short.endsWith('s')) return true;
  return (
    vowelTail(long) <= short.length &&
    // NB: a closing vowel doubled is a respelling: Dar'a/Daraa.
    long.charAt(short.length) !== short.charAt(short.length - 1)
  );
}

/**
 * Where the vowels that close a word start (its length when it ends in a consonant). NB: a vowel
 * added anywhere among them is a final vowel: `Mary`/`Marie` differ by the i of `ie`, not the e.
 */
function vowelTail(word: string): number {
  let i = word.length;
  while (i > 0 && VOWEL_CLASS[word.charAt(i - 1)] !== undefined) i--;
  return i;
}

/** The classes of edit {@link editCounts} counts, in its order: one per cost of {@link VariantCosts}. */
export const EDIT_CLASSES = [
  'vowelSameClass',
  'vowelOtherClass',
  'vowelIndel',
  'finalVowel',
  'doubled',
  'h',
  'similarConsonant',
  'transposition',
  'otherLetter'
] as const satisfies ReadonlyArray<keyof VariantCosts>;

/**
 * How many edits of each class ({@link EDIT_CLASSES}) the cheapest alignment of two spellings'
 * letters makes at these costs: what a model of respellings weighs, rather than the costs' sum.
 *
 * @example editCounts('deraa', 'daraa', DEFAULT_VARIANT_COSTS) // [1, 0, 0, 0, 0, 0, 0, 0, 0]
 */
export function editCounts(x: string, y: string, costs: VariantCosts): number[] {
  const n = x.length;
  const m = y.length;
  const tailX = vowelTail(x);
  const tailY = vowelTail(y);
  const w = m + 1;
  const d = new Float64Array((n + 1) * w);
  for (let j = 1; j <= m; j++) d[j] = d[j - 1]! + indel(y, j - 1, tailY, costs);
  for (let i = 1; i <= n; i++) {
    d[i * w] = d[(i - 1) * w]! + indel(x, i - 1, tailX, costs);
    for (let j = 1; j <= m; j++) {
      let v = d[(i - 1) * w + j - 1]! + substitution(x.charAt(i - 1), y.charAt(j - 1), costs);
      v = Math.min(v, d[(i - 1) * w + j]! + indel(x, i - 1, tailX, costs), d[i * w + j - 1]! + indel(y, j - 1, tailY, costs));
      if (isSwap(x, y, i, j)) v = Math.min(v, d[(i - 2) * w + j - 2]! + costs.transposition);
      d[i * w + j] = v;
    }
  }
  const counts = EDIT_CLASSES.map(() => 0);
  const count = (cls: (typeof EDIT_CLASSES)[number]): void => {
    counts[EDIT_CLASSES.indexOf(cls)]!++;
  };
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = d[i * w + j]!;
    const xi = x.charAt(i - 1);
    const yj = y.charAt(j - 1);
    if (i > 0 && j > 0 && near(here, d[(i - 1) * w + j - 1]! + substitution(xi, yj, costs))) {
      if (xi !== yj) count(substitutionClass(xi, yj));
      i--;
      j--;
    } else if (i > 0 && near(here, d[(i - 1) * w + j]! + indel(x, i - 1, tailX, costs))) {
      count(indelClass(x, i - 1, tailX));
      i--;
    } else if (j > 0 && near(here, d[i * w + j - 1]! + indel(y, j - 1, tailY, costs))) {
      count(indelClass(y, j - 1, tailY));
      j--;
    } else {
      count('transposition');
      i -= 2;
      j -= 2;
    }
  }
  return counts;
}

/** Whether `x[i-2..i)` and `y[j-2..j)` are the same two letters swapped. */
function isSwap(x: string, y: string, i: number, j: number): boolean {
  const xi = x.charAt(i - 1);
  const yj = y.charAt(j - 1);
  return i > 1 && j > 1 && xi !== yj && xi === y.charAt(j - 2) && x.charAt(i - 2) === yj;
}

function substitutionClass(p: string, q: string): (typeof EDIT_CLASSES)[number] {
  const cp = VOWEL_CLASS[p];
  const cq = VOWEL_CLASS[q];
  if (cp !== undefined && cq !== undefined) return cp === cq ? 'vowelSameClass' : 'vowelOtherClass';
  return SIMILAR.has(p < q ? p + q : q + p) ? 'similarConsonant' : 'otherLetter';
}

function indelClass(word: string, i: number, tail: number): (typeof EDIT_CLASSES)[number] {
  const c = word.charAt(i);
  if (c === word.charAt(i - 1) || c === word.charAt(i + 1)) return 'doubled';
  if (c === 'h') return 'h';
  if (VOWEL_CLASS[c] === undefined) return 'otherLetter';
  return i >= tail ? 'finalVowel' : 'vowelIndel';
}
