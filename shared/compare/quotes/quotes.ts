/**
 * Quotations in article text: what an outlet puts in someone's mouth, with where it stands and
 * who it says spoke. Grouping the same quote across outlets is in `quotesGroup.ts`.
 */
import { splitParagraphs, type Span } from '../analysis/spans';
import { isQuotedTitle } from './quotedTitle';
import { findSpeaker } from './quotesSpeaker';

/** Which marks enclose a quote. */
export type QuoteMarks = 'double' | 'single' | 'guillemet';

/** One quotation in a text. Offsets are UTF-16 units into the text as given. */
export interface Quote {
  /** Start of the quoted words (just inside the opening mark). */
  readonly start: number;
  /** End of the quoted words, before any trailing `,` `.` inside the closing mark. */
  readonly end: number;
  /** The quoted words: `text.slice(start, end)`. */
  readonly text: string;
  readonly marks: QuoteMarks;
  /** Who the text says spoke (`the command`, `Spokesman Ibrahim Jabbawi`), as written; absent when unattributed. */
  readonly speaker?: string;
}

type Direction = 'open' | 'close' | 'either';
interface Mark {
  readonly index: number;
  readonly dir: Direction;
}

const DOUBLE = /["\u201c\u201d\u201e\u00ab\u00bb]/g;
const SINGLE = /['\u2018\u2019\u201a\u2039\u203a]/g;
/** Longest quote in words for single marks: beyond that an apostrophe was mistaken for a mark. */
const MAX_SINGLE_WORDS = 12;

/**
 * Every quotation of a text, in text order: straight and curly double quotes, `« »`, and single
 * quotes used as quotation marks (`talks with Russia 'fail'`, `‘final answer’`) but not apostrophes
 * (`Assad's`, `rebels' command`).
 *
 * Quotes never cross a line: a mark left open at the end of a paragraph (a multi-paragraph quote,
 * or mangled text) yields nothing rather than a runaway quote. Single quotes inside a double quote
 * are quotes within the quote and are not reported separately. A quoted title (`the "Mean Girls"
 * star`, `the film "Liz & Dick"`) is no quotation and is left out (`quotedTitle.ts`).
 *
 * @example extractQuotes('"The session ended," Jabbawi told AFP.')[0] // {text: 'The session ended', speaker: 'Jabbawi', …}
 */
export function extractQuotes(text: string): Quote[] {
  const out: Quote[] = [];
  for (const para of splitParagraphs(text)) {
    const doubles = pairMarks(text, para, marksIn(text, para, DOUBLE, doubleDirection), Infinity);
    const inside = (i: number) => doubles.some((q) => i > q.start && i < q.end);
    const singleMarks = marksIn(text, para, SINGLE, singleDirection).filter((m) => !inside(m.index));
    const singles = pairMarks(text, para, singleMarks, MAX_SINGLE_WORDS);
    const kept = (q: Span, kind: QuoteMarks) => {
      const quote = makeQuote(text, q, kind);
      // A quoted title (`the "Mean Girls" star`) is nobody's words.
      if (!isQuotedTitle(text, quote, q)) out.push(quote);
    };
    for (const q of doubles) kept(q, text.charAt(q.start) === '\u00ab' ? 'guillemet' : 'double');
    for (const q of singles) kept(q, 'single');
  }
  return out.filter((q) => q.text !== '').sort((a, b) => a.start - b.start);
}

function marksIn(text: string, para: Span, re: RegExp, direction: (text: string, i: number) => Direction | undefined): Mark[] {
  const out: Mark[] = [];
  for (const m of text.slice(para.start, para.end).matchAll(re)) {
    const index = para.start + m.index;
    const dir = direction(text, index);
    if (dir !== undefined) out.push({ index, dir });
  }
  return out;
}

const WORDISH = /[\p{L}\p{N}]/u;
const SPACE_OR_OPENER = /[\s([{\u2014\u2013-]/u;

/** Curly marks say which way they face; a straight `"` is read from its neighbours. */
function doubleDirection(text: string, i: number): Direction {
  const ch = text.charAt(i);
  if (ch === '\u201c' || ch === '\u201e' || ch === '\u00ab') return 'open';
  if (ch === '\u201d' || ch === '\u00bb') return 'close';
  const before = i === 0 ? ' ' : text.charAt(i - 1);
  const after = i + 1 >= text.length ? ' ' : text.charAt(i + 1);
  const openLike = SPACE_OR_OPENER.test(before) && !/\s/.test(after);
  const closeLike = !/\s/.test(before) && (/\s/.test(after) || /[.,;:!?)\]]/.test(after));
  if (openLike && !closeLike) return 'open';
  if (closeLike && !openLike) return 'close';
  return 'either';
}

/**
 * Single marks double as apostrophes, so only clear cases count: an opening mark after a space or
 * an opener and before a letter; a closing mark after a letter or punctuation and before a space,
 * punctuation or the end. `Assad's` (letter on both sides) is neither.
 */
function singleDirection(text: string, i: number): Direction | undefined {
  const before = i === 0 ? ' ' : text.charAt(i - 1);
  const after = i + 1 >= text.length ? ' ' : text.charAt(i + 1);
  if (WORDISH.test(before) && WORDISH.test(after)) return undefined;
  const ch = text.charAt(i);
  if ((SPACE_OR_OPENER.test(before) || /["\u201c]/.test(before)) && WORDISH.test(after)) {
    return ch === '\u2019' || ch === '\u203a' ? undefined : 'open';
  }
  if ((WORDISH.test(before) || /[.,!?]/.test(before)) && !WORDISH.test(after)) {
    return ch === '\u2018' || ch === '\u201a' || ch === '\u2039' ? undefined : 'close';
  }
  return undefined;
}

/**
 * Pairs opening and closing marks left to right. A straight mark facing either way closes an open
 * quote and opens one otherwise (straight quotes alternate); a second clear opener while one is
 * open means the first was stray.
 */
function pairMarks(text: string, para: Span, marks: readonly Mark[], maxWords: number): Span[] {
  const out: Span[] = [];
  let open: Mark | undefined;
  for (const m of marks) {
    if (open === undefined) {
      if (m.dir !== 'close') open = m;
      continue;
    }
    if (m.dir === 'open' && text.charAt(m.index) !== '"' && text.charAt(m.index) !== "'") {
      open = m;
      continue;
    }
    const span = { start: open.index, end: m.index + 1 };
    const words = text
      .slice(span.start + 1, span.end - 1)
      .split(/\s+/)
      .filter((w) => w !== '').length;
    if (words <= maxWords) out.push(span);
    open = undefined;
  }
  return out.filter((s) => s.start >= para.start && s.end <= para.end);
}

/** Trims the quoted words of spaces and of the punctuation news style puts inside the marks. */
function makeQuote(text: string, marks: Span, kind: QuoteMarks): Quote {
  let start = marks.start + 1;
  let end = marks.end - 1;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /[\s,;:.]/.test(text.charAt(end - 1))) end--;
  // NB: "?" and "!" are part of what was said; the comma or full stop inside the marks is house style.
  const speaker = findSpeaker(text, marks);
  const quote: Quote = { start, end, text: text.slice(start, end), marks: kind };
  return speaker === undefined ? quote : { ...quote, speaker };
}
