/**
 * An article's original text stored as whitespace edits against its clean body.
 *
 * Clean-up mostly changes only the whitespace between words (a newswire's hard-wrapped, indented
 * lines become paragraphs): in 19,655 of reuters-21578's 21,294 articles the original and the body
 * hold the same words, so storing the original in full wrote each text twice. Instead the library
 * stores, for each gap between words whose whitespace differs, the original's whitespace there:
 * about a fifth of the text's size. An original whose words differ from the body's (clean-up set a
 * line aside, repaired an entity) is stored in full, as before.
 *
 * Text is read as alternating runs: gap 0 (whitespace, maybe empty), word 1, gap 1, …, word N,
 * gap N (maybe empty), where a word is a run of characters that are not whitespace as JavaScript's
 * `\s` defines it (tabs, NBSP, U+2028 and the other Unicode spaces included). The edits are a
 * string of entries `<gaps since the previous entry><the original's whitespace>;` — digits and `;`
 * are never whitespace, so the format needs no escaping.
 *
 * @example
 * ```ts
 * const edits = encodeOriginalEdits('A b.\n\nC d.', 'A b.\n   C d.'); // '2\n   ;'
 * decodeOriginalEdits('A b.\n\nC d.', edits!); // 'A b.\n   C d.'
 * ```
 */

/** Whether a UTF-16 code unit is whitespace by JavaScript's `\s` (the definition both sides share). */
export function isSpaceUnit(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const SEMICOLON = 59;

/**
 * The edits that turn `body` into `original`, or `null` when the two hold different words (the
 * original must then be stored in full). Equal texts give `''`.
 */
export function encodeOriginalEdits(body: string, original: string): string | null {
  const bl = body.length;
  const ol = original.length;
  let i = 0;
  let j = 0;
  let gap = 0;
  let lastEdit = 0;
  let out = '';
  for (;;) {
    const bs = i;
    const os = j;
    while (i < bl && isSpaceUnit(body.charCodeAt(i))) i++;
    while (j < ol && isSpaceUnit(original.charCodeAt(j))) j++;
    if (i - bs !== j - os || !sameRun(body, bs, original, os, i - bs)) {
      out += gap - lastEdit + original.slice(os, j) + ';';
      lastEdit = gap;
    }
    if (i === bl || j === ol) return i === bl && j === ol ? out : null;
    // A word: the same characters on both sides, ending together. NB: the common case (printable
    // ASCII, never whitespace) is tested inline; this loop runs for every character of the text.
    for (;;) {
      const c = body.charCodeAt(i);
      if (c !== original.charCodeAt(j) || (c <= 32 || c >= 0xa0 ? isSpaceUnit(c) : false)) break;
      i++;
      j++;
      if (i === bl || j === ol) break;
    }
    const bEnd = i === bl || isSpaceUnit(body.charCodeAt(i));
    const oEnd = j === ol || isSpaceUnit(original.charCodeAt(j));
    if (!bEnd || !oEnd) return null;
    gap++;
  }
}

function sameRun(a: string, as: number, b: string, bs: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (a.charCodeAt(as + k) !== b.charCodeAt(bs + k)) return false;
  return true;
}

/**
 * The original text rebuilt from the body and {@link encodeOriginalEdits}' edits, or `undefined`
 * when the edits do not fit the body (damaged, or written for another text): the caller decides
 * what to show rather than being handed a wrong text.
 */
export function decodeOriginalEdits(body: string, edits: string): string | undefined {
  const bl = body.length;
  const el = edits.length;
  let out = '';
  let copied = 0;
  let i = 0;
  let gap = 0;
  let e = 0;
  while (e < el) {
    let delta = 0;
    const digitsFrom = e;
    for (let c = edits.charCodeAt(e); c >= 48 && c <= 57; c = edits.charCodeAt(++e)) delta = delta * 10 + (c - 48);
    if (e === digitsFrom) return undefined;
    const wsFrom = e;
    while (e < el && edits.charCodeAt(e) !== SEMICOLON) e++;
    if (e === el) return undefined;
    const ws = edits.slice(wsFrom, e);
    e++;
    // Walk to the start of gap `gap + delta`: past this gap's whitespace and the word after it.
    for (const target = gap + delta; gap < target; gap++) {
      while (i < bl && isSpaceUnit(body.charCodeAt(i))) i++;
      if (i === bl) return undefined;
      while (i < bl && !isSpaceUnit(body.charCodeAt(i))) i++;
    }
    out += body.slice(copied, i);
    while (i < bl && isSpaceUnit(body.charCodeAt(i))) i++;
    out += ws;
    copied = i;
  }
  return out + body.slice(copied);
}

/** How an article's original is stored: in full, as edits against the body, or not at all (the body). */
export interface StoredOriginal {
  /** The original in full, when its words differ from the body's; else null. */
  readonly original: string | null;
  /** Whitespace edits against the body ({@link encodeOriginalEdits}); null when stored in full or equal. */
  readonly originalEdits: string | null;
}

/**
 * The cheapest way to store `original` beside `body`. Edits are used only when shorter than the
 * text (a text whose every gap changed is kept whole; it would not be smaller as edits).
 */
export function storedOriginal(body: string, original: string): StoredOriginal {
  if (original === body) return { original: null, originalEdits: null };
  const edits = encodeOriginalEdits(body, original);
  if (edits === null || edits.length >= original.length) return { original, originalEdits: null };
  return { original: null, originalEdits: edits };
}

/**
 * The original text from what the library stored ({@link storedOriginal}), or `null` when it is the
 * body. A stored full original wins; edits that no longer fit the body (a damaged row) give `null`,
 * so the reader shows the clean text rather than a wrong one.
 */
export function originalFromStored(body: string, stored: StoredOriginal): string | null {
  if (stored.original !== null) return stored.original === body ? null : stored.original;
  if (stored.originalEdits === null || stored.originalEdits === '') return null;
  const original = decodeOriginalEdits(body, stored.originalEdits);
  return original === undefined || original === body ? null : original;
}
