import { describe, expect, it } from 'vitest';
import { escapeHtml } from './html';
import { figuresLine } from './figuresLine';

describe('figuresLine', () => {
  // Review 13, #4: the story export repeated the AFP copies' identical wording once per copy.
  it('lists each wording once with every article printing it, escaped for the format', () => {
    const figure = {
      label: 'person (displaced)',
      figures: [
        { text: 'between 270,000 and 330,000 people', articleId: 2 },
        { text: 'between 270,000 and 330,000 people', articleId: 4 },
        { text: 'between 270,000 and 330,000 people', articleId: 5 },
        { text: '<b>350,000</b> people', articleId: 32 }
      ]
    };
    const titles = new Map([
      [2, 'B'],
      [4, 'C'],
      [5, 'D'],
      [32, 'E']
    ]);
    expect(figuresLine(figure, (id) => titles.get(id)!, escapeHtml)).toBe(
      'person (displaced): between 270,000 and 330,000 people (B; C; D) vs &#60;b&#62;350,000&#60;/b&#62; people (E)'
    );
  });
});
