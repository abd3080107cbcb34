/**
 * Bodies over this many characters (some 30,000 words, far beyond a news article) are shown a part
 * at a time. NB: a 20 MB report drawn whole — every paragraph, every search mark — kept the
 * previous article greyed out for seconds and the window unresponsive.
 */
export const READER_PART = 200_000;

const PARAGRAPH_BREAK = /\n[ \t\u00a0]*\n/g;

/**
 * Where the shown part of a text ends when `parts` parts are asked for: at the first paragraph
 * break after `parts` × {@link READER_PART} characters (at a space when no break is near), or at
 * the end of the text. Offsets before it are the text's own, so marks and highlights computed on
 * the whole text apply unchanged.
 *
 * @example shownEnd(body, 1) === body.length // every article of ordinary length
 */
export function shownEnd(text: string, parts: number): number {
  const limit = Math.max(1, parts) * READER_PART;
  if (text.length <= limit) return text.length;
  PARAGRAPH_BREAK.lastIndex = limit;
  const paragraph = PARAGRAPH_BREAK.exec(text);
  if (paragraph && paragraph.index - limit < READER_PART) return paragraph.index;
  const space = text.indexOf(' ', limit);
  return space < 0 ? text.length : space;
}

/**
 * How many parts to show so that the text up to `offset` is shown: a highlight ending there,
 * opened from the notes panel, is drawn and can be scrolled to.
 *
 * @example partsReaching(450_000) // 3: shownEnd(text, 3) is past offset 450,000
 */
export function partsReaching(offset: number): number {
  return Math.max(1, Math.ceil(offset / READER_PART));
}
