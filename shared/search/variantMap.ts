import { withoutArticle } from './arabicArticle';
import type { ParsedQuery, QueryNode } from './types';
import type { VariantIndex, VariantOptions } from './variants';

/**
 * The spelling variants of every bare word of a query, keyed by the folded word: the map that
 * `toFts` (to search them) and `findHighlights` (to mark them) take.
 *
 * Bare words only, excluded ones included (`-Deraa` leaves out `Daraa` too); a hyphenated word
 * gets the phrases of its parts' respellings (`al-Qaeda` → `al qaida`), and one opening with the
 * Arabic article its name alone too (`al-Jabawi` → `jabawi`, `jabbawi`). Quoted words, prefixes
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
        // NB: a word opening with the Arabic article is respelt by its parts alone: read whole,
        // `al-Harir`'s letters (`lrr`) are Larry's and Heller's. Other hyphenated words keep their
        // whole-word respellings as well (`boundary-layer`): dropping them cost Cranfield's questions
        // 0.0013 of nDCG@10 and put a held-out fold below plain BM25 (docs/benchmarks.md, session 15).
        const words =
          withoutArticle(key) !== null
            ? [...respelledParts(key), ...nameAlone(key)]
            : isHyphenated(key)
              ? [...spellingsOf(key), ...respelledParts(key)]
              : spellingsOf(key);
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
  const spellingsOf = (word: string): string[] =>
    index
      .find(word, options)
      .map((v) => v.word)
      .filter((w) => w !== word);
  // NB: the index holds a hyphenated word in parts (`al-Qaeda` as `al`, `qaeda`), so the word
  // itself has no respellings there: its parts do, and `al qaida` is searched as a phrase.
  const respelledParts = (word: string): string[] => {
    const parts = word.split(HYPHEN).filter((p) => p !== '');
    if (parts.length < 2) return [];
    let phrases: Array<{ words: string[]; changed: number }> = [{ words: [], changed: 0 }];
    for (const part of parts) {
      const spellings = [part, ...spellingsOf(part)];
      phrases = phrases.flatMap((p) =>
        spellings.map((s, i) => ({ words: [...p.words, s], changed: p.changed + Math.min(i, 1) }))
      );
      phrases = phrases.sort((x, y) => x.changed - y.changed).slice(0, MAX_PHRASES + 1);
    }
    return phrases.filter((p) => p.changed > 0).map((p) => p.words.join(' '));
  };
  // NB: the Arabic article is optional (`al-Jabawi` is the Jabbawi of other articles): the name
  // after it is searched alone, with its respellings; `al` itself never is.
  const nameAlone = (word: string): string[] => {
    const name = withoutArticle(word);
    if (name === null) return [];
    return [name, ...(isHyphenated(name) ? respelledParts(name) : spellingsOf(name))];
  };
  if (query.text) visit(query.text);
  return map;
}

const HYPHEN = /[-\u2010\u2011]/;

/** Whether a folded word is two or more parts joined by hyphens (`al-harir`), as the index never holds it. */
function isHyphenated(word: string): boolean {
  return word.split(HYPHEN).filter((p) => p !== '').length > 1;
}

/** Most respellings of a hyphenated word (`al-Qaeda`) searched along with it. */
const MAX_PHRASES = 8;
