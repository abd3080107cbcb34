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

  // Review 13, #4: the Daraa story's displaced count, given as a range by the AFP copies and as one
  // number by another outlet, was flagged "Disagree".
  it('reads 320,000 inside "between 270,000 and 330,000" as within the range, 350,000 as a disagreement', () => {
    const range = { id: 'b', text: 'The fighting has displaced between 270,000 and 330,000 people, the UN says.' };
    const inside = alignNumbers([range, { id: 'f', text: 'The fighting has displaced 320,000 people, the UN says.' }]);
    expect(inside).toHaveLength(1);
    expect([inside[0]!.disagree, inside[0]!.withinRange]).toEqual([false, true]);
    const outside = alignNumbers([range, { id: 'f', text: 'The fighting has displaced 350,000 people, the UN says.' }]);
    expect(outside).toHaveLength(1);
    expect([outside[0]!.disagree, outside[0]!.withinRange]).toEqual([true, false]);
  });

  it('sets overlapping ranges neither of which holds the other against each other', () => {
    const groups = alignNumbers([
      { id: 'a', text: 'The fighting has displaced between 270,000 and 330,000 people.' },
      { id: 'b', text: 'The fighting has displaced between 300,000 and 350,000 people.' }
    ]);
    expect(groups.map((g) => [g.disagree, g.withinRange])).toEqual([[true, false]]);
  });

  it('keeps exact equal values as agreeing, not as within a range', () => {
    const groups = alignNumbers([
      { id: 'a', text: 'The fighting has displaced 320,000 people.' },
      { id: 'b', text: 'The fighting has displaced 320,000 people, aid groups said.' }
    ]);
    expect(groups.map((g) => [g.disagree, g.withinRange])).toEqual([[false, false]]);
  });

  it('sets no publication date against another: a byline date and a dateline line are not figures', () => {
    const groups = alignNumbers([
      { id: 'a', text: 'Russia strikes Daraa\n\n04 July, 2018\n\nRussian airstrikes are targeting southwest Syria.' },
      {
        id: 'f',
        text: 'Rebels agree to hand over Deraa\n\nBy Jane Doe, 7 July 2018\n\nSyrian rebels in Deraa agreed to hand over their weapons.'
      }
    ]);
    expect(groups).toEqual([]);
  });
});
