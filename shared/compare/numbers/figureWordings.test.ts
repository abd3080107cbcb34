import { describe, expect, it } from 'vitest';
import { figureWordings } from './figureWordings';

describe('figureWordings', () => {
  // Review 13, #4: the export repeated the AFP copies' identical range once per copy.
  it('lists a wording three wire copies share once, with the three sources, in order of appearance', () => {
    const wordings = figureWordings([
      { text: 'between 270,000 and 330,000 people', sourceId: 'B' },
      { text: 'between 270,000 and 330,000 people', sourceId: 'D' },
      { text: 'Between 270,000 and  330,000 people', sourceId: 'E' },
      { text: '320,000 people', sourceId: 'F' }
    ]);
    expect(wordings.map((w) => [w.text, w.figures.map((f) => f.sourceId)])).toEqual([
      ['between 270,000 and 330,000 people', ['B', 'D', 'E']],
      ['320,000 people', ['F']]
    ]);
  });
});
