/**
 * Preparing a text for alignment: its words, its sentence units, and each word's term id.
 */

import { splitSentences, type Sentence } from '@shared/text/sentences';
import { mergeShortSentences, type Vocabulary } from './vectors';
import { alignWords } from './words';
import type { Token } from '@shared/text/tokens';

/** A text prepared for alignment. */
export interface PreparedText {
  readonly text: string;
  readonly words: readonly Token[];
  readonly units: readonly Sentence[];
  /** The term id of each word (-1 for words too short to count). */
  readonly termIds: Int32Array;
}

/**
 * Tokenizes and splits `text` into sentence units, merging units with fewer than
 * `minSentenceTerms` terms into a neighbour. Term ids come from the `vocab` both texts share.
 */
export function prepareText(text: string, vocab: Vocabulary, minSentenceTerms: number): PreparedText {
  const words = alignWords(text);
  const termIds = vocab.termIds(words);
  const contentTerms = (s: Sentence): number => {
    let n = 0;
    for (let w = s.wordStart; w < s.wordEnd; w++) if (termIds[w]! >= 0) n++;
    return n;
  };
  const units = mergeShortSentences(splitSentences(text, words), contentTerms, minSentenceTerms);
  return { text, words, units, termIds };
}

/** The folded words `from..to` (exclusive) of a prepared text. */
export function wordsOf(doc: PreparedText, from: number, to: number): string[] {
  const out: string[] = [];
  for (let w = from; w < to; w++) out.push(doc.words[w]!.norm);
  return out;
}
