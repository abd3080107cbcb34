import type { QueryToken } from './lexQuery';

/**
 * Deepest nesting of parentheses kept. People rarely go past two; the limit exists because FTS5's
 * parser overflows its stack at about thirty levels of compiled query ("fts5: parser stack
 * overflow"), and each level typed can become two or three compiled ones.
 */
export const MAX_DEPTH = 6;

type Open = 'group' | 'near' | 'dropped';

/**
 * Makes parentheses match, so the parser never has to guess: a stray `)` is dropped, a missing `)`
 * is added at the end, `(` nested deeper than {@link MAX_DEPTH} or inside `NEAR(…)` is dropped
 * (its words join the enclosing group), and a `NEAR(` left open becomes a plain group, so its words
 * are searched without NEAR. Each change is noted.
 *
 * @example balanceQuery(lexQuery('(a OR b', notes), notes) // ( a OR b ) — note: 'Added a missing )…'
 */
export function balanceQuery(tokens: readonly QueryToken[], notes: string[]): QueryToken[] {
  const out: QueryToken[] = [];
  // For each open parenthesis, what it is and where it sits in `out` (-1 when dropped).
  const stack: Array<{ kind: Open; at: number }> = [];
  const inNear = (): boolean => stack.at(-1)?.kind === 'near';
  const depth = (): number => stack.filter((o) => o.kind !== 'dropped').length;

  // Counted, not noted one by one: the notes are deduplicated, so `((((` would otherwise say one
  // was missing when four were.
  let stray = 0;
  let missing = 0;
  for (const tok of tokens) {
    if (tok.t === 'lparen' || tok.t === 'near') {
      if (inNear()) {
        notes.push('Ignored parentheses inside NEAR(…): it takes only words and "phrases".');
      } else if (depth() >= MAX_DEPTH) {
        notes.push(`Parentheses nested deeper than ${MAX_DEPTH} levels were ignored.`);
        stack.push({ kind: 'dropped', at: -1 });
      } else {
        stack.push({ kind: tok.t === 'near' ? 'near' : 'group', at: out.length });
        out.push(tok);
      }
    } else if (tok.t === 'rparen') {
      const open = stack.pop();
      if (!open) stray++;
      else if (open.kind !== 'dropped') out.push(tok);
    } else {
      out.push(tok);
    }
  }

  for (let open = stack.pop(); open; open = stack.pop()) {
    if (open.kind === 'dropped') continue;
    if (open.kind === 'near') {
      out[open.at] = { t: 'lparen' };
      notes.push('NEAR( was not closed with ): searched its words without NEAR.');
    } else {
      missing++;
    }
    out.push({ t: 'rparen' });
  }
  if (stray === 1) notes.push('Ignored a ) that closes nothing.');
  else if (stray > 1) notes.push(`Ignored ${stray} ) that close nothing.`);
  if (missing === 1) notes.push('Added a missing ) at the end.');
  else if (missing > 1) notes.push(`Added ${missing} missing ) at the end.`);
  return out;
}
