import { foldText } from '@shared/text/fold';

/**
 * A key that two spellings of one name share when they differ only the way transliterations of
 * one name differ: vowels within one class (a/e/i/y, or o/u/w: `Deraa`/`Daraa`, `Mahdi`/`Mehdi`,
 * `Khorasan`/`Khurasan`), doubled letters (`Jabawi`/`Jabbawi`), apostrophes and hyphens (`Dar'a`),
 * and the letter pairs that render one Arabic letter (q/k/g/c → k, dh → d, ou/oo → u, ee → i,
 * ph → f). Unlike `variantKey` (shared/text/fold), vowels keep their class, so `Busra` and `Basra` (two
 * cities), `Rover` and `river` or `Milan` and `million` differ.
 *
 * The engine's rule before `isSpellingVariant` (spellingVariant.ts); kept as the baseline that
 * `npm run eval:variants` measures the rule against.
 *
 * @example transliterationKey('Qaddafi') === transliterationKey('Kadhafi') // true
 * @example transliterationKey('Busra') === transliterationKey('Basra') // false
 */
export function transliterationKey(word: string): string {
  return (
    foldText(word)
      .replace(/['\-\u2010\u2011]/g, '')
      .replace(/ou|oo/g, 'u')
      .replace(/ee/g, 'i')
      .replace(/ph/g, 'f')
      .replace(/dh/g, 'd')
      .replace(/ck|[qgc]/g, 'k')
      // NB: vowel classes after the pairs above, so `ou` is an o/u vowel, not a/e/i + o/u.
      .replace(/[aeiy]/g, 'A')
      .replace(/[ouw]/g, 'U')
      .replace(/(.)\1+/g, '$1')
  );
}
