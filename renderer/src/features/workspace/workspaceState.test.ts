import { describe, expect, it } from 'vitest';
import { hitIndexOf, INITIAL_WORKSPACE, workspaceReducer, type WorkspaceAction, type WorkspaceState } from './workspaceState';

const run = (...actions: WorkspaceAction[]): WorkspaceState => actions.reduce(workspaceReducer, INITIAL_WORKSPACE);

describe('workspaceReducer', () => {
  it('a new order, or another story, lets go of the library cursor (its row number means another article)', () => {
    expect(run({ type: 'select-row', index: 7 }, { type: 'sort', sort: { key: 'title', direction: 'asc' } }).libraryIndex).toBe(-1);
    expect(run({ type: 'select-row', index: 7 }, { type: 'story', storyId: 3 }).libraryIndex).toBe(-1);
  });

  it('an article opened from the list keeps the cursor; one opened from elsewhere lets it go', () => {
    const fromList = run({ type: 'select-row', index: 4 }, { type: 'open', id: 12, elsewhere: false });
    expect(fromList).toMatchObject({ openId: 12, libraryIndex: 4 });
    expect(workspaceReducer(fromList, { type: 'open', id: 30, elsewhere: true })).toMatchObject({ openId: 30, libraryIndex: -1 });
  });

  it('deleted articles leave the picks and the reader; the others stay', () => {
    const picked = run({ type: 'open', id: 5, elsewhere: false }, { type: 'picks', picks: new Set([2, 5, 7]) });
    expect(workspaceReducer(picked, { type: 'deleted', ids: [5, 7] })).toMatchObject({ openId: null, picks: new Set([2]) });
    expect(workspaceReducer(picked, { type: 'deleted', ids: [9] })).toMatchObject({ openId: 5, picks: new Set([2, 5, 7]) });
  });

  it('the notes panel opening a story ends the search and shows the story', () => {
    expect(run({ type: 'query', query: 'flood' }, { type: 'open-story', storyId: 9 })).toMatchObject({ query: '', storyId: 9, libraryIndex: -1 });
  });

  it('the results cursor belongs to one answer: a new answer starts at its first hit', () => {
    const state = run({ type: 'select-hit', answerKey: 'relevance:flood', index: 3 });
    expect(hitIndexOf(state, 'relevance:flood')).toBe(3);
    expect(hitIndexOf(state, 'date:flood')).toBe(0);
    expect(hitIndexOf(state, 'relevance:floods')).toBe(0);
  });
});
