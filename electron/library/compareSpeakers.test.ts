import { describe, expect, it } from 'vitest';
import { createHandlers } from './handlers';
import { importPaths } from './import/importPaths';
import { channelCaller } from './testing/channelCaller';
import { SEEDS_DIR } from './testing/tempLibrary';
import { makeTestLibrary } from './testing/testLibrary';

/**
 * Compare → Quotes names each speaker once (review 15, #12): the seeds write Lama Fakih's
 * organisation with a straight and a curly apostrophe, and Ibrahim Jabbawi with and without his
 * title, which listed one person two or three times.
 */

describe('speakers of the seeds’ quotes', () => {
  it('are one name per person, whatever apostrophe or title the sources write', async () => {
    const lib = makeTestLibrary();
    await importPaths(lib.db, [SEEDS_DIR]);
    const api = channelCaller(createHandlers(lib, { mode: 'cli' }));
    const listed = (await api.call('articles:list', { sort: 'title', direction: 'asc', offset: 0, limit: 10 })).items;
    const comparison = await api.call('compare:articles', { articleIds: listed.map((a) => a.id) });
    const quote = (words: string) => comparison.quotes.find((q) => q.variants.some((v) => v.text.includes(words)))!;

    // The premise: the sources write these speakers differently.
    const written = (words: string) => [...new Set(quote(words).occurrences.flatMap((o) => (o.speaker ? [o.speaker] : [])))];
    expect(written('abject refusal').length).toBeGreaterThan(1);

    expect(written('any results').length).toBeGreaterThan(1);
    expect(written('The session ended').length).toBeGreaterThan(1);

    expect(quote('abject refusal').speakers).toEqual(["HRW's Lama Fakih"]);
    expect(quote('any results').speakers).toEqual(['Spokesman Ibrahim Jabbawi']);
    expect(quote('The session ended').speakers).toHaveLength(1);
    for (const q of comparison.quotes) {
      const surnames = q.speakers.map((s) => s.split(' ').at(-1));
      expect(new Set(surnames).size, q.speakers.join(' · ')).toBe(surnames.length);
    }
  });
});
