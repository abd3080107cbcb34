import type { TextRange } from '../../../shared/contract/schemas';
import { tokenize } from '../../../shared/text/tokens';

/**
 * A short excerpt of `text` around the densest cluster of matched words, cut at word boundaries,
 * with the matched words' ranges relative to the excerpt.
 */
export function makeSnippet(text: string, terms: readonly string[], maxChars = 220): { text: string; highlights: TextRange[] } {
  const matches = termMatcher(terms);
  const tokens = tokenize(text);
  const hits = tokens.filter((t) => matches(t.norm));
  if (hits.length === 0) {
    const cut = cutAtWord(text, 0, maxChars);
    return { text: cut.text, highlights: [] };
  }
  // Slide over the hits and keep the window of maxChars holding the most distinct terms.
  let best = { start: hits[0]!.start, score: -1 };
  for (let i = 0; i < hits.length; i++) {
    const startHit = hits[i]!;
    const distinct = new Set<string>();
    for (let j = i; j < hits.length && hits[j]!.end - startHit.start <= maxChars; j++) distinct.add(hits[j]!.norm);
    if (distinct.size > best.score) best = { start: startHit.start, score: distinct.size };
  }
  const start = Math.max(0, best.start - Math.floor(maxChars / 4));
  const cut = cutAtWord(text, start, maxChars);
  const highlights = hits
    .filter((h) => h.start >= cut.from && h.end <= cut.to)
    .map((h) => ({ start: h.start - cut.from + cut.prefix, end: h.end - cut.from + cut.prefix }));
  return { text: cut.text, highlights };
}

function cutAtWord(text: string, start: number, maxChars: number): { text: string; from: number; to: number; prefix: number } {
  let from = start;
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space - from < 30) from = space + 1;
  }
  let to = Math.min(text.length, from + maxChars);
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > from + maxChars / 2) to = space;
  }
  const prefix = from > 0 ? '… ' : '';
  const suffix = to < text.length ? ' …' : '';
  const body = text.slice(from, to).replace(/\s+/g, (ws) => ' '.repeat(ws.length));
  return { text: prefix + body + suffix, from, to, prefix: prefix.length };
}

/**
 * A test for folded words: exact terms, and prefixes written `negotiat*`. Words with inner
 * hyphens or apostrophes also match by their parts (`al-sham` for `sham`), as FTS5 splits them.
 */
export function termMatcher(terms: readonly string[]): (word: string) => boolean {
  const exact = new Set(terms.filter((t) => !t.endsWith('*')));
  const prefixes = terms.filter((t) => t.endsWith('*')).map((t) => t.slice(0, -1));
  const test = (w: string) => exact.has(w) || prefixes.some((p) => w.startsWith(p));
  return (word) => test(word) || (/['\-.,]/.test(word) && word.split(/['\-.,]/).some(test));
}
