import { INDEX_SEPARATOR } from '@shared/text/tokens';
import { hasUnspaced } from '@shared/text/unspaced';
import type { QueryTerm } from './types';

/** Bodies up to this long are highlighted whole. */
const WHOLE_BELOW = 1500;
/** The stretch of text whose matches are counted when choosing where to highlight: a snippet's length. */
const WINDOW = 240;
/** Text kept on each side of that stretch: more than a snippet reaches beyond its matches. */
const MARGIN = 300;

/**
 * Texts longer than this (some 30,000 words, far beyond any news article) are scanned a slice at a
 * time, and only until the query's words have been seen together: a 20 MB text took a second to
 * scan whole for every search that listed it.
 */
const LONG_TEXT = 200_000;
/** One slice of a long text's scan. */
const SLICE = 65_536;
/** How far a long text is scanned past its first match when its words are not all seen together. */
const SCAN_AFTER_FIRST = 4 * SLICE;

/**
 * Finds where a query's words probably occur in a text, cheaply; see {@link snippetRegion}. `words`
 * is how many different words it looks for: a window holding that many is as good as any.
 */
export type MatchLocator = { readonly pattern: RegExp; readonly words: number } | null;

const BREAK = /['\u2018\u2019\u201b\-\u2010\u2011.,]/;
/** The full-text index's word split (the kernel's), for every match in a text. */
const SEPARATORS = new RegExp(INDEX_SEPARATOR.source, 'gu');
/**
 * One character of an index word (a letter, digit or mark): {@link INDEX_SEPARATOR}'s class turned
 * round (`[^…]+` → `[…]`), for the locator's word edges, which look at one character.
 */
const INDEX_CHAR = INDEX_SEPARATOR.source.replace(/^\[\^(.*)\]\+$/, '[$1]');

/**
 * A regular expression for every word a snippet should mark (the query's words, their variants
 * and the words they were stretched to), case-insensitive, at word starts; prefixes without an
 * end. Null when there is nothing to look for.
 */
export function matchLocator(terms: readonly QueryTerm[], marked: ReadonlyMap<string, readonly string[]>): MatchLocator {
  const exact = new Set<string>();
  const prefixes = new Set<string>();
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A phrase (or `al-Sham`) is its words in a row, whatever separates them, as the index reads it.
  const sequence = (words: readonly string[]) =>
    words
      .flatMap((w) => w.split(BREAK))
      .filter(Boolean)
      .map(escape)
      .join(INDEX_SEPARATOR.source);
  // Chinese, Japanese, Thai: their words touch the next with no separator, so these are looked for
  // without word edges (the highlighter then keeps only whole words, as the index found them).
  const inside = new Set<string>();
  for (const t of terms) {
    const pattern = sequence(t.words);
    if (pattern && t.words.some(hasUnspaced)) inside.add(t.words.map(escape).join(`(?:${INDEX_SEPARATOR.source})?`));
    else if (pattern) (t.kind === 'prefix' ? prefixes : exact).add(pattern);
    for (const v of marked.get(t.words[0] ?? '') ?? []) if (sequence([v])) exact.add(sequence([v]));
  }
  if (exact.size === 0 && prefixes.size === 0 && inside.size === 0) return null;
  const alternatives = [
    ...(exact.size ? [`(?:${[...exact].join('|')})(?!${INDEX_CHAR})`] : []),
    ...(prefixes.size ? [`(?:${[...prefixes].join('|')})`] : [])
  ];
  const edged = alternatives.length ? `(?<!${INDEX_CHAR})(?:${alternatives.join('|')})` : '';
  const source = inside.size === 0 ? edged : [...(edged ? [edged] : []), ...inside].join('|');
  return {
    pattern: new RegExp(source, 'giu'),
    words: new Set(terms.map((t) => sequence(t.words)).filter(Boolean)).size
  };
}

/**
 * The part of a long text worth highlighting: the stretch with the most distinct query words,
 * with a margin, found with one regular-expression scan. Highlighting (tokenising and folding
 * every word) costs ~2 µs a word, so a 3,000-character article costs 5× its snippet; this keeps it
 * to about 850 characters. The whole text when it is short or nothing was found (a word spelt
 * with accents the scan does not fold: the full highlighter then looks everywhere).
 *
 * A text over {@link LONG_TEXT} characters is scanned from its start a slice at a time, until a
 * window holds all the query's words or {@link SCAN_AFTER_FIRST} past the first match: its
 * snippet is the best passage of the part read, which may not be the best of the whole text. When
 * nothing is found, only its beginning is highlighted (highlighting 20 MB whole took seconds).
 *
 * @returns `[start, end)` in the text.
 */
export function snippetRegion(text: string, locator: MatchLocator): [number, number] {
  if (!locator || text.length <= WHOLE_BELOW) return [0, text.length];
  const long = text.length > LONG_TEXT;
  const found: Array<{ at: number; word: string }> = [];
  let best = { start: 0, distinct: 0, count: 0 };
  for (let offset = 0; offset < text.length;) {
    // NB: a slice ends after a space, so the next one's first word is seen whole (and the
    // pattern's look-behind sees no letter before it).
    let end = long ? Math.min(text.length, offset + SLICE) : text.length;
    if (end < text.length) end = text.indexOf(' ', end) + 1 || text.length;
    const slice = long ? text.slice(offset, end) : text;
    for (const m of slice.matchAll(locator.pattern)) {
      found.push({ at: offset + m.index, word: m[0].toLowerCase().replace(SEPARATORS, ' ') });
    }
    offset = end;
    if (found.length === 0) continue;
    best = bestWindow(found);
    if (best.distinct >= locator.words || offset - (found[0] as { at: number }).at > SCAN_AFTER_FIRST) break;
  }
  if (found.length === 0) return [0, long ? text.lastIndexOf(' ', SLICE) + 1 || SLICE : text.length];
  const start = Math.max(0, best.start - MARGIN);
  const end = Math.min(text.length, best.start + WINDOW + MARGIN);
  // Cut at spaces so no word is split: the highlighter must see whole words.
  const from = start === 0 ? 0 : text.indexOf(' ', start) + 1 || start;
  const to = end === text.length ? end : text.lastIndexOf(' ', end) > from ? text.lastIndexOf(' ', end) : end;
  return [from, to];
}

/**
 * Two pointers over the matches: the window with the most distinct words, then the most matches,
 * first on ties — what makeSnippet looks for.
 */
function bestWindow(found: ReadonlyArray<{ at: number; word: string }>): { start: number; distinct: number; count: number } {
  let best = { start: (found[0] as { at: number }).at, distinct: 0, count: 0 };
  const inWindow = new Map<string, number>();
  let left = 0;
  found.forEach((f, right) => {
    inWindow.set(f.word, (inWindow.get(f.word) ?? 0) + 1);
    while ((found[left] as { at: number }).at < f.at - WINDOW) {
      const w = (found[left] as { word: string }).word;
      const n = (inWindow.get(w) as number) - 1;
      if (n === 0) inWindow.delete(w);
      else inWindow.set(w, n);
      left++;
    }
    const count = right - left + 1;
    if (inWindow.size > best.distinct || (inWindow.size === best.distinct && count > best.count)) {
      best = { start: (found[left] as { at: number }).at, distinct: inWindow.size, count };
    }
  });
  return best;
}
