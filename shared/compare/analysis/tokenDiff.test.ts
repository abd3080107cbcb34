import { describe, expect, it } from 'vitest';
import { diffWords, isChanged } from './tokenDiff';

describe('diffWords', () => {
  it('shows the words one wording changed', () => {
    expect(diffWords('either the rebels agree to these terms', 'either the rebels accept these conditions')).toEqual([
      { op: 'same', text: 'either the rebels' },
      { op: 'removed', text: 'agree to' },
      { op: 'added', text: 'accept' },
      { op: 'same', text: 'these' },
      { op: 'removed', text: 'terms' },
      { op: 'added', text: 'conditions' }
    ]);
  });

  it('ignores case, punctuation, hyphenation and name spellings', () => {
    expect(isChanged(diffWords('Busra al-Sham, talks in co-ordination', 'busra Al Sham talks in coordination'))).toBe(false);
    expect(isChanged(diffWords('Spokesman Ibrahim Jabbawi', 'Spokesman Ibrahim Jabawi'))).toBe(false);
    expect(isChanged(diffWords('the talks had failed', 'the talks had filed'))).toBe(true);
  });
});
