import { describe, expect, it } from 'vitest';
import { parseQuery } from './parseQuery';
import { toFtsMatch } from './toFts';

describe('parseQuery: in:notes', () => {
  it('asks for the notes too, and is not a word of the article search', () => {
    const q = parseQuery('Daraa in:notes walkout');
    expect(q.inNotes).toBe(true);
    expect(q.terms.map((t) => t.text)).toEqual(['Daraa', 'walkout']);
    expect(toFtsMatch(q)).not.toMatch(/notes/i);
    expect(q.notes).toEqual([]);
    expect(parseQuery('IN:Notes daraa').inNotes).toBe(true);
    expect(parseQuery('daraa').inNotes).toBe(false);
  });

  it('says so when in: names anything else, or is negated', () => {
    expect(parseQuery('daraa in:comments')).toMatchObject({
      inNotes: false,
      notes: ['Ignored in:comments: the one place to search besides the articles is in:notes.']
    });
    expect(parseQuery('daraa -in:notes')).toMatchObject({
      inNotes: false,
      notes: ['Ignored -in:notes: notes are searched only when asked, so there is nothing to leave out.']
    });
    expect(parseQuery('daraa in:').notes).toEqual(['Ignored in: it needs a value right after the colon, like in:notes.']);
  });
});
