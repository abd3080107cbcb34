/**
 * Texts too short to say what happened (review 15, #15): test pages and form samples of a few
 * lines formed "stories" by one or two ordinary words they share (`paragraph`, `page`, `footer`),
 * which a short text's vector weighs as much as a report's whole vocabulary. A brief that names
 * no one and nowhere cannot be told to report any event; one that does, a wire flash, keeps its words.
 */
import type { TokenizedText } from './writtenNames';

/**
 * A text of fewer words than this (its body's tokens, the headline apart) is a brief. ECB+ holds
 * 65 reports under 50 words of its 772 (`Damages to the Wasilla Bible Church are estimated at $1
 * million…`); each names its event, so none is affected (docs/compare.md, "Texts too short to say
 * what happened").
 */
export const BRIEF_WORDS = 50;

const NO_WORD: ReadonlySet<string> = new Set();

/**
 * The words of one part of an article (headline or body) that story grouping may count: none for
 * a brief ({@link BRIEF_WORDS}) that writes no name (`names`, from writtenNames), when the part is
 * written in a script with capitals; otherwise all of them (`undefined`). A part in a script without
 * capitals (Chinese, Arabic, Thai…) keeps its words: no name can be told from another word there.
 *
 * @example termsOfBrief(tokenized('Check box, unchecked'), sameBody, new Set()) // Set {}: no term
 */
export function termsOfBrief(
  part: TokenizedText,
  body: TokenizedText,
  names: ReadonlySet<string>
): ReadonlySet<string> | undefined {
  if (body.tokens.length >= BRIEF_WORDS || names.size > 0 || !writtenWithCapitals(part.text)) return undefined;
  return NO_WORD;
}

/** True when most of a text's letters have a case (Latin, Greek, Cyrillic…): capitals can mark its names. */
function writtenWithCapitals(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const cased = text.match(/[\p{Lu}\p{Ll}]/gu)?.length ?? 0;
  return cased * 2 > letters;
}
