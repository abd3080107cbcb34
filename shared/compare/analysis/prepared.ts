/**
 * An article prepared once for every pairwise step of a comparison: its sentences, their content
 * terms and word counts. Preparing is linear in the text; pairs then compare sets, not strings.
 */
import { sentencesOf, tokensOf } from './tokenCache';
import { itemsBySpan, type Span } from './spans';
import { contentTerms } from './terms';

export interface PreparedArticle {
  readonly text: string;
  readonly sentences: readonly Span[];
  /** Content terms of each sentence (see `terms.ts`). */
  readonly terms: ReadonlyArray<ReadonlySet<string>>;
  /** Folded words of each sentence joined by spaces: equal strings are an exact copy. */
  readonly folded: readonly string[];
  /** Words in each sentence. */
  readonly words: readonly number[];
  /** Words in the whole text. */
  readonly totalWords: number;
  /** Content terms of the whole text, for the cheap "anything in common?" test. */
  readonly allTerms: ReadonlySet<string>;
}

export function prepareArticle(text: string): PreparedArticle {
  const sentences = sentencesOf(text);
  const bySentence = itemsBySpan(tokensOf(text), sentences);
  const terms = bySentence.map((ws) => new Set(contentTerms(ws)));
  const words = bySentence.map((ws) => ws.length);
  const allTerms = new Set<string>();
  for (const t of terms) for (const x of t) allTerms.add(x);
  return {
    text,
    sentences,
    terms,
    folded: bySentence.map((ws) => ws.map((w) => w.norm).join(' ')),
    words,
    totalWords: words.reduce((a, b) => a + b, 0),
    allTerms
  };
}
