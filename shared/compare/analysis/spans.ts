/**
 * Paragraphs and sentences with their offsets: the units the comparison analyses reason about.
 * Offsets are UTF-16 code units into the text as given (`text.slice(start, end)`).
 */

/** A stretch of a text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The non-blank lines of a text, trimmed. Imported articles keep one paragraph per line, so a line
 * is the paragraph a quote or a figure must stay inside.
 */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (trimmed === '') continue;
    out.push({ start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return out;
}

/** Abbreviations whose dot does not end a sentence (`Mr. Assad`, `Gen. Smith`). `No.` only before a digit. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'maj',
  'rep',
  'sen',
  'gov',
  'prof',
  'jr',
  'sr',
  'vs',
  'etc',
  'inc',
  'corp',
  'ltd',
  'co',
  'mt',
  'fig',
  'approx',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'rev',
  'hon',
  'sec',
  'dept'
]);

/**
 * Candidate sentence ends: a full stop, question or exclamation mark (or an ellipsis), closing
 * quotes or brackets after it, then a space. The next character decides (see below).
 */
const END = /[.!?\u2026]+["'\u201d\u2019)\]]*(?=\s+(\S))/g;

/**
 * The sentences of a text, never crossing a paragraph (line) break.
 *
 * A break needs what follows to open a sentence (a capital, a digit or an opening quote), and the
 * word before the dot not to be an abbreviation (`Mr.`) or initials (`U.N.`): news style puts
 * both mid-sentence, and a false break splits a quote from its speaker.
 *
 * @example splitSentences('Talks failed. Mr. Jabbawi said so.').length // 2
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  for (const p of splitParagraphs(text)) {
    const para = text.slice(p.start, p.end);
    let from = 0;
    for (const m of para.matchAll(END)) {
      const next = m[1] ?? '';
      if (!/[\p{Lu}\p{N}"'\u201c\u2018\u00ab([]/u.test(next)) continue;
      const before = /([\p{L}.]+)$/u.exec(para.slice(from, m.index))?.[1] ?? '';
      if (m[0].startsWith('.') && (ABBREVIATIONS.has(before.toLowerCase()) || /^(?:\p{L}\.)+\p{L}$/u.test(before))) continue;
      if (m[0] === '.' && /^no$/i.test(before) && /\d/.test(next)) continue;
      const end = m.index + m[0].length;
      pushTrimmed(out, text, p.start + from, p.start + end);
      from = end;
    }
    pushTrimmed(out, text, p.start + from, p.end);
  }
  return out;
}

function pushTrimmed(out: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

/**
 * Merges sorted spans that touch or are separated only by whitespace, so adjacent shared
 * sentences read as one passage.
 */
export function mergeSpans(text: string, spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && (s.start <= last.end || text.slice(last.end, s.start).trim() === '')) {
      out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    } else out.push(s);
  }
  return out;
}

/**
 * The items (tokens, figures…) inside each span, in one pass: both lists sorted by start. An item
 * belongs to the span it starts in and must end inside it.
 */
export function itemsBySpan<T extends Span>(items: readonly T[], spans: readonly Span[]): T[][] {
  const out: T[][] = spans.map(() => []);
  let k = 0;
  spans.forEach((s, n) => {
    while (k < items.length && items[k]!.start < s.start) k++;
    let j = k;
    while (j < items.length && items[j]!.start < s.end) {
      if (items[j]!.end <= s.end) out[n]!.push(items[j]!);
      j++;
    }
    k = j;
  });
  return out;
}
