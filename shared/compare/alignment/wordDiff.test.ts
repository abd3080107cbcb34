import { describe, expect, it } from 'vitest';
import { wordDiff, type WordDiffSegment } from './wordDiff';

function read(a: string, b: string): [string, string, string][] {
  const segments = wordDiff(a, b, { aStart: 0, aEnd: a.length, bStart: 0, bEnd: b.length });
  return segments.map((s: WordDiffSegment) => [s.kind, a.slice(s.aStart, s.aEnd), b.slice(s.bStart, s.bEnd)]);
}

describe('wordDiff', () => {
  it('marks a respelled name as a variant and other words as changed', () => {
    expect(read('Rebels in Daraa said the talks failed.', 'Rebels in Deraa told AFP the talks failed.')).toEqual([
      ['same', 'Rebels in', 'Rebels in'],
      ['variant', 'Daraa', 'Deraa'],
      ['changed', 'said', 'told AFP'],
      ['same', 'the talks failed', 'the talks failed']
    ]);
  });

  it('pairs words one to one when as many changed on each side', () => {
    expect(read('spokesman Ibrahim Jabbawi said', 'spokesman Ibrahim Jabawi stated')).toEqual([
      ['same', 'spokesman Ibrahim', 'spokesman Ibrahim'],
      ['variant', 'Jabbawi', 'Jabawi'],
      ['changed', 'said', 'stated']
    ]);
  });

  it('shows words only one side has, with an empty span where they would stand', () => {
    const a = 'the army would return to its positions';
    const b = 'the army return to its pre-2011 positions';
    const segments = wordDiff(a, b, { aStart: 0, aEnd: a.length, bStart: 0, bEnd: b.length });
    expect(read(a, b)).toEqual([
      ['same', 'the army', 'the army'],
      ['removed', 'would', ''],
      ['same', 'return to its', 'return to its'],
      ['added', '', 'pre-2011'],
      ['same', 'positions', 'positions']
    ]);
    // "would" is missing from b right after "army" (b[4..8]); "pre-2011" would stand in a right
    // after "its" (a[25..28]).
    expect(segments[1]).toMatchObject({ bStart: 8, bEnd: 8 });
    expect(segments[3]).toMatchObject({ aStart: 28, aEnd: 28 });
  });

  it('treats case, punctuation, quotes and entities as no difference', () => {
    expect(read('“Final answer,” Moscow’s terms', '& nbsp; "FINAL ANSWER" Moscow&#39;s terms')).toEqual([
      ['same', 'Final answer,” Moscow’s terms', 'FINAL ANSWER" Moscow&#39;s terms']
    ]);
  });

  it('gives offsets into the whole texts for a passage inside them', () => {
    const a = 'Intro. Troops took Daraa.';
    const b = 'Other words here. Troops took Deraa.';
    const segments = wordDiff(a, b, { aStart: 7, aEnd: a.length, bStart: 18, bEnd: b.length });
    expect(segments.map((s) => [s.kind, a.slice(s.aStart, s.aEnd), b.slice(s.bStart, s.bEnd)])).toEqual([
      ['same', 'Troops took', 'Troops took'],
      ['variant', 'Daraa', 'Deraa']
    ]);
  });

  it('gives up on word detail for sides too different to diff, as one changed segment', () => {
    const a = 'one two three four five six';
    const b = 'seven eight nine ten eleven twelve';
    expect(wordDiff(a, b, { aStart: 0, aEnd: a.length, bStart: 0, bEnd: b.length }, { maxEdits: 3 })).toEqual([
      { kind: 'changed', aStart: 0, aEnd: a.length, bStart: 0, bEnd: b.length }
    ]);
  });
});
