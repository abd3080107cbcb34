/**
 * Word multisets for the extraction-agreement sweeps: how much of a reference tool's text
 * (pdftotext, pandoc, Readability) Crosscheck's extracted text covers. Deliberately independent
 * of the app's own tokenizer (`shared/text/tokens`), so a change there cannot move the yardstick.
 */

/** Letters and digits in a row; apostrophes and hyphens split words, in both texts alike. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** A text's words, NFKC-normalised and case-folded, with how often each occurs. */
export function wordBag(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const match of text.normalize('NFKC').toLowerCase().matchAll(WORD)) {
    bag.set(match[0], (bag.get(match[0]) ?? 0) + 1);
  }
  return bag;
}

/** How many words a bag holds, repeats included. */
export function bagSize(bag: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const count of bag.values()) n += count;
  return n;
}

/**
 * The share of the reference's words (repeats included) that the candidate also has: the
 * multiset intersection over the reference's size. 1 when the reference has no words.
 *
 * @example coverage(wordBag('the cat'), wordBag('The cat sat')) // 2/3
 */
export function coverage(candidate: ReadonlyMap<string, number>, reference: ReadonlyMap<string, number>): number {
  const total = bagSize(reference);
  if (total === 0) return 1;
  let shared = 0;
  for (const [word, count] of reference) shared += Math.min(count, candidate.get(word) ?? 0);
  return shared / total;
}
