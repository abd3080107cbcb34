import { describe, expect, it } from 'vitest';
import { type ColumnContent, fitColumns } from './docxColumns';

const sum = (widths: readonly number[]) => widths.reduce((a, b) => a + b, 0);
const TEXT_WIDTH = 9026;

describe('fitColumns: Word table widths by what the columns hold', () => {
  it('always adds up to the width given, whatever the columns hold', () => {
    const cases: ColumnContent[][] = [
      [{ fit: 'tight', texts: ['A'] }],
      [
        { fit: 'tight', texts: ['Source', 'A', 'B'] },
        { fit: 'main', texts: ['Title', 'Short'] }
      ],
      // Too wide to fit even unwrapped words: shrunk together.
      Array.from({ length: 12 }, () => ({ fit: 'tight' as const, texts: ['a very long header that never wraps'] })),
      [
        { fit: 'anywhere', texts: ['URL', `https://example.com/${'x'.repeat(300)}`] },
        { fit: 'text', texts: ['Byline', 'By someone with a very long name and more names after it'] },
        { fit: 'main', texts: ['Title', 'A title '.repeat(20)] }
      ]
    ];
    for (const columns of cases) {
      const widths = fitColumns(columns, TEXT_WIDTH);
      expect(widths).toHaveLength(columns.length);
      expect(sum(widths)).toBe(TEXT_WIDTH);
      for (const w of widths) expect(Number.isInteger(w) && w > 0).toBe(true);
    }
    expect(fitColumns([], TEXT_WIDTH)).toEqual([]);
  });

  it('keeps a tight column to its text and gives the spare width to the text', () => {
    const [date, title] = fitColumns(
      [
        { fit: 'tight', texts: ['Date', '4 July 2018'] },
        { fit: 'main', texts: ['Title', 'Syrian rebels and Russia ceasefire deal breaks down'] }
      ],
      TEXT_WIDTH
    );
    expect(date!).toBeLessThan(title! / 4);
  });

  it('does not let a long web address or byline take the title’s room', () => {
    const widths = fitColumns(
      [
        { fit: 'main', texts: ['Title', 'Regime pounds south Syria after rebels say talks with Russia fail'] },
        { fit: 'text', texts: ['Byline', 'By Ellen Francis, Suleiman Al-Khalidi, Maria Tsvetkova and Tom Perry in Amman'] },
        {
          fit: 'anywhere',
          texts: ['URL', 'https://www.example.com/news/2018/07/04/regime-pounds-south-syria-after-rebels-say-talks-fail']
        }
      ],
      TEXT_WIDTH
    );
    expect(Math.max(...widths)).toBe(widths[0]);
  });

  it('counts a wide (Chinese, Japanese, Korean) character as two', () => {
    const [latin] = fitColumns(
      [
        { fit: 'tight', texts: ['abcd'] },
        { fit: 'main', texts: ['x'] }
      ],
      TEXT_WIDTH
    );
    const [wide] = fitColumns(
      [
        { fit: 'tight', texts: ['北京'] },
        { fit: 'main', texts: ['x'] }
      ],
      TEXT_WIDTH
    );
    expect(wide).toBe(latin);
  });
});
