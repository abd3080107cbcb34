import type { Highlight } from './highlight';

/** A short extract of a text around its highlights, ready to show in a result list. */
export interface Snippet {
  /** The extract, whitespace runs collapsed to one space, with `…` where it cuts the text. */
  readonly text: string;
  /** The highlights inside the extract, in offsets of `text` (ellipsis included). */
  readonly highlights: Highlight[];
  /** Where the extract starts and ends in the original text, e.g. to open the reader there. */
  readonly start: number;
  readonly end: number;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/;
/** What a snippet should not begin with once cut: space and the punctuation that closes a clause. */
const LEADING_JUNK = /[\s,;:.!?)\]\u201d\u2019]/;
const ELLIPSIS = '…';
/** Text ending where a sentence starts: after `.`, `!` or `?` (and a closing quote) and space, or a line break. */
const SENTENCE_START = /[.!?]["'’”)]?\s+$|\n\s*$/;

/**
 * Picks the part of a text worth showing for a search result: the window of at most `maxChars`
 * (ellipses included) holding the most distinct query terms, then the most highlights. The window
 * is cut at word boundaries, begins at a sentence start when one is near, and keeps the matches
 * roughly centred otherwise, with at most a third of it before the first match.
 *
 * With no highlights, the extract is the beginning of the text.
 *
 * @example
 * const text = article.body;
 * const s = makeSnippet(text, findHighlights(text, query.terms), 160);
 * // s.text: '…the rebels in Daraa on Wednesday rejected a Russian proposal…'
 * // s.highlights: [{ start: 15, end: 20, term: 'Daraa', kind: 'exact' }]
 */
export function makeSnippet(text: string, highlights: readonly Highlight[], maxChars = 240): Snippet {
  if (text.length <= maxChars) return build(text, 0, text.length, highlights);
  const budget = Math.max(1, maxChars - 2 * ELLIPSIS.length);
  const sorted = [...highlights]
    .filter((h) => h.end > h.start && h.start >= 0 && h.end <= text.length)
    .sort((a, b) => a.start - b.start);

  const [from, last] = bestWindow(sorted, budget) ?? [0, 0];
  const to = Math.min(last, from + budget);
  const slack = budget - (to - from);

  // Begin with the sentence of the first match if it starts within the slack; otherwise centre
  // the matches. NB: never more than a third of the window before the first match, even to fill
  // the window at the text's end: a result list shows only the first lines of a snippet (three
  // in search.css), and a match at its tail was cut off, leaving a snippet without its word.
  const lead = Math.min(slack, Math.floor(budget / 3));
  const leadStart = Math.max(0, from - lead);
  let start = leadStart === 0 ? 0 : from - Math.min(Math.floor(slack / 2), lead);
  for (let k = from; k > leadStart; k--) {
    if (SENTENCE_START.test(text.slice(leadStart, k))) {
      start = k;
      break;
    }
  }
  start = Math.max(0, leadStart, Math.min(start, text.length - budget, from));
  let end = Math.min(text.length, start + budget);

  // Whole words only: move the start forward (or back, if forward would pass the first match) and
  // the end back, never cutting into the matches themselves.
  if (start > 0 && inWord(text, start)) {
    let k = start;
    while (k < text.length && isWordAt(text, k)) k++;
    if (k <= from) start = k;
    else {
      while (start > 0 && isWordAt(text, start - 1)) start--;
      end = Math.max(to, Math.min(end, start + budget));
    }
  }
  while (start < from && LEADING_JUNK.test(text.charAt(start))) start++;
  if (end < text.length && inWord(text, end)) {
    let k = end;
    while (k > start && isWordAt(text, k - 1)) k--;
    if (k >= to) end = k;
  }
  while (end > to && SPACE.test(text.charAt(end - 1))) end--;
  // NB: never split a surrogate pair (an emoji at the edge).
  if (isLowSurrogate(text.charCodeAt(start)) && start < from) start++;
  if (isLowSurrogate(text.charCodeAt(end)) && end > to) end--;
  return build(text, start, end, sorted);
}

/** The span of the highlights in the best window, or null when there are none. */
function bestWindow(sorted: readonly Highlight[], budget: number): [number, number] | null {
  if (sorted.length === 0) return null;
  const counts = new Map<string, number>();
  let best: { i: number; j: number; distinct: number; count: number } | null = null;
  let j = 0;
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i] as Highlight;
    if (j < i) j = i;
    while (j < sorted.length && (sorted[j] as Highlight).end - first.start <= budget) {
      const term = (sorted[j] as Highlight).term;
      counts.set(term, (counts.get(term) ?? 0) + 1);
      j++;
    }
    const distinct = counts.size;
    const count = j - i;
    if (!best || distinct > best.distinct || (distinct === best.distinct && count > best.count))
      best = { i, j, distinct, count };
    if (j > i) {
      const left = (counts.get(first.term) ?? 1) - 1;
      if (left === 0) counts.delete(first.term);
      else counts.set(first.term, left);
    }
  }
  if (!best) return null;
  const first = sorted[best.i] as Highlight;
  // A single highlight longer than the budget still makes a window of its own.
  const last = best.j > best.i ? (sorted[best.j - 1] as Highlight) : first;
  return [first.start, last.end];
}

/** Cuts `text[start, end)`, collapses whitespace, adds ellipses and moves the highlights along. */
function build(text: string, start: number, end: number, highlights: readonly Highlight[]): Snippet {
  const before = start > 0 ? ELLIPSIS : '';
  let out = before;
  // Where each original offset lands in `out`.
  const at = new Int32Array(end - start + 1);
  for (let k = start; k < end; k++) {
    at[k - start] = out.length;
    const ch = text.charAt(k);
    if (!SPACE.test(ch)) out += ch;
    else if (out.length > before.length && !out.endsWith(' ')) out += ' ';
  }
  at[end - start] = out.length;
  const body = out.replace(/ $/, '');
  const moved = highlights
    .filter((h) => h.start >= start && h.end <= end)
    .map((h) => ({ ...h, start: at[h.start - start] as number, end: at[h.end - start] as number }));
  return { text: body + (end < text.length ? ELLIPSIS : ''), highlights: moved, start, end };
}

function isWordAt(text: string, k: number): boolean {
  return (
    WORD_CHAR.test(text.charAt(k)) || (isLowSurrogate(text.charCodeAt(k)) && WORD_CHAR.test(text.slice(k - 1, k + 1)))
  );
}

function inWord(text: string, k: number): boolean {
  return isWordAt(text, k - 1) && isWordAt(text, k);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
