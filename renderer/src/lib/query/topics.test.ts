import { describe, expect, it } from 'vitest';
import type { EventPayload } from '@shared/contract/channels';
import type { ImportReport } from '@shared/contract/schemas';
import { fakeApi } from './fakeApi';
import { QueryClient } from './queryClient';
import { scopeOfChange, topicsOfChange } from './topics';

function watchedImport(counts: Partial<ImportReport>): ImportReport {
  return {
    runId: 1,
    startedAt: '2026-12-06T10:00:00Z',
    finishedAt: '2026-12-06T10:00:01Z',
    status: 'done',
    paths: ['/news'],
    new: 0,
    nearDuplicates: 0,
    updated: 0,
    unchanged: 0,
    duplicates: 0,
    skipped: 0,
    failed: 0,
    imported: 0,
    problems: [],
    ...counts
  };
}

/** Which of the window's lists the engine's `library:changed` event makes fetch again. */
function refetchedBy(event: Parameters<typeof topicsOfChange>[0]): string[] {
  const { fetcher, calls } = fakeApi();
  const client = new QueryClient(fetcher);
  client.watch('library:info', {}, () => {});
  client.watch('stories:list', {}, () => {});
  client.watch('search:query', { query: 'flood', limit: 10 }, () => {});
  client.watch('search:saved:list', {}, () => {});
  client.watch('search:recent:list', {}, () => {});
  const before = calls.length;
  client.invalidate(topicsOfChange(event));
  return calls.slice(before).map((call) => call.channel);
}

describe('library:changed invalidates what it names', () => {
  it('a watched folder that wrote articles: the library, its stories, searches and saved counts, not the history', () => {
    expect(refetchedBy({ reason: 'watched-folder', report: watchedImport({ updated: 1, imported: 1 }) })).toEqual([
      'library:info',
      'stories:list',
      'search:query',
      'search:saved:list'
    ]);
  });

  it('a watched folder that wrote nothing (only duplicates): nothing', () => {
    expect(refetchedBy({ reason: 'watched-folder', report: watchedImport({ duplicates: 2 }) })).toEqual([]);
  });

  it('stories grouped in the background: what lists stories or filters by them', () => {
    expect(refetchedBy({ reason: 'stories' })).toEqual(['library:info', 'stories:list', 'search:query', 'search:saved:list']);
  });

  it('another process wrote (a window, serve, the CLI): every list on screen, recent searches included', () => {
    expect(refetchedBy({ reason: 'external' })).toEqual([
      'library:info',
      'stories:list',
      'search:query',
      'search:saved:list',
      'search:recent:list'
    ]);
  });

  it('another process wrote: the open article, its highlights and the colours’ meanings too', () => {
    const { fetcher, calls } = fakeApi();
    const client = new QueryClient(fetcher);
    client.watch('articles:get', { id: 3 }, () => {});
    client.watch('annotations:list', { filter: { articleId: 3 }, sort: 'position', offset: 0, limit: 1000 }, () => {});
    client.watch('annotations:colours:get', {}, () => {});
    client.invalidate(topicsOfChange({ reason: 'external' }));
    expect(calls.slice(3).map((call) => call.channel)).toEqual(['articles:get', 'annotations:list', 'annotations:colours:get']);
  });

  it('another process wrote, and the engine says what: only that, and only the open article it names', () => {
    const { fetcher, calls } = fakeApi();
    const client = new QueryClient(fetcher);
    client.watch('library:info', {}, () => {});
    client.watch('search:recent:list', {}, () => {});
    client.watch('articles:get', { id: 3 }, () => {});
    client.watch('articles:get', { id: 7 }, () => {});
    client.watch('annotations:list', { filter: { articleId: 3 }, sort: 'position', offset: 0, limit: 1000 }, () => {});
    client.watch('annotations:colours:get', {}, () => {});
    const before = calls.length;
    // `crosscheck edit 7 --outlet …` while article 3 is open.
    const event: EventPayload<'library:changed'> = { reason: 'external', changed: { areas: ['articles'], articleIds: [7] } };
    client.invalidate(topicsOfChange(event), scopeOfChange(event));
    expect(calls.slice(before).map((call) => [call.channel, call.input])).toEqual([
      ['library:info', {}],
      ['articles:get', { id: 7 }]
    ]);
    // A note added from a terminal: the notes, nothing of the articles.
    const notes: EventPayload<'library:changed'> = { reason: 'external', changed: { areas: ['annotations'] } };
    const next = calls.length;
    client.invalidate(topicsOfChange(notes), scopeOfChange(notes));
    expect(calls.slice(next).map((call) => call.channel)).toEqual(['annotations:list']);
  });

  it('highlights re-anchored: the search (its Tag facet and note hits read them) and the saved counts, not the library or stories', () => {
    expect(refetchedBy({ reason: 'annotations', articleIds: [3] })).toEqual(['search:query', 'search:saved:list']);
  });

  it('a note or tag written by another process, or in this window: searches that read notes follow, others do not', () => {
    const { fetcher, calls } = fakeApi();
    const client = new QueryClient(fetcher);
    client.watch('library:info', {}, () => {});
    client.watch('search:query', { query: 'flood', limit: 10 }, () => {});
    client.watch('search:query', { query: 'tag:checked', limit: 10, facets: false }, () => {});
    client.watch('search:query', { query: 'bridge in:notes', limit: 10, facets: false }, () => {});
    client.watch('search:query', { query: 'bridge', limit: 1, facets: false }, () => {});
    client.watch('search:saved:list', {}, () => {});
    const notes: EventPayload<'library:changed'> = { reason: 'external', changed: { areas: ['annotations'] } };
    const before = calls.length;
    client.invalidate(topicsOfChange(notes), scopeOfChange(notes));
    const searches = [
      ['search:query', 'flood'],
      ['search:query', 'tag:checked'],
      ['search:query', 'bridge in:notes'],
      ['search:saved:list', undefined]
    ];
    const asked = () => calls.slice(before).map((call) => [call.channel, (call.input as { query?: string }).query]);
    expect(asked()).toEqual(searches);
    // A highlight made in this window (annotationWrites.ts invalidates `annotations`): the same.
    const next = calls.length;
    client.invalidate(['annotations']);
    expect(calls.slice(next).map((call) => [call.channel, (call.input as { query?: string }).query])).toEqual(searches);
  });

  it('highlights re-anchored: the open article (its text changed) and its highlights', () => {
    const { fetcher, calls } = fakeApi();
    const client = new QueryClient(fetcher);
    client.watch('articles:get', { id: 3 }, () => {});
    client.watch('annotations:list', { filter: { articleId: 3 }, sort: 'position', offset: 0, limit: 1000 }, () => {});
    client.watch('export:settings:get', {}, () => {});
    client.invalidate(topicsOfChange({ reason: 'annotations', articleIds: [3] }));
    expect(calls.slice(3).map((call) => call.channel)).toEqual(['articles:get', 'annotations:list']);
  });
  it('a title corrected or a story renamed elsewhere: the notes panel, which shows them, and the corrected article’s highlights (review 15 #9)', () => {
    const { fetcher, calls } = fakeApi();
    const client = new QueryClient(fetcher);
    const panel = { filter: {}, sort: 'updated', offset: 0, limit: 50 } as const;
    client.watch('annotations:list', panel, () => {});
    client.watch('annotations:list', { filter: { articleId: 3 }, sort: 'position', offset: 0, limit: 1000 }, () => {});
    client.watch('annotations:list', { filter: { articleId: 7 }, sort: 'position', offset: 0, limit: 1000 }, () => {});
    const asked = (event: EventPayload<'library:changed'>) => {
      const before = calls.length;
      client.invalidate(topicsOfChange(event), scopeOfChange(event));
      return calls.slice(before).map((call) => (call.input as { filter: { articleId?: number } }).filter.articleId ?? 'panel');
    };
    // `crosscheck edit 7 --title …`: article 3's highlights keep their answer.
    expect(asked({ reason: 'external', changed: { areas: ['articles'], articleIds: [7] } })).toEqual(['panel', 7]);
    // …unless notes changed as well.
    expect(asked({ reason: 'external', changed: { areas: ['articles', 'annotations'], articleIds: [7] } })).toEqual(['panel', 3, 7]);
    // A story renamed in another tab (stories:rename tells `stories`).
    expect(asked({ reason: 'external', changed: { areas: ['stories'] } })).toEqual(['panel', 3, 7]);
    // A title corrected in this window (useArticleSaved invalidates `articles`).
    const before = calls.length;
    client.invalidate(['articles']);
    expect(calls.length - before).toBe(3);
  });
});
