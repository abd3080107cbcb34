/**
 * The shape of a line of article text: headline or sentence. Boilerplate, title and teaser rules
 * all lean on the same few observations, kept here so they agree.
 */
import { countWords } from '@shared/text/tokens';

/** Closing quotes and brackets that may follow a sentence's final mark (`…failed.”`). */
const CLOSERS = /["'”’»)\]]+$/u;

/** The line without trailing closing quotes and brackets. */
function withoutClosers(line: string): string {
  return line.replace(CLOSERS, '');
}

/** Whether a line ends a sentence: `.`, `!`, `?` or `…`, possibly inside closing quotes. */
export function endsSentence(line: string): boolean {
  return /[.!?…]$/u.test(withoutClosers(line.trimEnd()));
}

/**
 * Whether a line ends the way prose does and headlines do not: with a full stop, comma, colon or
 * semicolon. Headlines may end in `?` or `!`, so those do not count.
 */
export function endsLikeProse(line: string): boolean {
  return /[.,;:]$/u.test(withoutClosers(line.trimEnd()));
}

/** Whether a line opens like a sentence or a heading: a capital, a digit or an opening quote. */
export function startsLikeSentence(line: string): boolean {
  return /^["'“‘«(\p{Lu}\p{Lo}\p{N}]/u.test(line);
}

/** The largest headline we accept, in words; leads and standfirsts run longer. */
export const MAX_HEADLINE_WORDS = 20;

/**
 * Whether a line reads like a headline, crosshead or link text rather than a sentence: at most
 * {@link MAX_HEADLINE_WORDS} words and no prose ending.
 *
 * @example isHeadlineLike('Israel and Jordan refuse refugee entry') // true
 * @example isHeadlineLike('But Moscow roundly rejected the terms, the source said.') // false
 */
export function isHeadlineLike(line: string): boolean {
  const words = countWords(line);
  return words >= 1 && words <= MAX_HEADLINE_WORDS && line.length <= 160 && !endsLikeProse(line);
}

/** Words in a line, counted as the library counts them. */
export function wordsIn(line: string): number {
  return countWords(line);
}
