import { describe, expect, it } from 'vitest';
import { joinLines, layoutPage } from './pdfLayout';

describe('joinLines', () => {
  it('rejoins words hyphenated at a line end before a lower-case letter', () => {
    expect(joinLines(['the negoti-', 'ations went on'])).toBe('the negotiations went on');
  });
  it('keeps the hyphen before an upper-case letter', () => {
    expect(joinLines(['the envoy from al-', 'Sham said'])).toBe('the envoy from al-Sham said');
  });
  it('joins other lines with a space and removes soft hyphens', () => {
    expect(joinLines(['first line', 'second line'])).toBe('first line second line');
    expect(joinLines(['inter\u00AD', 'national'])).toBe('international');
    expect(joinLines(['a dash -', 'then more'])).toBe('a dash - then more');
  });
});

describe('layoutPage', () => {
  it('starts a new paragraph when the font size changes (headline above body)', () => {
    const runs = [
      { str: 'Big Headline', x: 72, y: 720, width: 200, height: 24, hasEOL: true },
      { str: 'Body text line one', x: 72, y: 690, width: 300, height: 12, hasEOL: true },
      { str: 'body text line two', x: 72, y: 676, width: 300, height: 12, hasEOL: true }
    ];
    expect(layoutPage(runs)).toBe('Big Headline\n\nBody text line one body text line two');
  });

  it('reads the runs of an Arabic phrase in an English line from right to left, and the line from left to right', () => {
    // "The sign read مرحبا بكم today", the Arabic drawn a glyph per run from left to right.
    const glyph = (str: string, x: number) => ({ str, x, y: 700, width: 6, height: 12, hasEOL: false, rtl: true });
    const runs = [
      { str: 'The sign read', x: 72, y: 700, width: 80, height: 12, hasEOL: false },
      ...[...'مكب'].map((ch, i) => glyph(ch, 160 + 6 * i)),
      ...[...'ابحرم'].map((ch, i) => glyph(ch, 184 + 6 * i)),
      { str: 'today', x: 220, y: 700, width: 30, height: 12, hasEOL: true }
    ];
    expect(layoutPage(runs)).toBe('The sign read مرحبا بكم today');
  });
});
