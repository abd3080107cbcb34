import { describe, expect, it, vi } from 'vitest';
import { AlignAbortedError, alignTexts } from './align';
import type { AlignedPassage } from './types';

// Hand-written paragraphs, each about something different, so that only what a test shares
// between its two texts can align.
const FLOOD =
  'Heavy rain flooded the lower town on Monday night. Residents waded through knee-deep water to ' +
  'reach the school that the council had opened as a shelter. The mayor said pumps would run until ' +
  'the river fell below the old stone bridge.';
const HARBOUR =
  'The harbour authority approved a new ferry timetable after months of complaints from island ' +
  'commuters. Boats will now leave every forty minutes during the morning rush. Ticket prices stay ' +
  'the same until the end of the summer season.';
const SCHOOL =
  'Teachers at the village school started a collection of old bicycles for pupils who live far ' +
  'away. A local mechanic offered to repair every donated bicycle free of charge. The first twelve ' +
  'bicycles were handed out on Friday afternoon.';
const MARKET =
  'Stallholders at the Saturday market complained about the new parking fees near the square. ' +
  'Several farmers said they would move their stalls to the next village. The council promised to ' +
  'review the charges at its next meeting.';
const CHESS =
  'A fourteen-year-old girl won the regional chess championship without losing a single game. Her ' +
  'coach said she studies endgames every evening after homework. She will represent the region at ' +
  'the national finals in October.';

function slices(a: string, b: string, p: AlignedPassage): [string, string] {
  return [a.slice(p.aStart, p.aEnd), b.slice(p.bStart, p.bEnd)];
}

describe('alignTexts', () => {
  it('finds a copied paragraph between unrelated ones, with its offsets in both texts', () => {
    const a = `${HARBOUR}\n\n${FLOOD}\n\n${SCHOOL}`;
    const b = `${MARKET}\n\n${FLOOD}\n\n${CHESS}`;
    const passages = alignTexts(a, b);
    expect(passages).toHaveLength(1);
    expect(slices(a, b, passages[0]!)).toEqual([FLOOD, FLOOD]);
    expect(passages[0]).toMatchObject({ kind: 'exact', score: 1 });
  });

  it('sees through whitespace, case, typographic quotes and mangled HTML entities', () => {
    const a = `${MARKET}\n\nThe mayor's office said pumps would run until the river fell below the old stone bridge, "whatever it costs".`;
    const b =
      `${CHESS}\n\nTHE   MAYOR&#39;S office said\npumps would run until the river & nbsp; fell ` +
      'below the old stone-bridge, “whatever it costs.”';
    const passages = alignTexts(a, b);
    expect(passages).toHaveLength(1);
    expect(passages[0]).toMatchObject({ kind: 'exact', score: 1 });
    const [inA, inB] = slices(a, b, passages[0]!);
    expect(inA).toBe(
      `The mayor's office said pumps would run until the river fell below the old stone bridge, "whatever it costs".`
    );
    expect(inB).toBe(
      'THE   MAYOR&#39;S office said\npumps would run until the river & nbsp; fell below the old stone-bridge, “whatever it costs.”'
    );
  });

  it('finds paragraphs that moved, each where it now stands', () => {
    const a = `${FLOOD}\n\n${HARBOUR}\n\n${SCHOOL}`;
    const b = `${SCHOOL}\n\n${MARKET}\n\n${FLOOD}\n\n${CHESS}\n\n${HARBOUR}`;
    const found = alignTexts(a, b).map((p) => slices(a, b, p));
    expect(found).toEqual([
      [FLOOD, FLOOD],
      [HARBOUR, HARBOUR],
      [SCHOOL, SCHOOL]
    ]);
  });

  it('calls a paragraph with a few words changed a light edit', () => {
    const edited = FLOOD.replace('Monday night', 'Sunday evening').replace('knee-deep water', 'deep water');
    const [p, ...rest] = alignTexts(`${HARBOUR}\n\n${FLOOD}`, `${edited}\n\n${CHESS}`);
    expect(rest).toEqual([]);
    expect(p!.kind).toBe('light');
    expect(p!.score).toBeGreaterThanOrEqual(0.8);
    expect(p!.score).toBeLessThan(1);
  });

  it('calls the same facts in different words reworded', () => {
    const reworded =
      'On Monday night heavy rain left the lower town flooded. To reach the school the council opened ' +
      'as a shelter, residents had to wade through water that was knee-deep. Pumps will keep running, ' +
      'the mayor said, until the river has fallen below the old stone bridge.';
    const passages = alignTexts(`${HARBOUR}\n\n${FLOOD}`, `${CHESS}\n\n${reworded}`);
    expect(passages).toHaveLength(1);
    expect(passages[0]!.kind).toBe('reworded');
    expect(passages[0]!.score).toBeLessThan(0.8);
    expect(slices(`${HARBOUR}\n\n${FLOOD}`, `${CHESS}\n\n${reworded}`, passages[0]!)).toEqual([FLOOD, reworded]);
  });

  it('aligns nothing between unrelated texts', () => {
    expect(alignTexts(`${FLOOD}\n\n${HARBOUR}`, `${SCHOOL}\n\n${MARKET}\n\n${CHESS}`)).toEqual([]);
    expect(alignTexts('', FLOOD)).toEqual([]);
  });

  it('ends a passage where one text inserted sentences, unless asked for reuse cases', () => {
    const inserted = 'Insurers sent assessors to every flooded street on Tuesday to estimate the damage to shops and homes.';
    const a = FLOOD;
    const sentences = FLOOD.split(/(?<=\.) /);
    const b = [sentences[0], inserted, sentences[1], sentences[2]].join(' ');
    const passages = alignTexts(a, b);
    expect(passages.map((p) => slices(a, b, p)[1])).toEqual([sentences[0], `${sentences[1]} ${sentences[2]}`]);

    const cases = alignTexts(a, b, { reuseCases: true });
    expect(cases.map((p) => slices(a, b, p))).toEqual([[a, b]]);
  });

  it('leaves out words spliced onto a shared sentence that the other text does not have', () => {
    const shared = 'Residents waded through knee-deep water to reach the school that the council had opened as a shelter.';
    // Scraped text often runs a caption into the next sentence: no full stop, no sentence break.
    const a = `${HARBOUR}\n\nPhoto by our correspondent in the valley, courtesy of the regional archive ${shared}`;
    const b = `${CHESS}\n\n${shared}`;
    const passages = alignTexts(a, b);
    expect(passages.map((p) => slices(a, b, p))).toEqual([[shared, shared]]);
  });

  it('reports no passage shorter than minWords', () => {
    const shared = 'The old stone bridge reopened to traffic on Wednesday morning.';
    const a = `${FLOOD} ${shared}`;
    const b = `${shared} ${CHESS}`;
    expect(alignTexts(a, b).map((p) => slices(a, b, p))).toEqual([[shared, shared]]);
    expect(alignTexts(a, b, { minWords: 12 })).toEqual([]);
  });

  it('stops when its signal is aborted between stages', () => {
    expect(() => alignTexts(FLOOD, FLOOD, { signal: AbortSignal.abort() })).toThrow(AlignAbortedError);
    // Not aborted at the start, aborted once the first stage is done.
    const controller = new AbortController();
    let checks = 0;
    vi.spyOn(controller.signal, 'aborted', 'get').mockImplementation(() => ++checks > 1);
    expect(() => alignTexts(FLOOD, FLOOD, { signal: controller.signal })).toThrow(AlignAbortedError);
    expect(checks).toBe(2);
  });
});
