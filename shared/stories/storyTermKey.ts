/**
 * Story terms: the key under which a word of two articles counts as one term of story grouping.
 *
 * A word the article writes as a name (`writtenNames`) of five letters or more is keyed by its
 * spelling with the differences transliteration makes between two spellings of one name folded
 * away ({@link storyNameKey}: `Daraa`/`Deraa`, `Jabbawi`/`Jabawi`, `Mohammad`/`Muhammad`); every
 * other word by its inflection stem ({@link storyWordKey}). Scheme 1 keyed every word by
 * `variantKey`, which folds every vowel: `Red` and `Reid`, `win` and `won`, `price` and `process`
 * were one term, so two unrelated articles shared terms they do not share (docs/compare.md,
 * "Story terms").
 */
import { isGivenName } from '@shared/search/givenNames';
import { inflectionStem, pluralStem } from '@shared/text/stem';

/**
 * How story terms are keyed. A library keeps its story terms by key (`story_terms`), so a library
 * whose terms were keyed another way is grouped again before new articles are placed among them
 * (electron/library/stories/termScheme.ts). Raise it whenever a key here changes.
 *
 * 1: `variantKey` of every word (before session 14). 2: this module.
 */
export const STORY_TERM_SCHEME = 2;

/** Names shorter than this keep every letter: `Red`/`Reid`, `Hill`/`Hall`, `Bush`/`Bash` are other names. */
export const NAME_FOLD_FROM = 5;

/**
 * The key of a folded word: {@link storyNameKey} when the article writes it as a name, else
 * {@link storyWordKey}.
 *
 * @example storyTermKey('deraa', true) === storyTermKey('daraa', true) // true
 */
export function storyTermKey(norm: string, asName: boolean): string {
  return asName ? storyNameKey(norm) : storyWordKey(norm);
}

/**
 * The key of a word not written as a name: its inflection stem without hyphens
 * (`pre-tax`/`pretax`), and a doubled consonant that an -ing or -ed left made single
 * (`planned`/`plans`).
 *
 * @example storyWordKey('planned') === storyWordKey('plans') // true
 * @example storyWordKey('won') === storyWordKey('win') // false
 */
export function storyWordKey(norm: string): string {
  const stem = undoubleEnding(norm, inflectionStem(norm).replace(HYPHENS, ''));
  // `worried` → `worri`: the y its -ed turned into i, so that it meets `worry` and `worries`.
  return stem.endsWith('i') && /ied(?:'?s)?$/.test(norm) ? `${stem.slice(0, -1)}y` : stem;
}

/**
 * The key of a word written as a name. A name of {@link NAME_FOLD_FROM} letters or more (an
 * apostrophe counts: `Dar'a`) that is not a common given name is written the way transliteration
 * would not tell apart: without apostrophes, doubled consonants made single (`Jabbawi`), as are
 * doubled closing vowels (`Daraa`, `Dar'a`), the letter pairs that render one Arabic letter
 * written one way (dh, gh, kh, ph → d, g, k, f), and each vowel after the first letter and
 * before the closing ones written as its pair (a/e, i/y, o/u): the cheapest edits of the search's
 * variant rule (docs/variants.md). A vowel added or dropped, another vowel, another closing
 * vowel or a doubled inner vowel still parts two names (`Busra`/`Basra`, `Libor`/`Labor`,
 * `Kenya`/`Kanye`, `Greece`/`Grace`). Shorter names, and common given names (`isGivenName`:
 * Barry and Berry, Colin and Collin are other people, and a given name alone says little about
 * which event), keep their letters. A name keeps its -ed and -ing (`Mohammed`, `Reading`).
 *
 * NB: the key is not set apart from a word's: a name a folded spelling of which is a word meets
 * it (`Finnish`/`finish`, `Dunne`/`done`; docs/compare.md, "Story terms", measured both ways).
 *
 * @example storyNameKey('deraa') === storyNameKey('daraa') // true: both 'dara'
 * @example storyNameKey('reid') === storyNameKey('red') // false: 'reid', 'red'
 */
export function storyNameKey(norm: string): string {
  const word = pluralStem(norm).replace(HYPHENS, '');
  if (word.length < NAME_FOLD_FROM || isGivenName(word)) return word;
  const single = word
    .replace(APOSTROPHES, '')
    .replace(/([^aeiouy])\1+/g, '$1')
    .replace(/([aeiouy])\1+$/, '$1')
    .replace(/([dgkp])h/g, (_, c: string) => (c === 'p' ? 'f' : c));
  const closing = /[aeiouy]*$/.exec(single)![0];
  const inner = single
    .slice(1, single.length - closing.length)
    .replace(/e/g, 'a')
    .replace(/y/g, 'i')
    .replace(/u/g, 'o');
  return single.charAt(0) + inner + closing;
}

const HYPHENS = /[-\u2010\u2011]/g;
const APOSTROPHES = /'/g;

/** Consonants English doubles before -ing and -ed (`stopped`, `planning`); not l, s, z or f (`killed`, `passed`, `staffed`). */
const DOUBLING = /[bdgkmnprtv]/;

/**
 * `stem` with a doubled final consonant made single when `norm` lost -ing or -ed to it
 * (`planned` → `plann` → `plan`), as Porter's step 1b does, unless two letters would be left (`added`).
 */
function undoubleEnding(norm: string, stem: string): string {
  const n = stem.length;
  if (n < 4 || stem.charCodeAt(n - 1) !== stem.charCodeAt(n - 2) || !DOUBLING.test(stem.charAt(n - 1))) return stem;
  return /(?:ing|ed)(?:'?s)?$/.test(norm) && !/(?:ing|ed)$/.test(stem) ? stem.slice(0, -1) : stem;
}
