import { describe, expect, it } from 'vitest';
import { anchor } from './anchor';
import { describeRange } from './selectors';

// Cases from the anchoring benchmark (docs/anchoring.md): short highlights whose inner words
// changed beyond the letter matcher's budget, between neighbours that did not change.
const BEFORE =
  'Negotiators said population transfers were not on the table in the south, although it had agreed to allow people to leave in other areas like Eastern Ghouta.';

function at(text: string, phrase: string) {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`not in the text: ${phrase}`);
  return describeRange(text, start, start + phrase.length);
}

describe('a highlight between unchanged neighbours', () => {
  it('is found when words were inserted into it (a third of its letters new)', () => {
    const text = BEFORE.replace('south, although it', 'south, rebels although United it');
    const r = anchor(text, at(BEFORE, 'south, although it'));
    expect(r.state).toBe('changed');
    expect(r.state !== 'orphan' && text.slice(r.start, r.end)).toBe('south, rebels although United it');
  });

  it('is found when words were taken out of it', () => {
    const before =
      'Human Rights Watch on Wednesday urged Jordan and Israel to allow asylum seekers. seeking protection not only goes against their law.';
    const text = before.replace('allow asylum seekers. seeking', 'allow seeking');
    const r = anchor(text, at(before, 'allow asylum seekers. seeking'));
    expect(r.state !== 'orphan' && text.slice(r.start, r.end)).toBe('allow seeking');
  });

  it('is an orphan when it was deleted and its neighbours now touch', () => {
    const text = BEFORE.replace('south, although it ', '');
    expect(anchor(text, at(BEFORE, 'south, although it')).state).toBe('orphan');
  });

  it('is an orphan when other words stand between its neighbours', () => {
    const text = BEFORE.replace('south, although it', 'north, whereas she');
    expect(anchor(text, at(BEFORE, 'south, although it')).state).toBe('orphan');
  });

  it('is not bracketed by a repeat of its prefix further up (a table line) once deleted', () => {
    const before =
      'Sales were at 2,375 dlrs and at 1.25 times New York July, Aug/Sept at 2,400 dlrs and at 1.25 times New York\n\nSept and Oct/Dec at 1.25 times New York Dec, Comissaria Smith\n\nsaid. Total Bahia sales are currently estimated at 6.13 mln bags.';
    const quote = 'Sept and Oct/Dec at 1.25 times New York Dec, Comissaria Smith';
    const text = before.replace(`${quote}\n\n`, '');
    expect(anchor(text, at(before, quote)).state).toBe('orphan');
  });
});
