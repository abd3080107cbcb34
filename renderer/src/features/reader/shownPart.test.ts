import { describe, expect, it } from 'vitest';
import { partsReaching, READER_PART, shownEnd } from './shownPart';

describe('shownEnd', () => {
  it('shows an ordinary article whole', () => {
    const body = 'Rebels left Daraa.\n\nTalks resumed.';
    expect(shownEnd(body, 1)).toBe(body.length);
  });

  it('shows a huge text a part at a time, each ending at a paragraph break', () => {
    const paragraph = 'Nothing happened in the morning session of the council, said the clerk.';
    const body = Array.from({ length: 9000 }, (_, i) => `${i}. ${paragraph}`).join('\n\n');
    const first = shownEnd(body, 1);
    expect(first).toBeGreaterThanOrEqual(READER_PART);
    expect(first).toBeLessThan(READER_PART + 200);
    expect(body.slice(first, first + 2)).toBe('\n\n');
    const second = shownEnd(body, 2);
    expect(second).toBeGreaterThanOrEqual(2 * READER_PART);
    expect(body.slice(second, second + 2)).toBe('\n\n');
    expect(shownEnd(body, Math.ceil(body.length / READER_PART))).toBe(body.length);
  });

  it('cuts a huge text without paragraphs at a space', () => {
    const body = 'word '.repeat(100_000);
    const end = shownEnd(body, 1);
    expect(body.charAt(end)).toBe(' ');
    expect(end - READER_PART).toBeLessThan(5);
  });
});

describe('partsReaching', () => {
  it('asks for enough parts that the text up to an offset far into a huge text is shown', () => {
    const paragraph = 'Nothing happened in the morning session of the council, said the clerk.';
    const body = Array.from({ length: 30_000 }, (_, i) => `${i}. ${paragraph}`).join('\n\n');
    const last = body.lastIndexOf('29999.');
    // A highlight on the last paragraph's number, some 2.3 million characters in.
    expect(shownEnd(body, partsReaching(last + 6))).toBeGreaterThanOrEqual(last + 6);
    expect(shownEnd(body, partsReaching(10))).toBeGreaterThanOrEqual(10);
    expect(partsReaching(10)).toBe(1);
    expect(partsReaching(0)).toBe(1);
  });
});
