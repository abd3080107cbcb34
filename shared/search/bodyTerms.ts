import type { QueryNode, QueryTerm } from './types';

/**
 * The positive words, phrases and prefixes of a query's text that the article's text should be
 * marked with: those of `ParsedQuery.terms` not under a field filter. `title:"Ad sales"` says which
 * articles match, not which words to look at, so its words mark no body text or snippet.
 *
 * @example bodyTerms(parseQuery('title:Warner profits').text).map((t) => t.text) // ['profits']
 */
export function bodyTerms(root: QueryNode | null): QueryTerm[] {
  return root ? positiveTerms(root, { inFieldFilters: false }) : [];
}

/**
 * The terms of a query tree outside any exclusion, once each (by kind and words), in query order.
 * With `inFieldFilters` the words under a field filter (`title:…`) count too: they are what
 * `ParsedQuery.terms` lists; without, only the words the body text should be marked with.
 */
export function positiveTerms(root: QueryNode, options: { inFieldFilters: boolean }): QueryTerm[] {
  const seen = new Map<string, QueryTerm>();
  const add = (term: QueryTerm): void => {
    const key = `${term.kind} ${term.words.join(' ')}`;
    if (!seen.has(key)) seen.set(key, term);
  };
  const walk = (node: QueryNode): void => {
    if (node.type === 'term') add(node.term);
    else if (node.type === 'near') node.terms.forEach(add);
    else if (node.type === 'and' || node.type === 'or') node.children.forEach(walk);
    else if (node.type === 'column' && options.inFieldFilters) walk(node.child);
    // `not` (exclusions) contributes nothing either way.
  };
  walk(root);
  return [...seen.values()];
}
