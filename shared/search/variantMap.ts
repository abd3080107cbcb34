import type { ParsedQuery, QueryNode } from './types';
import type { VariantIndex, VariantOptions } from './variants';

/**
 * The spelling variants of every bare word of a query, keyed by the folded word: the map that
 * `toFts` (to search them) and `findHighlights` (to mark them) take.
 *
 * Bare words only, excluded ones included (`-Deraa` leaves out `Daraa` too). Quoted words, prefixes
 * and NEAR stay exact: quotes are how a user says "this spelling only".
 *
 * The values are index words other than the typed one; they include an exact match that the index
 * spells differently (`Straße` typed as `strasse`), since FTS5 does not fold `ß` the way we do.
 *
 * @example
 * variantMap(parseQuery('Deraa "Busra" -Jabawi'), index)
 * // Map { 'deraa' => ['daraa'], 'jabawi' => ['jabbawi'] }
 */
export function variantMap(query: ParsedQuery, index: VariantIndex, options?: VariantOptions): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const visit = (node: QueryNode): void => {
    switch (node.type) {
      case 'term': {
        const key = node.term.words[0];
        if (node.term.kind !== 'word' || node.term.words.length !== 1 || key === undefined || map.has(key)) return;
        const words = index
          .find(key, options)
          .map((v) => v.word)
          .filter((w) => w !== key);
        if (words.length > 0) map.set(key, words);
        return;
      }
      case 'and':
      case 'or':
        node.children.forEach(visit);
        return;
      case 'not':
      case 'column':
        visit(node.child);
        return;
      case 'near':
        return;
    }
  };
  if (query.text) visit(query.text);
  return map;
}
