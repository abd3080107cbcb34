import { describe, expect, it } from 'vitest';
import { READER_PART, shownEnd } from './shownPart';

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
