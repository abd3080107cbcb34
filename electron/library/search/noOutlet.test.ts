import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../handlers';
import { importPaths } from '../import/importPaths';
import { channelCaller } from '../testing/channelCaller';
import { SEEDS_DIR, makeTempLibrary } from '../testing/tempLibrary';

/**
 * Review 14, #15: after a bulk edit gave three articles one outlet, the two without one could be
 * neither seen nor picked: the Outlet facet had one value and was hidden. The facet now ends with
 * *No outlet* (and Language with *No language*), whose filter `outlet:none` keeps just them.
 */

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

async function seeds() {
  const lib = makeTempLibrary();
  cleanups.push(() => lib.dispose());
  await importPaths(lib.db, [SEEDS_DIR]);
  const api = channelCaller(createHandlers(lib, { mode: 'cli' }));
  const all = (await api.call('articles:list', { sort: 'title', direction: 'asc', offset: 0, limit: 20 })).items;
  return { api, all };
}

describe('articles with no outlet in search', () => {
  it('are a facet value of their own whose filter finds just them, and -outlet:none the rest', async () => {
    const { api, all } = await seeds();
    const without = all
      .filter((a) => a.outlet === null)
      .map((a) => a.id)
      .sort((a, b) => a - b);
    const withOutlet = all
      .filter((a) => a.outlet !== null)
      .map((a) => a.id)
      .sort((a, b) => a - b);
    expect(without.length).toBeGreaterThan(0);
    expect(withOutlet.length).toBeGreaterThan(0);
    const ids = async (query: string) =>
      (await api.call('search:query', { query, facets: false })).hits.map((h) => h.article.id).sort((a, b) => a - b);

    // The bulk edit of the review: every article that has an outlet gets the same one.
    await api.call('articles:correctMany', { ids: withOutlet, changes: { outlet: 'BBC News' } });
    const facets = (await api.call('search:query', { query: 'Daraa OR Syria OR rebels', facets: true })).facets!;
    expect(facets.outlet.map((v) => [v.label, v.count, v.filter])).toEqual([
      ['BBC News', withOutlet.length, 'outlet:"BBC News"'],
      ['No outlet', without.length, 'outlet:none']
    ]);
    expect(await ids('Daraa OR Syria OR rebels outlet:none')).toEqual(without);
    expect(await ids('outlet:none')).toEqual(without);
    expect(await ids('-outlet:none')).toEqual(withOutlet);
    // Repeating the filter widens it, as for any outlet.
    expect(await ids('outlet:none OR outlet:"BBC News"')).toEqual(all.map((a) => a.id).sort((a, b) => a - b));

    // Once every article has an outlet, there is no such value.
    await api.call('articles:correctMany', { ids: without, changes: { outlet: 'AFP' } });
    const after = (await api.call('search:query', { query: 'Daraa OR Syria OR rebels', facets: true })).facets!;
    expect(after.outlet.map((v) => v.label)).not.toContain('No outlet');
    expect(await ids('outlet:none')).toEqual([]);
  });
});
