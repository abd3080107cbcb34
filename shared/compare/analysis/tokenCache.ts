/**
 * Tokens and sentences of the texts being compared, computed once: quotes, figures, names and
 * sentence links all read the same few texts, and tokenizing (folding every word) and sentence
 * splitting are their largest costs.
 */
import { wordTokens, type Token } from '@shared/text/tokens';
import { lineSentences, type Span } from './spans';

/** Enough for a comparison of a dozen articles; older entries go first. */
const LIMIT = 32;

function memo<T>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) {
      cache.delete(text);
      cache.set(text, hit);
      return hit;
    }
    const value = compute(text);
    cache.set(text, value);
    if (cache.size > LIMIT) cache.delete(cache.keys().next().value as string);
    return value;
  };
}

/**
 * `wordTokens(text)` (`tokenize`'s, with Chinese, Japanese, Thai… cut into words), remembered for
 * the last few texts. Treat the result as read-only.
 */
export const tokensOf: (text: string) => readonly Token[] = memo(wordTokens);

/** `lineSentences(text)`, remembered for the last few texts. Treat the result as read-only. */
export const sentencesOf: (text: string) => readonly Span[] = memo((text) => lineSentences(text, tokensOf(text)));
