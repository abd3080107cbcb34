import { spellingSkeleton } from '@shared/search/spellingVariant';

/*
 * Candidates beyond one consonant skeleton, for `npm run eval:variants --candidates keys`: measured
 * (docs/variants.md, "Candidates beyond one skeleton") and not used by the engine, whose variant
 * index keys words by their skeleton alone.
 */

/** Fewest consonants in a skeleton for it to be keyed also without each of them ({@link spellingKeys}). */
export const MIN_KEYED_SKELETON = 3;

/**
 * The keys two spellings must share one of to be compared at all: the `spellingSkeleton` of
 * the letters and, when it has {@link MIN_KEYED_SKELETON} consonants or more, the skeleton without
 * each one of them in turn. So spellings whose skeletons are one consonant apart — one added,
 * dropped, changed or two swapped — meet: `Anwar`/`Anuar` (w read as a consonant in one), `Nadja`/
 * `Nadya`, `Boen`/`Bowen`, which one skeleton kept apart (a tenth of ANETAC's pairs). NB: not for
 * skeletons of one or two consonants: `m-r` less a letter would meet every name with an m or an r.
 *
 * @example spellingKeys('anwar') // ['nfr', 'fr', 'nr', 'nf']
 */
export function spellingKeys(letters: string): string[] {
  const skeleton = spellingSkeleton(letters);
  const keys = [skeleton];
  if (skeleton.length >= MIN_KEYED_SKELETON)
    for (let i = 0; i < skeleton.length; i++) {
      const key = skeleton.slice(0, i) + skeleton.slice(i + 1);
      if (!keys.includes(key)) keys.push(key);
    }
  return keys;
}

/** Whether two spellings' letters share one of their {@link spellingKeys}: the pairs compared with `--candidates keys`. */
export function sharesSpellingKey(x: string, y: string): boolean {
  const keys = spellingKeys(y);
  return spellingKeys(x).some((k) => keys.includes(k));
}
