/**
 * The words that identify a name when two spellings are compared: particles inside it, `of`/`for`
 * and `the` left out (`Busra al-Sham` → `Busra Sham`, `Syrian Observatory for Human Rights` →
 * `Syrian Observatory Human Rights`).
 */
import { foldText, variantKey } from '@shared/text/fold';
import { CONNECTORS, PARTICLES } from './namesLexicon';

/** The name's words as written, particles (not a last word), connectors and `the` left out. */
export function keptWords(name: string): string[] {
  const words = name.split(/[\s\-\u2010\u2011]+/).filter((w) => w !== '');
  return words.filter(
    (w, k) => !(PARTICLES.has(foldText(w)) && k < words.length - 1) && !CONNECTORS.has(foldText(w)) && foldText(w) !== 'the'
  );
}

/** Variant keys of the name's {@link keptWords}, full stops dropped (`U.N.` → `un`). */
export function partsOf(name: string): string[] {
  return keptWords(name).map((w) => variantKey(w.replace(/\./g, '')));
}
