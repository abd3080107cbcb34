import { describe, expect, it } from 'vitest';
import { describeHighlight } from './describeHighlight';

describe('describeHighlight', () => {
  it('names the colour meaning of a plain highlight', () => {
    expect(describeHighlight('Figure', {})).toBe('Figure highlight');
  });

  it('says a note and changed wording, which only the tint and outline showed before', () => {
    const said = describeHighlight('Figure', { noted: true, changed: true });
    expect(said).toMatch(/^Figure highlight/);
    expect(said).toContain('has a note');
    expect(said).toContain('wording changed');
  });

  it('says nothing of a note the highlight does not have', () => {
    expect(describeHighlight('Claim', { changed: true })).not.toContain('note');
  });
});
