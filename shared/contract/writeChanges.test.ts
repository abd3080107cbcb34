import { describe, expect, it } from 'vitest';
import { ExternalChange } from './channels';
import { CHANNEL_NAMES } from './names';
import { WRITE_CHANGES, changeOfWrite } from './writeChanges';
import { writesLibrary } from './writes';

describe('changeOfWrite', () => {
  it('maps every channel that writes the library: a new write channel without a mapping fails here', () => {
    // `record: true` makes search:query a write; every other channel's input is irrelevant to writesLibrary.
    const writes = CHANNEL_NAMES.filter((channel) => writesLibrary(channel, { record: true }));
    expect(writes.length).toBeGreaterThan(20);
    expect(writes.filter((channel) => !(channel in WRITE_CHANGES))).toEqual([]);
    // And nothing mapped is a read: a read announced as a write would make the other tabs refetch.
    expect(Object.keys(WRITE_CHANGES).filter((channel) => !writesLibrary(channel, { record: true }))).toEqual([]);
  });

  it('names the corrected articles, the areas of other writes, and nothing it cannot tell', () => {
    expect(changeOfWrite('articles:correct', { id: 4, changes: { outlet: 'BBC' } })).toEqual({ areas: ['articles'], articleIds: [4] });
    expect(changeOfWrite('articles:correctMany', { ids: [9, 2, 9], changes: {} })).toEqual({ areas: ['articles'], articleIds: [2, 9] });
    // Too many to name: any open article may have changed.
    const many = Array.from({ length: 201 }, (_, i) => i + 1);
    expect(changeOfWrite('articles:correctMany', { ids: many, changes: {} })).toEqual({ areas: ['articles'] });
    expect(changeOfWrite('annotations:create', {})).toEqual({ areas: ['annotations'] });
    expect(changeOfWrite('search:query', { query: 'x', record: true })).toEqual({ areas: ['recent-searches'] });
    expect(changeOfWrite('library:repair', {})).toBeUndefined();
    // Every mapping answers in the event's own shape.
    for (const [channel, change] of Object.entries(WRITE_CHANGES)) {
      const answer = change({ id: 1, ids: [1] });
      if (answer !== undefined) expect(ExternalChange.safeParse(answer).success, channel).toBe(true);
    }
  });
});
