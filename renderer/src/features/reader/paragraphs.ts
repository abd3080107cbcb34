import type { TextRange } from '@shared/contract/schemas';

/** A blank line (possibly holding spaces) separates paragraphs. */
const PARAGRAPH_BREAK = /\n[ \t\u00a0]*\n\s*/g;

/**
 * The paragraphs of an article body as ranges of the body (so highlights computed on the whole
 * text apply unchanged), each trimmed of surrounding whitespace; empty ones are dropped.
 *
 * @example splitParagraphs('One.\n\nTwo.') // [{ start: 0, end: 4 }, { start: 6, end: 10 }]
 */
export function splitParagraphs(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  let start = 0;
  const push = (from: number, to: number) => {
    while (from < to && /\s/.test(text[from]!)) from++;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    if (to > from) ranges.push({ start: from, end: to });
  };
  for (const m of text.matchAll(PARAGRAPH_BREAK)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return ranges;
}
