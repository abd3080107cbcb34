import { describe, expect, it } from 'vitest';
import { wordDiff } from '@shared/compare/alignment/wordDiff';
import { diffCounts, diffRuns } from './diffRuns';

function runsOf(a: string, b: string) {
  const passage = { aStart: 0, aEnd: a.length, bStart: 0, bEnd: b.length };
  return diffRuns(a, b, wordDiff(a, b, passage), 0, b.length);
}

describe('diffRuns', () => {
  it('reads a spelling variant and a changed verb', () => {
    const runs = runsOf('Rebels in Daraa said', 'Rebels in Deraa told AFP');
    expect(runs).toEqual([
      { kind: 'text', text: 'Rebels in ' },
      { kind: 'variant', text: 'Deraa', was: 'Daraa' },
      { kind: 'text', text: ' ' },
      { kind: 'removed', text: 'said' },
      { kind: 'text', text: ' ' },
      { kind: 'added', text: 'told AFP' }
    ]);
    expect(diffCounts(runs)).toEqual({ removed: 1, added: 2, variants: 1 });
  });

  it('counts a compound, a possessive and a figure as one word each', () => {
    const runs = runsOf(
      'Jets struck the town on Thursday.',
      'Jets struck Busra al-Sham on Thursday, killing 2,000 of Assad’s troops.'
    );
    expect(runs.filter((r) => r.kind === 'added').map((r) => r.text)).toEqual([
      'Busra al-Sham',
      'killing 2,000 of Assad’s troops'
    ]);
    // Busra, al-Sham; killing, 2,000, of, Assad’s, troops.
    expect(diffCounts(runs)).toEqual({ removed: 2, added: 7, variants: 0 });
  });

  it('keeps removed words apart from their neighbours', () => {
    const runs = runsOf('talks had failed after they insisted today', 'talks had failed today');
    const text = runs.map((r) => r.text).join('');
    expect(text).toBe('talks had failed after they insisted today');
    expect(runs.find((r) => r.kind === 'removed')?.text).toBe('after they insisted');
  });

  it('keeps the punctuation of the other source', () => {
    const runs = runsOf('"No negotiations," he said.', '"No negotiations," he added.');
    expect(runs.map((r) => r.text).join('')).toBe('"No negotiations," he said added.');
    expect(runs.at(-1)).toEqual({ kind: 'text', text: '.' });
  });
});
