import { describe, expect, it } from 'vitest';
import { alignNumbers } from './numbersAlign';

describe('alignNumbers', () => {
  it('flags 140 against 100 civilians killed', () => {
    const groups = alignNumbers([
      { id: '001', text: 'More than 140 civilians have died since the assault began.' },
      {
        id: '002',
        text: 'More than 100 civilians have been killed and thousands displaced since the regime offensive began two weeks ago.'
      }
    ]);
    const civilians = groups.find((g) => g.unit === 'civilian')!;
    expect(civilians.category).toBe('casualties');
    expect(civilians.sourceIds).toEqual(['001', '002']);
    expect(civilians.figures.map((f) => f.text)).toEqual(['More than 140 civilians', 'More than 100 civilians']);
    expect(civilians.disagree).toBe(true);
  });

  it('agrees on 60 per cent / 60% / 60 percent whatever the hedge', () => {
    const groups = alignNumbers([
      { id: 'a', text: 'Syrian troops are now in control of more than 60 percent of the southern province of Daraa.' },
      { id: 'b', text: "That has expanded the regime's control of Deraa province to about 60 per cent." },
      { id: 'c', text: 'This brought control of the Daraa province regime to about 60%.' }
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.sourceIds).toEqual(['a', 'b', 'c']);
    expect(groups[0]!.figures.map((f) => f.qualifier)).toEqual(['more than', 'about', 'about']);
    expect(groups[0]!.disagree).toBe(false);
  });

  it('keeps different counts apart even in one sentence', () => {
    const groups = alignNumbers([
      { id: 'a', text: 'Eleven members of a single family were killed. More than 140 civilians have died.' },
      { id: 'b', text: 'Eleven members of one family were killed. More than 100 civilians have been killed.' }
    ]);
    expect(groups.map((g) => [g.label, g.disagree])).toEqual([
      ['member (killed)', false],
      ['civilian (killed)', true]
    ]);
  });

  it('counts a figure a source repeats (standfirst and body) once per group', () => {
    const groups = alignNumbers([
      {
        id: 'a',
        text: 'More than 30 towns have already agreed to return to regime control\n\nMore than 30 towns have already agreed to return to regime control, and talks went on.'
      },
      { id: 'b', text: 'More than 30 cities have already agreed to regain control of the regime.' }
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.figures.map((f) => f.sourceId)).toEqual(['a', 'a', 'b']);
    expect(groups[0]!.disagree).toBe(false);
  });

  it('never sets a vague amount against an exact one', () => {
    const groups = alignNumbers([
      { id: 'a', text: 'Thousands of people have been displaced by the offensive.' },
      { id: 'b', text: 'About 270,000 people have been displaced by the offensive.' }
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.disagree).toBe(false);
  });
});
