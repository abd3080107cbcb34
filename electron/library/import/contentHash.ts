import { hash } from 'node:crypto';

/**
 * The identity of an article's text for exact-duplicate detection: SHA-256 of the clean text
 * after Unicode compatibility normalisation, case folding and whitespace collapsing. Two files
 * holding the same story with different line wrapping, file names or formats hash the same.
 *
 * `plainAscii` says the caller knows the text is ASCII (`wordHashes` found so while scanning it):
 * NFKC leaves ASCII as it is, so the normalisation is skipped (same hash).
 */
export function contentHash(cleanText: string, plainAscii = false): string {
  const composed = plainAscii ? cleanText : cleanText.normalize('NFKC');
  // NB: replacing only what is not already a single space (not every `\s+`, which matches
  // between all words) gives the same string at a third of the cost.
  const normalised = composed.toLowerCase().replace(/\s{2,}|[^\S ]/g, ' ').trim();
  // NB: one call, no Hash object per article (createHash().update().digest() is several).
  return hash('sha256', normalised, 'hex');
}
