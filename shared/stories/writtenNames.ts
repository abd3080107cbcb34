/**
 * Which words an article writes as names, read from their capitals: story grouping weighs a name
 * up (storiesVectors.ts) and keys it so that two spellings of one name meet (storyTermKey.ts).
 */
import type { Token } from '@shared/text/tokens';

/** A text with its tokens (`tokenize(text)`). */
export interface TokenizedText {
  readonly text: string;
  readonly tokens: readonly Token[];
}

/**
 * The folded words an article writes as names: capitalised ({@link isCapitalised}: `Daraa`, not
 * `NATO`) away from a sentence start somewhere in its text, and never in lower case in its title or
 * text. A headline's capitals say nothing (many headlines capitalise every word), and neither do a
 * sentence's first word's; a word the article also writes in lower case (`the bank`) is a common
 * word there.
 *
 * @example writtenNames(tokenized('Talks in Deraa'), tokenized('Rebels in Deraa agreed. Talks went on.')) // Set {'deraa'}
 */
export function writtenNames(title: TokenizedText, body: TokenizedText): Set<string> {
  const lower = new Set<string>();
  for (const { text, tokens } of [title, body]) {
    for (const t of tokens) if (isLowerCase(text, t.start)) lower.add(t.norm);
  }
  const names = new Set<string>();
  for (const t of body.tokens) {
    if (!lower.has(t.norm) && isCapitalised(body.text, t.start, t.end) && !afterSentenceEnd(body.text, t.start)) names.add(t.norm);
  }
  return names;
}

function isLowerCase(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return (code >= 97 && code <= 122) || (code > 127 && /\p{Ll}/u.test(text.charAt(at)));
}

/**
 * Capital first letter and some lower-case letters: `Klitschko`, not `QTR` — a headline or a
 * wire brief in capitals would otherwise make every word a name.
 */
export function isCapitalised(text: string, start: number, end: number): boolean {
  const code = text.charCodeAt(start);
  const upper = code >= 65 && code <= 90 ? true : code > 127 && /\p{Lu}/u.test(text.charAt(start));
  if (!upper) return false;
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c > 127 && /\p{Ll}/u.test(text.charAt(i))) return true;
  }
  return false;
}

/** True when the word at `at` opens the text, a sentence or a line (only spaces, quotes or a bracket between). */
export function afterSentenceEnd(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const ch = text.charAt(i);
    if (ch === ' ' || ch === '\t' || ch === '"' || ch === '\u201c' || ch === "'" || ch === '(') continue;
    return ch === '.' || ch === '!' || ch === '?' || ch === '\n' || ch === ':';
  }
  return true;
}
