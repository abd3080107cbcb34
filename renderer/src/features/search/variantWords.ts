import type { SearchResponse, TextRange } from '@shared/contract/schemas';
import { foldText } from '@shared/text/fold';
import { tokenize } from '@shared/text/tokens';
import type { MarkRange } from '../../lib/textSegments';

/** The spelling variants searched for one typed word. */
export interface VariantGroup {
  /** The word as the user typed it (`Deraa`). */
  readonly typed: string;
  /** The variants, written in the typed word's case (`Daraa`). */
  readonly variants: readonly string[];
  /** False for an excluded word (`-Deraa`): its variants were left out, not searched. */
  readonly included: boolean;
}

/** What the UI needs to know about a response's spelling variants. */
export interface VariantInfo {
  /** One group per typed word that has variants, in the order they were typed. */
  readonly groups: readonly VariantGroup[];
  /** Folded variant word → the typed word it stands for: which marks are variants, and of what. */
  readonly variantOf: ReadonlyMap<string, string>;
}

/** No variants: the value for an empty search. */
export const NO_VARIANTS: VariantInfo = { groups: [], variantOf: new Map() };

/**
 * Reads the spelling variants of a search response (`{ deraa: ['daraa'] }`, keyed by the folded
 * typed word, valued with folded index words) into what the UI shows: "Also searched: Daraa (for
 * Deraa)", and which marked words are variants rather than what was typed.
 *
 * A variant the user also typed (`Deraa Daraa`) is not a variant: it is marked as an exact match.
 *
 * @example
 * variantInfo({ query: 'Deraa talks', terms: ['deraa', 'talks', 'daraa'], variants: { deraa: ['daraa'] } })
 * // { groups: [{ typed: 'Deraa', variants: ['Daraa'], included: true }], variantOf: Map { 'daraa' => 'Deraa' } }
 */
export function variantInfo(response: Pick<SearchResponse, 'query' | 'terms' | 'variants'>): VariantInfo {
  const entries = Object.entries(response.variants);
  if (entries.length === 0) return NO_VARIANTS;
  // The typed words, folded → as typed (the first time each appears).
  const typed = new Map<string, string>();
  for (const token of tokenize(response.query)) {
    if (!typed.has(token.norm)) typed.set(token.norm, response.query.slice(token.start, token.end));
  }
  const positive = new Set(response.terms);
  const groups: VariantGroup[] = [];
  const variantOf = new Map<string, string>();
  for (const [key, words] of entries) {
    const asTyped = typed.get(key) ?? key;
    const included = positive.has(key);
    const variants: string[] = [];
    for (const word of words) {
      const folded = foldText(word);
      if (typed.has(folded) || variants.includes(matchCase(folded, asTyped))) continue;
      variants.push(matchCase(folded, asTyped));
      if (included && !variantOf.has(folded)) variantOf.set(folded, asTyped);
    }
    if (variants.length > 0) groups.push({ typed: asTyped, variants, included });
  }
  return { groups, variantOf };
}

/**
 * `ranges` of `text`, each marked as a spelling variant when its word is one (compared folded).
 * Phrases and words the user typed stay exact.
 */
export function markVariants(text: string, ranges: readonly TextRange[], variantOf: ReadonlyMap<string, string>): MarkRange[] {
  if (variantOf.size === 0) return [...ranges];
  return ranges.map((range) => {
    const typed = variantOf.get(foldText(text.slice(range.start, range.end)));
    return typed === undefined ? range : { ...range, variantOf: typed };
  });
}

/** `word` (folded, so lower case) written the way `like` is: `DARAA` for `DERAA`, `Daraa` for `Deraa`. */
function matchCase(word: string, like: string): string {
  if (like.length > 1 && like === like.toUpperCase() && like !== like.toLowerCase()) return word.toUpperCase();
  const first = like.charAt(0);
  if (first !== first.toLowerCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}
