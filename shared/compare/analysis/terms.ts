/**
 * Content terms: the key under which two words count as "the same word" when the analyses compare
 * sentences, quote contexts and figure contexts. Folded, possessive and plural endings dropped,
 * then reduced to a spelling-variant key so `Daraa's`/`Deraa` and `Jabbawi`/`Jabawi` meet.
 */
import { variantKey } from '@shared/text/fold';
import { inflectionStem } from '@shared/text/stem';
import type { Token } from '@shared/text/tokens';
import { STOPWORDS } from '@shared/text/stopwords';

/** Keys already computed: news vocabulary repeats, and `variantKey` costs several regex passes. */
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_LIMIT = 200_000;

/** The comparison key of one folded word (see the module comment). */
export function termKey(norm: string): string {
  let key = KEY_CACHE.get(norm);
  if (key === undefined) {
    key = variantKey(inflectionStem(norm));
    if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear();
    KEY_CACHE.set(norm, key);
  }
  return key;
}

/** Whether a folded word carries content: not a function word, not bare punctuation-like residue. */
export function isContentWord(norm: string): boolean {
  return norm.length > 1 && !STOPWORDS.has(norm);
}

/** The content terms of tokens, in order (duplicates kept). */
export function contentTerms(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) if (isContentWord(t.norm)) out.push(termKey(t.norm));
  return out;
}

/** Overlap of two term sets: Dice coefficient and containment of each side. */
export interface SetOverlap {
  readonly shared: number;
  readonly dice: number;
  /** Share of `a`'s terms found in `b`. */
  readonly inA: number;
  /** Share of `b`'s terms found in `a`. */
  readonly inB: number;
}

/** Compares two term sets. Empty sets overlap nothing. */
export function setOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): SetOverlap {
  if (a.size === 0 || b.size === 0) return { shared: 0, dice: 0, inA: 0, inB: 0 };
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return { shared, dice: (2 * shared) / (a.size + b.size), inA: shared / a.size, inB: shared / b.size };
}
