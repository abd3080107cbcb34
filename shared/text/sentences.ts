/**
 * The kernel's one sentence splitter, rule-based, over a text's words (`tokenize`, or alignment's
 * `alignWords`), so that every sentence knows both its character span and its word range.
 *
 * Alignment works on sentences because reused text is reused sentence by sentence; the comparison
 * analyses (`lineSentences` in shared/compare/analysis/spans.ts) reason about shared sentences,
 * quotes and figures inside them. A false break splits a quote from its speaker, a missed one
 * joins two claims: the rules below are tuned on news style (`Mr. Assad`, `the U.S. envoy`,
 * `No. 10`, `J. Smith`).
 */

import type { Token } from './tokens';

/** One sentence: `[start, end)` in UTF-16 units and `[wordStart, wordEnd)` into the word list. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly wordStart: number;
  readonly wordEnd: number;
}

/**
 * Words that end with a dot without ending a sentence: titles, ranks, company forms, months and
 * the like, folded. Initials (`J.`, `U.S.`, `e.g.`) are recognised by their shape instead, and
 * `No.` only before a figure (see {@link isAbbreviationDot}).
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'rev', 'hon', 'jr', 'sr'],
  ...['gen', 'col', 'lt', 'maj', 'sgt', 'capt', 'cmdr', 'gov', 'sen', 'rep', 'sec', 'dept'],
  // US court and police titles (`said Dist. Atty. Steve Cooley`, `Dep. Sheriff`): review 17, #6.
  ...['dist', 'atty', 'dep', 'det', 'insp', 'supt', 'asst', 'cpl', 'pvt', 'adm', 'pres'],
  ...['inc', 'corp', 'ltd', 'co', 'vs', 'etc', 'approx', 'fig', 'mt'],
  ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']
]);

/** Dotted initials as the tokenizer keeps them: `U.S`, `u.n`, `e.g`, `a.m` (the last dot outside). */
const DOTTED_INITIALS = /^(?:\p{L}\.)+\p{L}$/u;

/**
 * True when the dot straight after `word` is an abbreviation's, not a full stop: an
 * {@link ABBREVIATIONS} word, dotted initials, a single capital initial (`J. Smith`), or `No.`
 * before a figure (`No. 10`).
 *
 * @param raw The word as written (`text.slice(word.start, word.end)`).
 * @param nextCh The first character of the word after the dot.
 */
export function isAbbreviationDot(word: Token, raw: string, nextCh: string): boolean {
  if (ABBREVIATIONS.has(word.norm)) return true;
  if (word.norm === 'no') return /\p{N}/u.test(nextCh);
  if (raw.length === 1) return /\p{Lu}/u.test(raw);
  return DOTTED_INITIALS.test(raw);
}

const TERMINAL = /[.!?\u2026\u3002\u061f]/;
/**
 * The full stops of Chinese and Japanese (。！？ and the half-width ｡): written with no space after
 * them and before a letter that has no case, so the Latin rules below never saw a break there and
 * a whole paragraph was one sentence. They mark no abbreviation: always a sentence end.
 */
const CJK_TERMINAL = /[\u3002\uff01\uff1f\uff61]/;
const SPACE = /\s/;

/** True when the gap between two words (the text between them) ends a sentence. */
function endsSentence(text: string, gapStart: number, gapEnd: number, prev: Token, next: Token): boolean {
  let terminal = false;
  let newlines = 0;
  let sawSpace = false;
  // Anything but space after the first space: an opening quote, a dash, "//", a bullet.
  let markAfterSpace = false;
  for (let i = gapStart; i < gapEnd; i++) {
    const ch = text[i]!;
    if (ch === '\n') newlines++;
    if (SPACE.test(ch)) sawSpace = true;
    else if (sawSpace) markAfterSpace = true;
    else if (CJK_TERMINAL.test(ch)) return true;
    else if (TERMINAL.test(ch)) terminal = true;
  }
  // A blank line always ends a paragraph, and with it a sentence.
  if (newlines >= 2) return true;
  const nextCh = text[next.start]!;
  const nextLower = nextCh !== nextCh.toUpperCase();
  // A line break before a capital: headings, captions and one-line paragraphs without a full stop.
  if (newlines === 1 && !nextLower && nextCh !== nextCh.toLowerCase()) return true;
  if (!terminal) return false;
  // "botanist.On": a full stop straight before a capital, when scraping lost the space.
  if (!sawSpace)
    return !nextLower && nextCh !== nextCh.toLowerCase() && prev.end - prev.start >= 2 && !ABBREVIATIONS.has(prev.norm);
  // "e.g. the", "U.S. officials": a lower-case word straight after the dot continues the sentence.
  if (nextLower && !markAfterSpace) return false;
  // "Fri., May 3", "Inc., which": a comma straight after the dot; no sentence starts with one.
  if (text[prev.end] === '.' && text[prev.end + 1] === ',') return false;
  // "Mr. Assad", "J. Smith", "No. 10": a dot after an abbreviation or an initial is not a full stop.
  if (text[prev.end] === '.' && isAbbreviationDot(prev, text.slice(prev.start, prev.end), nextCh)) return false;
  // "May. 3, 2013": a month written out, dotted like the shortened ones, before its day.
  if (text[prev.end] === '.' && MONTH_NAMES.has(prev.norm) && isDayOfDate(text, next)) return false;
  return true;
}

/** Months written out, folded: some pages dot them like the shortened months (`May. 3`, `June. 14`). */
const MONTH_NAMES: ReadonlySet<string> = new Set(
  'january february march april may june july august september october november december'.split(' ')
);

/**
 * True when `word` is the day of a date (`3` in `May. 3, 2013`, `May. 3rd` or `May. 3` ending its
 * line), not a count opening the next sentence (`in May. 3 people died`).
 */
function isDayOfDate(text: string, word: Token): boolean {
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(text.slice(word.start, word.end));
  if (m === null || Number(m[1]) < 1 || Number(m[1]) > 31) return false;
  return /^(?:,|[^\S\n]*(?:\n|$|\d{4}\b))/.test(text.slice(word.end, word.end + 8));
}

/**
 * Splits `text` into sentences over its `words`. Every word belongs to exactly one sentence; the
 * sentence's span runs from its first visible character (an opening quote included) to its last
 * (closing punctuation and quotes included).
 *
 * @example splitSentences(t, tokenize(t)) // t = 'It failed. Talks "ended".' → two sentences
 */
export function splitSentences(text: string, words: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  if (words.length === 0) return sentences;
  let wordStart = 0;
  let start = visibleStartBefore(text, words[0]!.start, 0);
  for (let i = 0; i + 1 < words.length; i++) {
    const prev = words[i]!;
    const next = words[i + 1]!;
    if (!endsSentence(text, prev.end, next.start, prev, next)) continue;
    // The gap splits at its first whitespace: what comes before closes this sentence, what
    // follows the last whitespace opens the next.
    let cut = prev.end;
    while (cut < next.start && !SPACE.test(text[cut]!)) cut++;
    sentences.push({ start, end: cut, wordStart, wordEnd: i + 1 });
    wordStart = i + 1;
    start = visibleStartBefore(text, next.start, cut);
  }
  const last = words[words.length - 1]!;
  let end = last.end;
  while (end < text.length && !SPACE.test(text[end]!)) end++;
  sentences.push({ start, end, wordStart, wordEnd: words.length });
  return sentences;
}

/** The first non-space position in `[floor, wordStart]` reached by walking back from the word. */
function visibleStartBefore(text: string, wordStart: number, floor: number): number {
  let s = wordStart;
  while (s > floor && !SPACE.test(text[s - 1]!)) s--;
  return s;
}
