import { describe, expect, it } from 'vitest';
import { toPanelQuery } from './panelQuery';

const stories = [
  { id: 3, label: 'Daraa offensive' },
  { id: 7, label: 'Helsinki summit' }
];

describe('toPanelQuery', () => {
  it('turns words and filters into an annotations filter', () => {
    expect(toPanelQuery('tag:evidence outlet:AFP civilians', stories)).toEqual({
      filter: { text: 'civilians', tags: ['evidence'], outlet: 'AFP' },
      notes: []
    });
  });

  it('finds a story by name and gives date ranges inclusive ends', () => {
    expect(toPanelQuery('story:"helsinki summit" date:2018-07', stories).filter).toEqual({
      storyId: 7,
      publishedFrom: '2018-07-01',
      publishedTo: '2018-07-31'
    });
  });

  it('says what it cannot use instead of dropping it quietly', () => {
    const { filter, notes } = toPanelQuery('author:Smith story:nowhere', stories);
    expect(filter).toEqual({});
    expect(notes).toEqual(['No story is called “nowhere”.', 'Notes cannot be searched by author:; ignored here.']);
    // The search's "no outlet" value (review 14, #15) is no outlet called "none" here.
    expect(toPanelQuery('outlet:none lang:en', stories)).toEqual({
      filter: { langs: ['en'] },
      notes: ['Notes cannot be searched by outlet:none or lang:none; ignored here.']
    });
  });

  it('reads OR, -word, -tag: and lang: as in:notes does (review 14 #1)', () => {
    expect(toPanelQuery('transcript (SEC OR "rate cut") -Greenspan -tag:done lang:fr', stories)).toEqual({
      filter: {
        text: 'transcript',
        anyText: [['SEC', 'rate cut']],
        withoutText: ['Greenspan'],
        withoutTags: ['done'],
        langs: ['fr']
      },
      notes: []
    });
    expect(toPanelQuery('title:Dollar walkout', stories).notes).toEqual([
      'Notes cannot be searched by title: (a note has no title); ignored here.'
    ]);
  });
});
