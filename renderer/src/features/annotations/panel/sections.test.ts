import { describe, expect, it } from 'vitest';
import { colourSections, panelRows } from './sections';

const colours = [
  { colour: 1, label: 'Claim' },
  { colour: 3, label: 'Evidence' }
];

describe('colourSections', () => {
  it('makes a group per colour in use, named by its meaning, then the notes without a colour', () => {
    const sections = colourSections(
      { outlet: 'AFP' },
      { total: 6, byColour: { '3': 2, '1': 3 }, byState: {}, byTag: [] },
      colours
    );
    expect(sections.map((s) => [s.label, s.count, s.filter])).toEqual([
      ['Claim', 3, { outlet: 'AFP', colours: [1] }],
      ['Evidence', 2, { outlet: 'AFP', colours: [3] }],
      ['Notes without a colour', 1, { outlet: 'AFP', kinds: ['article-note', 'story-note', 'passage-note'] }]
    ]);
  });
});

describe('panelRows', () => {
  it('puts a heading before each labelled group and one row per entry', () => {
    const rows = panelRows([
      { key: 'a', label: 'Claim', colour: 1, filter: {}, count: 2 },
      { key: 'b', label: null, colour: null, filter: {}, count: 1 }
    ]);
    expect(rows).toEqual([
      { type: 'heading', section: 0 },
      { type: 'entry', section: 0, index: 0 },
      { type: 'entry', section: 0, index: 1 },
      { type: 'entry', section: 1, index: 0 }
    ]);
  });
});
