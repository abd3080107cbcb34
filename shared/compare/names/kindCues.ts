/**
 * What the words around a name say about its kind, when the name's own words say nothing
 * (`Aleppo`, `Lama Fakih`). Read by `kindOf` in `names.ts`, after the name's own words.
 */
import { isGivenName } from '@shared/search/givenNames';
import { STOPWORDS } from '@shared/text/stopwords';
import type { Token } from '@shared/text/tokens';
import { ROLE_NOUNS } from './namesLexicon';

/** Plural or singular nouns that introduce places: `the towns of Tafas and Saida`, `areas like Aleppo`. */
const PLACE_NOUNS = new Set(
  (
    'town towns city cities village villages area areas region regions province provinces country countries ' +
    'capital capitals district districts neighbourhood neighbourhoods neighborhood neighborhoods suburb suburbs ' +
    'governorate governorates port ports island islands state states place places'
  ).split(' ')
);

/** Words after a place's possessive or after the place itself: `Deraa's eastern countryside`, `Homs governor`. */
const PLACE_AFTER = new Set(
  'province city countryside region border capital governorate governor mayor outskirts suburbs residents airport'.split(' ')
);

/** Direction adjectives that open a place's name (`Eastern Ghouta`, `Northern Ireland`). */
const DIRECTIONS = new Set(['eastern', 'western', 'northern', 'southern']);

/** Verbs of speech around a speaker's name: `said Lama Fakih`, `Ali Salhadi told AFP`. */
const SPEECH = new Set(['said', 'says', 'told', 'added']);

const bare = (norm: string) => norm.replace(/['\u2019]s?$/u, '');

/**
 * Whether the words before a name introduce a place: a place noun, then `of`, `like`, `such as`
 * or `including` (`the towns of Tafas`, `other areas like Eastern Ghouta`), or a place noun right
 * before it (`Kazakh capital Astana`).
 */
export function placeIntroduced(words: readonly Token[], from: number): boolean {
  const w = (k: number) => words[from - k]?.norm ?? '';
  if (PLACE_NOUNS.has(w(1))) return true;
  if (['of', 'like', 'including'].includes(w(1)) && PLACE_NOUNS.has(w(2))) return true;
  return w(1) === 'as' && w(2) === 'such' && PLACE_NOUNS.has(w(3));
}

/** Whether the words after a name say it is a place: `Daraa province`, `Deraa's eastern countryside`. */
export function placeAfter(words: readonly Token[], to: number): boolean {
  const next = words[to]?.norm ?? '';
  if (PLACE_AFTER.has(next)) return true;
  return DIRECTIONS.has(next) && PLACE_AFTER.has(words[to + 1]?.norm ?? '');
}

/** Whether a name of two or more words opens with a direction adjective (`Eastern Ghouta`). */
export function directionFirst(norms: readonly string[]): boolean {
  return norms.length >= 2 && DIRECTIONS.has(norms[0]!);
}

/**
 * Whether a role follows the name after a comma, within four words: `Ali Salhadi, an opposition
 * official`, `Lama Fakih, HRW's Syria researcher`.
 */
export function roleAfter(text: string, words: readonly Token[], to: number): boolean {
  const last = words[to - 1];
  const next = words[to];
  if (last === undefined || next === undefined || !/^\s*,\s*$/.test(text.slice(last.end, next.start))) return false;
  for (let k = to; k < Math.min(words.length, to + 5); k++) {
    if (k > to && !/^ +$/.test(text.slice(words[k - 1]!.end, words[k]!.start))) return false;
    if (ROLE_NOUNS.has(bare(words[k]!.norm))) return true;
  }
  return false;
}

/**
 * Weaker person cues for a name of two or more words: a verb of speech right before it, or before
 * the possessive that precedes it (`said Lama Fakih`, `said HRW's Lama Fakih`); `of` and an
 * acronym after it (`Lama Fakih of HRW`); or a first word that is a common given name
 * (`Sergei Lavrov`, shared/search/givenNames.ts).
 */
export function personCue(text: string, words: readonly Token[], from: number, to: number): boolean {
  if (to - from < 2) return false;
  const before = words[from - 1];
  if (before !== undefined && SPEECH.has(before.norm)) return true;
  const owner = before !== undefined && /['\u2019]s$/u.test(text.slice(before.start, before.end));
  if (owner && SPEECH.has(words[from - 2]?.norm ?? '')) return true;
  const of = words[to];
  const org = words[to + 1];
  if (of?.norm === 'of' && org !== undefined && /^\p{Lu}{2,6}$/u.test(text.slice(org.start, org.end))) return true;
  // NB: the list holds a few function words (`Any`): `Any Questions` is a programme, not a person.
  return isGivenName(words[from]!.norm) && !STOPWORDS.has(words[from]!.norm);
}
