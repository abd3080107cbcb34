/**
 * W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors) for a
 * highlight in an article.
 *
 * NB: every position here is in **UTF-16 code units** into the article's clean body (the text
 * the reader shows), i.e. JavaScript string indexes — not code points as the W3C model says.
 * Stored anchors and the renderer's DOM ranges both count UTF-16, so nothing converts; an
 * export to another W3C tool must convert (docs/anchoring.md).
 */

/** The highlighted text itself, with a little text either side to tell repeats apart. */
export interface TextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  /** The highlighted text, exactly as it was. */
  readonly exact: string;
  /** Up to {@link CONTEXT_LENGTH} code units just before it, cut at a word edge. */
  readonly prefix: string;
  /** Up to {@link CONTEXT_LENGTH} code units just after it, cut at a word edge. */
  readonly suffix: string;
}

/** Where the highlight was: [start, end) in UTF-16 code units of the clean body. */
export interface TextPositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}

/** Everything stored to find a highlight again: both selectors plus the hash of the text it was made on. */
export interface TextAnchor {
  readonly quote: TextQuoteSelector;
  readonly position: TextPositionSelector;
  /** {@link hashText} of the body the highlight was made on: equal hash, unchanged text. */
  readonly textHash: string;
}

/** Code units of context kept either side of a quote (Hypothesis keeps 32 too). */
export const CONTEXT_LENGTH = 32;

/**
 * Builds the anchor for [start, end) of `text`. Out-of-range or reversed positions are clamped
 * into the text (an empty range stays empty), so a stale caller gets an anchor, not an exception.
 *
 * @example describeRange('The cat sat on the mat.', 4, 7).quote // { exact: 'cat', prefix: 'The ', suffix: ' sat on the mat.' }
 */
export function describeRange(text: string, start: number, end: number): TextAnchor {
  const from = clamp(Math.min(start, end), text.length);
  const to = clamp(Math.max(start, end), text.length);
  return {
    quote: { type: 'TextQuoteSelector', exact: text.slice(from, to), prefix: prefixOf(text, from), suffix: suffixOf(text, to) },
    position: { type: 'TextPositionSelector', start: from, end: to },
    textHash: hashText(text)
  };
}

/**
 * A stable, pure hash of a text (no node:crypto, so the renderer computes the same): two 32-bit
 * multiply-xorshift lanes over the UTF-16 code units, plus the length, as 16 hex digits. For
 * telling "the same text" from "changed", not for anything secret.
 *
 * @example hashText('abc') === hashText('abc') // true; hashText('abc') !== hashText('abd')
 */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef ^ text.length;
  let h2 = 0x41c6ce57 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return hex8(h1) + hex8(h2);
}

function hex8(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}

function clamp(n: number, length: number): number {
  if (!Number.isFinite(n)) return n > 0 ? length : 0;
  return Math.max(0, Math.min(length, Math.trunc(n)));
}

// NB: one character's test, not the kernel's WORD (a run with joiners): it decides where a stored
// context is cut, so changing it would change what every new highlight stores; rank.ts judges a
// place's word edges by the same test.
const WORD = /[\p{L}\p{N}]/u;

/** The context before `at`: up to 32 code units, dropping a word cut in half at its far end. */
function prefixOf(text: string, at: number): string {
  let from = Math.max(0, at - CONTEXT_LENGTH);
  if (from > 0 && isWord(text, from - 1) && isWord(text, from)) {
    let edge = from;
    while (edge < at && isWord(text, edge)) edge++;
    // A single word longer than the window keeps the raw cut rather than no context at all.
    if (edge < at) from = edge;
  }
  if (isLowSurrogate(text, from)) from++;
  return text.slice(from, at);
}

/** The context after `at`: up to 32 code units, dropping a word cut in half at its far end. */
function suffixOf(text: string, at: number): string {
  let to = Math.min(text.length, at + CONTEXT_LENGTH);
  if (to < text.length && isWord(text, to - 1) && isWord(text, to)) {
    let edge = to;
    while (edge > at && isWord(text, edge - 1)) edge--;
    if (edge > at) to = edge;
  }
  if (isLowSurrogate(text, to)) to--;
  return text.slice(at, to);
}

function isWord(text: string, i: number): boolean {
  const c = text[i];
  return c !== undefined && WORD.test(c);
}

/** True when `i` is the second half of a surrogate pair (cutting there would split a character). */
function isLowSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff && i > 0;
}
