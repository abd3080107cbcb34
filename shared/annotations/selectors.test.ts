import { describe, expect, it } from 'vitest';
import { describeRange, hashText } from './selectors';

describe('describeRange', () => {
  it('keeps the quote and up to 32 code units either side, cut at word edges', () => {
    const text = 'Negotiations with the Russian enemy in Busra al-Sham have failed, after they insisted on the surrender of heavy weapons, the command said.';
    const start = text.indexOf('failed');
    const a = describeRange(text, start, start + 'failed'.length);
    expect(a.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'failed',
      // 32 units back start inside "Russian" ("ian enemy…"): the cut moves on to the next word.
      prefix: ' enemy in Busra al-Sham have ',
      // 32 units on end inside "surrender" (", after … the sur"): the cut moves back to the word before.
      suffix: ', after they insisted on the '
    });
    expect(a.position).toEqual({ type: 'TextPositionSelector', start, end: start + 6 });
    expect(a.textHash).toBe(hashText(text));
  });

  it('takes context up to the text edges when the text is short', () => {
    expect(describeRange('The cat sat on the mat.', 4, 7).quote).toMatchObject({ exact: 'cat', prefix: 'The ', suffix: ' sat on the mat.' });
  });

  it('counts positions in UTF-16 code units and never splits a surrogate pair in the context', () => {
    const text = `${'😀'.repeat(20)} quoted words here`;
    const start = text.indexOf('quoted');
    const a = describeRange(text, start, start + 6);
    expect(a.position.start).toBe(41); // 20 emoji × 2 code units + one space
    expect(a.quote.prefix).toBe(`${'😀'.repeat(15)} `);
    expect([...a.quote.prefix].every((ch) => ch.length === 2 || ch === ' ')).toBe(true);
  });

  it('clamps a range out of the text or reversed instead of throwing', () => {
    expect(describeRange('short text', 8, 100).position).toMatchObject({ start: 8, end: 10 });
    expect(describeRange('short text', 5, 0).quote.exact).toBe('short');
    expect(describeRange('short text', Number.NaN, -3).position).toMatchObject({ start: 0, end: 0 });
  });
});

describe('hashText', () => {
  it('is the same for the same text and differs when one character or the length changes', () => {
    const text = 'Rebels met with a Russian delegation on Wednesday.';
    expect(hashText(text)).toBe(hashText(`${text}`));
    expect(hashText(text)).not.toBe(hashText(text.replace('W', 'w')));
    expect(hashText(text)).not.toBe(hashText(`${text} `));
    expect(hashText('')).not.toBe(hashText('\u0000'));
    expect(hashText(text)).toMatch(/^[0-9a-f]{16}$/);
  });
});
