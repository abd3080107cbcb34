import { describe, expect, it } from 'vitest';
import { fakeApi } from './fakeApi';
import { QueryClient } from './queryClient';

const stories = (label: string) => ({ stories: [{ label }] });

describe('QueryClient', () => {
  it('answers a key watched again from the cache, without asking the engine twice', async () => {
    const { fetcher, calls } = fakeApi();
    const client = new QueryClient(fetcher);
    const stop = client.watch('stories:list', {}, () => {});
    await calls[0]?.answer(stories('Floods'));
    stop();
    client.watch('stories:list', {}, () => {});
    expect(calls).toHaveLength(1);
    expect(client.read('stories:list', {})).toMatchObject({ value: stories('Floods'), fetching: false });
  });

  it('shares one fetch between two watchers of the same channel and input', async () => {
    const { fetcher, calls } = fakeApi();
    const client = new QueryClient(fetcher);
    let heard = 0;
    client.watch('search:query', { query: 'flood', limit: 10 }, () => heard++);
    client.watch('search:query', { query: 'flood', limit: 10 }, () => heard++);
    client.watch('search:query', { query: 'fire', limit: 10 }, () => {});
    expect(calls.map((c) => c.input)).toEqual([
      { query: 'flood', limit: 10 },
      { query: 'fire', limit: 10 }
    ]);
    heard = 0;
    await calls[0]?.answer({ total: 3 });
    expect(heard).toBe(2);
  });

  it('refetches on a change to a topic the answer reads, and only on those', async () => {
    const { fetcher, calls } = fakeApi();
    const client = new QueryClient(fetcher);
    client.watch('search:recent:list', {}, () => {});
    client.watch('stories:list', {}, () => {});
    await calls[0]?.answer({ searches: [] });
    await calls[1]?.answer(stories('Floods'));
    client.invalidate(['saved-searches', 'annotations']);
    expect(calls).toHaveLength(2);
    client.invalidate(['stories']);
    expect(calls.map((c) => c.channel)).toEqual(['search:recent:list', 'stories:list', 'stories:list']);
    // The old answer stays on screen while the new one comes.
    expect(client.read('stories:list', {})).toMatchObject({ value: stories('Floods'), fetching: true });
    await calls[2]?.answer(stories('Fires'));
    expect(client.read('stories:list', {})).toMatchObject({ value: stories('Fires'), fetching: false });
  });

  it('forgets an answer nobody watches when its topic changes, and asks again on the next watch', async () => {
    const { fetcher, calls } = fakeApi();
    const client = new QueryClient(fetcher);
    client.watch('stories:list', {}, () => {})();
    await calls[0]?.answer(stories('Floods'));
    client.invalidate(['articles']);
    expect(calls).toHaveLength(1);
    expect(client.read('stories:list', {}).value).toBeUndefined();
    client.watch('stories:list', {}, () => {});
    expect(calls).toHaveLength(2);
  });

  it('drops the answer of a fetch overtaken by a newer one for the same key', async () => {
    const { fetcher, calls } = fakeApi();
    const client = new QueryClient(fetcher);
    client.watch('stories:list', {}, () => {});
    client.invalidate(['stories']);
    await calls[1]?.answer(stories('After the move'));
    await calls[0]?.answer(stories('Before the move'));
    expect(client.read('stories:list', {}).value).toEqual(stories('After the move'));
  });

  it('keeps the last value on a failure, reports it once, and asks again on the next watch', async () => {
    const { fetcher, calls } = fakeApi();
    const errors: unknown[] = [];
    const client = new QueryClient(fetcher, (error) => errors.push(error));
    const stop = client.watch('stories:list', {}, () => {});
    client.watch('stories:list', {}, () => {});
    await calls[0]?.answer(stories('Floods'));
    client.invalidate(['stories']);
    await calls[1]?.fail(new Error('The library is locked.'));
    expect(errors).toEqual([new Error('The library is locked.')]);
    expect(client.read('stories:list', {})).toMatchObject({ value: stories('Floods'), fetching: false, error: new Error('The library is locked.') });
    stop();
    client.watch('stories:list', {}, () => {});
    expect(calls).toHaveLength(3);
  });

  it('does not report the failure of a fetch nobody watches any more', async () => {
    const { fetcher, calls } = fakeApi();
    const errors: unknown[] = [];
    const client = new QueryClient(fetcher, (error) => errors.push(error));
    client.watch('search:query', { query: 'flo', limit: 10 }, () => {})();
    await calls[0]?.fail(new Error('gone'));
    expect(errors).toEqual([]);
  });
});

describe('QueryClient: writes', () => {
  const renamed = (label: string) => (_channel: unknown, _input: unknown, value: unknown) => ({
    stories: (value as { stories: Array<{ label: string }> }).stories.map(() => ({ label }))
  });

  it('shows a patch at once, keeps it on an answer fetched before the write was made, and drops it once fetched again', async () => {
    const { fetcher, calls } = fakeApi();
    const client = new QueryClient(fetcher);
    client.watch('stories:list', {}, () => {});
    await calls[0]?.answer(stories('Floods'));
    // A refetch (another change) on its way when the write is made.
    client.invalidate(['articles']);
    const patch = client.patch(['stories:list'], renamed('Floods in Kerala'));
    expect(client.read('stories:list', {}).value).toEqual(stories('Floods in Kerala'));
    patch.settle();
    client.invalidate(['stories']);
    // The refetch started before the write answers late with the old name: the write still shows.
    await calls[1]?.answer(stories('Floods'));
    expect(client.read('stories:list', {}).value).toEqual(stories('Floods in Kerala'));
    await calls[2]?.answer(stories('Floods in Kerala (engine)'));
    expect(client.read('stories:list', {}).value).toEqual(stories('Floods in Kerala (engine)'));
  });

  it('rolls a failed write back to what the engine said', async () => {
    const { fetcher, calls } = fakeApi();
    const client = new QueryClient(fetcher);
    let heard = 0;
    client.watch('stories:list', {}, () => heard++);
    await calls[0]?.answer(stories('Floods'));
    const patch = client.patch(['stories:list'], renamed('Fires'));
    heard = 0;
    patch.rollback();
    expect(client.read('stories:list', {}).value).toEqual(stories('Floods'));
    expect(heard).toBe(1);
  });

  it('setData answers a key without asking the engine, and drops a fetch that was on its way', async () => {
    const { fetcher, calls } = fakeApi();
    const client = new QueryClient(fetcher);
    client.watch('articles:get', { id: 3 }, () => {});
    client.setData('articles:get', { id: 3 }, { id: 3, title: 'Corrected' } as never);
    await calls[0]?.answer({ id: 3, title: 'Before the correction' });
    expect(client.read('articles:get', { id: 3 }).value).toEqual({ id: 3, title: 'Corrected' });
    client.watch('articles:get', { id: 3 }, () => {});
    expect(calls).toHaveLength(1);
  });

  it('forgets an unannounced answer (the backups) as soon as nothing shows it', async () => {
    const { fetcher, calls } = fakeApi();
    const client = new QueryClient(fetcher);
    const stop = client.watch('library:backups', {}, () => {});
    await calls[0]?.answer({ backups: [], keep: 5 });
    stop();
    client.watch('library:backups', {}, () => {});
    expect(calls).toHaveLength(2);
  });
});
