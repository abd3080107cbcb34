import { beforeEach, describe, expect, it } from 'vitest';
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract/channels';
import { dispatch } from '@shared/contract/dispatch';
import { importPaths } from '../import/importPaths';
import { SEEDS_DIR, makeTempLibrary } from '../testing/tempLibrary';
import { recordRecentSearch } from './savedSearches';
import { searchHandlers } from './searchHandlers';

let lib: ReturnType<typeof makeTempLibrary>;
let handlers: ReturnType<typeof searchHandlers>;
beforeEach(async () => {
  lib = makeTempLibrary();
  await importPaths(lib.db, [SEEDS_DIR]);
  handlers = searchHandlers(lib.db);
  return () => lib.dispose();
});

/** Calls a channel as the UI does (input and output checked against the contract). */
async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await dispatch(handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as ChannelOutput<C>;
}

describe('saved searches', () => {
  it('are listed by name with how many articles match each now', async () => {
    await call('search:saved:add', { name: 'Jabawi', query: 'Jabawi' });
    await call('search:saved:add', { name: 'busra phrase', query: '"Busra al-Sham"' });
    const { searches } = await call('search:saved:list', {});
    expect(searches.map((s) => [s.name, s.query, s.count])).toEqual([
      ['busra phrase', '"Busra al-Sham"', 4],
      ['Jabawi', 'Jabawi', 4]
    ]);
  });

  it('saving under a name already used replaces its query; deleting twice is fine', async () => {
    const first = await call('search:saved:add', { name: 'South', query: 'Daraa' });
    const second = await call('search:saved:add', { name: 'south', query: 'Quneitra' });
    expect(second.id).toBe(first.id);
    expect(second.query).toBe('Quneitra');
    await call('search:saved:delete', { id: first.id });
    await call('search:saved:delete', { id: first.id });
    expect(await call('search:saved:list', {})).toEqual({ searches: [] });
  });

  it('refuses an empty name or query', async () => {
    const result = await dispatch(handlers, 'search:saved:add', { name: '  ', query: 'Daraa' });
    expect(result.ok).toBe(false);
  });
});

describe('recent searches', () => {
  const recent = async () => (await call('search:recent:list', {})).searches.map((s) => s.query);

  it('remember queries searched with record, most recent first, each once', async () => {
    await call('search:query', { query: 'Daraa', record: true });
    await call('search:query', { query: 'not remembered' });
    await call('search:query', { query: '"Busra al-Sham"', record: true });
    await call('search:query', { query: '  daraa ', record: true });
    expect(await recent()).toEqual(['daraa', '"Busra al-Sham"']);
  });

  it('keep the last 20', async () => {
    for (let i = 1; i <= 25; i++) await call('search:query', { query: `query ${i}`, record: true });
    const list = await recent();
    expect(list).toHaveLength(20);
    expect(list[0]).toBe('query 25');
    expect(list.at(-1)).toBe('query 6');
  });

  it('keep one entry when the user pauses while typing a word', () => {
    const start = new Date('2018-07-04T10:00:00Z');
    recordRecentSearch(lib.db, 'Dar', start);
    recordRecentSearch(lib.db, 'Daraa', new Date(start.getTime() + 2_000));
    recordRecentSearch(lib.db, 'Daraa talks', new Date(start.getTime() + 10 * 60_000));
    return recent().then((list) => expect(list).toEqual(['Daraa talks', 'Daraa']));
  });

  it('can be cleared', async () => {
    await call('search:query', { query: 'Daraa', record: true });
    await call('search:recent:clear', {});
    expect(await recent()).toEqual([]);
  });
});
