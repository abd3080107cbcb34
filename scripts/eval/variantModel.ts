import { EDIT_CLASSES, STRICT_VARIANT_COSTS, type VariantCosts, editCounts, variantScore } from '@shared/search/spellingVariant';

/*
 * A logistic model of "two spellings are one name", for `npm run eval:variants`: measured against
 * the engine's costs (docs/variants.md, "A model instead of costs") and not shipped: it finds more
 * of ANETAC's pairs but, in a library, takes English names a vowel apart (Kerry/Gary, Mary/Maria).
 */

/**
 * The costs the letters of two spellings are aligned at before their edits are counted: the
 * engine's strict costs (those it weighs two given names at), with a swap of two letters as one edit.
 */
const ALIGNMENT_COSTS: VariantCosts = { ...STRICT_VARIANT_COSTS, transposition: 1, otherLetter: 1 };

/**
 * What the model weighs in a pair of spellings (already `spellingLetters`): a constant 1; each
 * class of edit (`EDIT_CLASSES`) counted per letter of the longer spelling and counted outright;
 * whether the first letters differ; and the difference in length per letter.
 *
 * @example variantFeatures('deraa', 'daraa')[1] // 0.2: one vowel of the same class in 5 letters
 */
export function variantFeatures(x: string, y: string): number[] {
  const counts = editCounts(x, y, ALIGNMENT_COSTS);
  const longer = Math.max(x.length, y.length, 1);
  return [
    1,
    ...counts.map((c) => c / longer),
    ...counts,
    x.charAt(0) === y.charAt(0) ? 0 : 1,
    Math.abs(x.length - y.length) / longer
  ];
}

/** Names of {@link variantFeatures}, in order, for reports. */
export const VARIANT_FEATURE_NAMES: readonly string[] = [
  'constant',
  ...EDIT_CLASSES.map((c) => `${c} per letter`),
  ...EDIT_CLASSES,
  'first letter differs',
  'length difference per letter'
];

/**
 * The cheapest costs the benchmark's search tries, and the largest threshold: a pair these do not
 * take no setting of the costs takes, and the model is only fitted on (and only takes) pairs these
 * take. A word with a closing vowel or an s added is never taken (`variantScore`'s derived forms).
 */
export const LOOSE_COSTS: VariantCosts = {
  vowelSameClass: 0.05,
  vowelOtherClass: 0.5,
  vowelIndel: 0.25,
  finalVowel: 0.5,
  doubled: 0.05,
  h: 0.1,
  similarConsonant: 0.1,
  transposition: 0.25,
  otherLetter: 0.5,
  maxDistance: 2.5,
  threshold: 0.2
};

/** Weights (one per {@link VARIANT_FEATURE_NAMES}) and the log-odds a pair must reach. */
export interface VariantModel {
  readonly weights: readonly number[];
  readonly threshold: number;
}

/**
 * The log-odds a model gives two spellings' letters being one name; `-Infinity` when
 * {@link LOOSE_COSTS} refuse them. Whether they are compared at all is for the caller.
 */
export function respellingOdds(x: string, y: string, model: VariantModel): number {
  if (variantScore(x, y, LOOSE_COSTS) > LOOSE_COSTS.threshold) return -Infinity;
  const features = variantFeatures(x, y);
  let z = 0;
  for (let i = 0; i < features.length; i++) z += (model.weights[i] ?? 0) * (features[i] as number);
  return z;
}

/**
 * Most letters one spelling may have beyond the other when their skeletons are a consonant apart
 * ({@link isAcrossCandidate}).
 */
export const MAX_LENGTH_GAP = 2;

/**
 * Whether two spellings' letters whose skeletons are a consonant apart are weighed at all (`npm
 * run eval:variants -- --candidates keys --across`): at most {@link MAX_LENGTH_GAP} letters apart
 * in length, and opening alike ({@link opensAlike}). NB: for speed, were an index to use it: a
 * look-up meets thousands of words a consonant apart (`k-r` of Kerry is in every skeleton of three
 * consonants holding k and r), and this spares scoring most of them; of ANETAC's 914 such pairs
 * the model took without it, 4 are 3 letters apart and 47 open with different letters (some of
 * those alike here: two vowels, k/q/g).
 */
export function isAcrossCandidate(x: string, y: string): boolean {
  return Math.abs(x.length - y.length) <= MAX_LENGTH_GAP && opensAlike(x, y);
}

/**
 * Whether two words open alike: with one letter, two vowels, or consonants that render one
 * Arabic letter (`Qaddafi`/`Gaddafi`, `Ibrahim`/`Ebrahim`).
 *
 * @example opensAlike('qaddafi', 'gaddafi') // true
 * @example opensAlike('deraa', 'idea') // false
 */
export function opensAlike(x: string, y: string): boolean {
  const a = x.charAt(0);
  const b = y.charAt(0);
  if (a === b) return true;
  const vowels = 'aeiouy';
  if (vowels.includes(a) || vowels.includes(b)) return vowels.includes(a) && vowels.includes(b);
  // NB: a table, not `spellingSkeleton`: this would be asked of thousands of candidates a look-up.
  return (OPENING[a] ?? a) === (OPENING[b] ?? b);
}

/** The consonants `spellingSkeleton` merges, each to the one it writes (h to none). */
const OPENING: Readonly<Record<string, string>> = { q: 'k', g: 'k', c: 'k', j: 'k', p: 'b', z: 's', v: 'f', w: 'f', h: '' };
