import type { ParsedQuery, QueryNode, QueryTerm } from '@shared/search/types';

/**
 * Narrows the exclusion of a word that is a spelling of a word the query searches for.
 *
 * An excluded word normally takes its spelling variants along (`-Deraa` leaves out Daraa
 * articles too). NB: in `Daraa -Deraa` that would leave out every Daraa article, so the answer
 * was always empty; what the user means is "Daraa, but not where it is spelled Deraa". Such an
 * exclusion is kept to the word as typed (its entry is dropped from `variants`), and a note says so.
 *
 * @example
 * narrowExclusions(parseQuery('Daraa -Deraa'), new Map([['daraa', ['deraa']], ['deraa', ['daraa']]]))
 * // → { variants: Map { 'daraa' => ['deraa'] }, notes: ['-Deraa leaves out that spelling only: …'] }
 */
export function narrowExclusions(
  parsed: ParsedQuery,
  variants: ReadonlyMap<string, readonly string[]>
): { variants: Map<string, string[]>; notes: string[] } {
  const narrowed = new Map([...variants].map(([word, list]) => [word, [...list]]));
  const notes: string[] = [];
  if (!parsed.text) return { variants: narrowed, notes };
  const searched: QueryTerm[] = [];
  const excluded: QueryTerm[] = [];
  const visit = (node: QueryNode, negated: boolean): void => {
    if (node.type === 'term') {
      if (node.term.kind === 'word' && node.term.words.length === 1) (negated ? excluded : searched).push(node.term);
    } else if (node.type === 'and' || node.type === 'or') node.children.forEach((c) => visit(c, negated));
    else if (node.type === 'not') visit(node.child, !negated);
    else if (node.type === 'column') visit(node.child, negated);
  };
  visit(parsed.text, false);
  for (const term of excluded) {
    const word = term.words[0]!;
    const spellings = variants.get(word) ?? [];
    const of = searched.find((s) => {
      const w = s.words[0]!;
      return w !== word && (spellings.includes(w) || (variants.get(w) ?? []).includes(word));
    });
    if (!of || !narrowed.delete(word)) continue;
    notes.push(
      `-${term.text} leaves out that spelling only: it is a spelling of ${of.text}, which you searched for ` +
        `(an excluded word otherwise takes its other spellings along, and would leave out every ${of.text} article).`
    );
  }
  return { variants: narrowed, notes };
}
