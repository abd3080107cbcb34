import { describe, expect, it } from 'vitest';
import { hiddenEcho, paragraphNumber, shownParagraphs, splitParagraphs } from './shownParagraphs';

const TITLE = 'Syria talks fail';
const BODY = 'Syria talks fail\n\nThe talks broke down.\nStill the first paragraph.\n\n \nRussian jets struck.';

describe('shownParagraphs: the paragraphs the reader shows, numbered as exports cite them', () => {
  it('splits on blank lines, keeping a single line break inside its paragraph, with offsets into the whole text', () => {
    const text = '  One.\nstill one.\n\n \nTwo.\n\n\n';
    expect(splitParagraphs(text).map((r) => text.slice(r.start, r.end))).toEqual(['One.\nstill one.', 'Two.']);
    expect(splitParagraphs(' \n\n ')).toEqual([]);
  });

  it('leaves out a first paragraph repeating the title, so the paragraph after it is paragraph 1', () => {
    const shown = shownParagraphs(TITLE, BODY, []);
    expect(shown.map((p) => BODY.slice(p.start, p.end))).toEqual([
      'The talks broke down.\nStill the first paragraph.',
      'Russian jets struck.'
    ]);
    expect(paragraphNumber(shown, BODY.indexOf('Still the first'))).toBe(1);
    expect(paragraphNumber(shown, BODY.indexOf('Russian jets'))).toBe(2);
  });

  it('shows the title line, and counts it, when a highlight lies on it', () => {
    const onTitle = { start: 6, end: 11 };
    expect(hiddenEcho({ start: 0, end: 16 }, [onTitle])).toBeNull();
    const shown = shownParagraphs(TITLE, BODY, [onTitle]);
    expect(shown).toHaveLength(3);
    expect(paragraphNumber(shown, BODY.indexOf('Russian jets'))).toBe(3);
    // A highlight elsewhere changes nothing.
    expect(shownParagraphs(TITLE, BODY, [{ start: 20, end: 25 }])).toHaveLength(2);
  });

  it('counts an offset between two paragraphs as the next one, past the end as the last, and nothing shown as null', () => {
    const shown = shownParagraphs('', BODY, []);
    expect(paragraphNumber(shown, BODY.indexOf('\n\n'))).toBe(2);
    expect(paragraphNumber(shown, BODY.length + 5)).toBe(3);
    expect(paragraphNumber([], 0)).toBeNull();
  });
});
