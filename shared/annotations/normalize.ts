/**
 * A normalised copy of a text for matching, with a map back to the original: re-extraction
 * changes whitespace, quote marks, dashes and Unicode forms without changing the words, so a
 * highlight is looked for in the copy and its place is mapped back into the original.
 */
export interface NormalizedText {
  /** The copy: whitespace runs as one space, ‘’“” as '", dashes as -, NFKD without marks, lower case. */
  readonly text: string;
  /** For each code unit of the copy, where the original character it came from starts. */
  readonly start: Int32Array;
  /** For each code unit of the copy, where the original character it came from ends. */
  readonly end: Int32Array;
}

const SINGLE_QUOTES = new Set('‘’‚‛`´′ʼ');
const DOUBLE_QUOTES = new Set('“”„‟″«»');
const DASHES = new Set('‐‑‒–—―−⁃');
/** Soft hyphen, zero-width space/joiners, word joiner, BOM: invisible, dropped. */
const INVISIBLE = new Set('\u00ad\u200b\u200c\u200d\u2060\ufeff');
const WHITESPACE = /\s/;
const MARKS = /\p{M}/gu;

/** Non-ASCII characters seen before: NFKD and case folding per character are the slow part. */
const folded = new Map<string, string>();

/** What one non-ASCII character becomes in the copy ('' when dropped; ' ' for whitespace). */
function foldChar(ch: string): string {
  let out = folded.get(ch);
  if (out !== undefined) return out;
  if (INVISIBLE.has(ch)) out = '';
  else if (WHITESPACE.test(ch)) out = ' ';
  else if (SINGLE_QUOTES.has(ch)) out = "'";
  else if (DOUBLE_QUOTES.has(ch)) out = '"';
  else if (DASHES.has(ch)) out = '-';
  else out = ch.normalize('NFKD').replace(MARKS, '').toLowerCase();
  // NB: NFKD can produce whitespace (U+00A0 → ' ' is caught above, but e.g. U+2002 EN SPACE too).
  if (out.trim() === '' && out !== '') out = ' ';
  folded.set(ch, out);
  return out;
}

/**
 * Normalises `text` and keeps, for every code unit of the result, the original range it came
 * from. A whitespace run maps as one space onto the whole run; an expanded character (ﬁ → fi,
 * … → ...) maps each output unit onto the one original character.
 *
 * @example normalizeWithMap('“Hi”  there').text // '"hi" there'
 */
export function normalizeWithMap(text: string): NormalizedText {
  // NB: typed arrays and char codes, not per-character strings: this runs over whole articles
  // (60,000 code units for 10,000 words) and was the slowest step of anchoring when it pushed strings.
  let capacity = text.length + 16;
  let codes = new Uint16Array(capacity);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let n = 0;
  const grow = (): void => {
    capacity *= 2;
    const c = new Uint16Array(capacity);
    c.set(codes);
    codes = c;
    const s = new Int32Array(capacity);
    s.set(starts);
    starts = s;
    const e = new Int32Array(capacity);
    e.set(ends);
    ends = e;
  };
  let lastWasSpace = false;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) {
        if (lastWasSpace) ends[n - 1] = i + 1;
        else {
          if (n === capacity) grow();
          codes[n] = 0x20;
          starts[n] = i;
          ends[n++] = i + 1;
        }
        lastWasSpace = true;
      } else {
        if (n === capacity) grow();
        codes[n] = code >= 0x41 && code <= 0x5a ? code + 32 : code === 0x60 ? 0x27 : code;
        starts[n] = i;
        ends[n++] = i + 1;
        lastWasSpace = false;
      }
      i++;
      continue;
    }
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    const ch = foldChar(text.slice(i, i + width));
    if (ch === ' ') {
      if (lastWasSpace) ends[n - 1] = i + width;
      else {
        if (n === capacity) grow();
        codes[n] = 0x20;
        starts[n] = i;
        ends[n++] = i + width;
      }
      lastWasSpace = true;
    } else if (ch !== '') {
      for (let k = 0; k < ch.length; k++) {
        if (n === capacity) grow();
        codes[n] = ch.charCodeAt(k);
        starts[n] = i;
        ends[n++] = i + width;
      }
      lastWasSpace = false;
    }
    i += width;
  }
  return { text: fromCodes(codes, n), start: starts.slice(0, n), end: ends.slice(0, n) };
}

/** The string of the first `n` UTF-16 code units, built in slices (apply takes limited arguments). */
function fromCodes(codes: Uint16Array, n: number): string {
  const parts: string[] = [];
  for (let at = 0; at < n; at += 8192) parts.push(String.fromCharCode(...codes.subarray(at, Math.min(n, at + 8192))));
  return parts.join('');
}

/** {@link normalizeWithMap}'s text alone, for quotes and their context. */
export function normalizeText(text: string): string {
  return normalizeWithMap(text).text;
}

/**
 * The original range of the copy's [from, to). An empty range maps to the original position of
 * the copy's unit at `from` (or the original's end).
 */
export function toOriginal(norm: NormalizedText, from: number, to: number, originalLength: number): { start: number; end: number } {
  const start = from < norm.start.length ? norm.start[from]! : originalLength;
  const end = to > from ? norm.end[to - 1]! : start;
  return { start, end };
}
