import { describe, expect, it } from 'vitest';
import { fuzzyMatches } from './fuzzy';
import { gramIndex } from './grams';

const FILLER = 'nothing much happens in this part of the text at all. ';

describe('fuzzyMatches', () => {
  // approx-string-match alone returns only the matches with the fewest errors in the whole text.
  it('returns the place with more errors too, not only the closest look-alike', () => {
    const text = `${FILLER.repeat(40)}the talks had not produced any results${FILLER.repeat(40)}the talk had nut produced any resalts${FILLER.repeat(40)}`;
    const quote = 'the talks had not produced any result';
    const starts = fuzzyMatches(text, quote, 12).map((m) => m.start);
    expect(starts).toContain(text.indexOf('the talks had not'));
    expect(starts).toContain(text.indexOf('the talk had nut'));
  });

  it('still finds the quote and its reworded copy when the 4-gram filter skips the rest of the text', () => {
    const text = `${FILLER.repeat(30)}Moscow had insisted rebels hand over their heavy arms${FILLER.repeat(30)}Moscow insisted the rebels handed over heavy arms${FILLER.repeat(30)}`;
    const quote = 'Moscow had insisted rebels hand over their heavy arms';
    const filtered = fuzzyMatches(text, quote, 20, gramIndex(text));
    expect(filtered.map((m) => m.start)).toEqual([text.indexOf('Moscow had'), text.indexOf('Moscow insisted')]);
    // Deleting "had " and "their ", inserting "the " and "ed" is 16 edits: the matcher finds no more.
    expect(filtered[0]!.errors).toBe(0);
    expect(filtered[1]!.errors).toBeGreaterThan(0);
    expect(filtered[1]!.errors).toBeLessThanOrEqual(16);
  });

  it('finds a long quote by its head and tail, with its edits counted', () => {
    const passage = Array.from({ length: 40 }, (_, i) => `sentence ${i} of the long passage says something different.`).join(' ');
    const text = `${FILLER.repeat(20)}${passage.replace('sentence 20 of', 'sentence twenty of')}${FILLER.repeat(20)}`;
    const found = fuzzyMatches(text, passage, Math.floor(passage.length / 2));
    const best = found.reduce((a, b) => (b.errors < a.errors ? b : a));
    expect(best.start).toBe(FILLER.length * 20);
    expect(best.errors).toBe(6); // "20" → "twenty": two substitutions, four insertions
  });
});
