/**
 * Whitespace normalisation for one line of article text: what makes two copies of a paragraph
 * from different scrapes compare equal.
 */

/**
 * Space characters that render as a space: no-break, narrow no-break, figure, en/em/thin/hair
 * spaces, ideographic space, tab and friends.
 */
const SPACES = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/**
 * Invisible characters with no meaning in news text: zero-width space, word joiner, byte-order
 * mark, soft hyphen. NB: zero-width (non-)joiners U+200C/U+200D and bidi marks are kept on purpose:
 * they change how Persian, Arabic and emoji sequences render.
 */
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;

/** Anything {@link normalizeSpaces} would change: a space-like or invisible character, two spaces, a space at an end. */
const NEEDS_WORK = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u200b\u2060\ufeff\u00ad]| {2}|^ | $/;

/**
 * Turns every space-like character into a plain space, drops invisible characters, collapses runs
 * of spaces and trims the ends.
 *
 * @example normalizeSpaces('\u00a0Rebels\u200b  met\u00ad ') // 'Rebels met'
 */
export function normalizeSpaces(line: string): string {
  // Most lines are already clean, or only indented (wire copy): a trim and one test instead of
  // four replacements. NB: `trim` only removes what the replacements below would remove anyway.
  const trimmed = line.trim();
  if (!NEEDS_WORK.test(trimmed)) return trimmed;
  return line.replace(INVISIBLE, '').replace(SPACES, ' ').replace(/ {2,}/g, ' ').trim();
}
