import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../handlers';
import { makeDocx } from '../import/fixtures/makeDocx';
import { importPaths } from '../import/importPaths';
import { regroupStories } from '../stories/regroup';
import { channelCaller } from '../testing/channelCaller';
import { SEEDS_DIR, makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';

/**
 * Review 14, #14 and issue 15: a date read from a file's properties is the day it was saved, not a
 * publication date. Search treats it as the library list's date sort does, as no date: newest
 * first puts it with the undated, the Month facet leaves it out, `date:` does not match it and says
 * why; stories neither date themselves by it nor sort by it. A user's correction makes it a date.
 */

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

// About the seeds' story (Daraa talks), with no date in its words.
const PARAGRAPHS = [
  'Rebels in Daraa said that talks with Russian officers over the south of Syria had failed, and that the offensive would go on.',
  'The rebel spokesman said the Russian side had demanded that the fighters hand over their heavy weapons before any agreement.',
  'Thousands of civilians have fled towards the border with Jordan, which has kept its crossings closed to the refugees.'
];

/** The five seeds (000 and 001 dated 2018-07-04, the rest undated) and two DOCX files dated only by their properties. */
async function library() {
  const lib = makeTempLibrary();
  cleanups.push(() => lib.dispose());
  const folder = makeTempFolder({
    'saved-today.docx': makeDocx({
      paragraphs: ['Daraa notes saved today', ...PARAGRAPHS],
      core: { created: '2026-12-07T09:30:00Z' }
    }),
    'saved-in-july.docx': makeDocx({
      paragraphs: ['Daraa notes saved in July', ...PARAGRAPHS.slice(0, 2)],
      core: { created: '2018-07-02T08:00:00Z' }
    })
  });
  cleanups.push(() => void import('node:fs').then((fs) => fs.rmSync(folder, { recursive: true, force: true })));
  await importPaths(lib.db, [SEEDS_DIR]);
  await importPaths(lib.db, [folder]);
  const api = channelCaller(createHandlers(lib, { mode: 'cli' }));
  const items = (await api.call('articles:list', { sort: 'title', direction: 'asc', offset: 0, limit: 20 })).items;
  const id = (title: string) => items.find((a) => a.title === title)!.id;
  const today = id('Daraa notes saved today');
  const july = id('Daraa notes saved in July');
  const dated = items.filter((a) => a.publishedAt !== null && a.dateFromFile !== true).map((a) => a.id);
  const undated = items.filter((a) => a.publishedAt === null).map((a) => a.id);
  return { api, db: lib.db, today, july, dated, undated };
}

describe('search and stories with a date from the file’s properties', () => {
  it('sorts it with the undated articles, newest first, with words and with filters alone', async () => {
    const { api, today, july, dated, undated } = await library();
    expect(dated).toHaveLength(2);
    expect(undated).toHaveLength(3);
    // Dated articles newest first (ties by id, newest first), then every other article by id, newest first.
    const expected = [...dated.sort((a, b) => b - a), ...[...undated, today, july].sort((a, b) => b - a)];
    for (const query of ['Daraa OR Syria OR Russia OR rebels', 'lang:en']) {
      const found = await api.call('search:query', { query, sort: 'date', limit: 50, facets: false });
      expect(found.total, query).toBe(7);
      expect(
        found.hits.map((h) => h.article.id),
        query
      ).toEqual(expected);
    }
  });

  it('counts it in no month, and a date: filter does not match it and says so', async () => {
    const { api, today, july } = await library();
    const all = await api.call('search:query', { query: 'Daraa', facets: true });
    expect(all.facets?.month.map((m) => [m.value, m.count])).toEqual([['2018-07', 2]]);

    const saved = await api.call('search:query', { query: 'date:2026', facets: true });
    expect(saved.total).toBe(0);
    expect(saved.notes).toContain(
      '1 article that matches the rest has only a file-saved date in date:2026, the day the file was saved, not a publication date, so date:2026 does not match it — set dates with Edit details (pick the articles in the library).'
    );
    const july2018 = await api.call('search:query', { query: 'Daraa date:2018-07', facets: true });
    expect(july2018.hits.map((h) => h.article.id)).not.toContain(july);
    expect(july2018.total).toBe(2);
    expect(july2018.notes.join(' ')).toMatch(/1 article that matches the rest has only a file-saved date in date:2018-07,/);
    // The undated seeds are still counted on their own.
    expect(july2018.notes.join(' ')).toMatch(/articles that match the rest have no date, so date:2018-07 cannot match them/);
    // A date outside the filter: no note about file-saved dates.
    expect((await api.call('search:query', { query: 'date:2005', facets: false })).notes.join(' ')).not.toMatch(/file-saved/);

    // Corrected by the user, it is a publication date: matched, counted in its month, sorted by it.
    await api.call('articles:correct', { id: today, changes: { publishedAt: '2026-12-07' } });
    const corrected = await api.call('search:query', { query: 'date:2026', facets: true });
    expect(corrected.hits.map((h) => h.article.id)).toEqual([today]);
    expect(corrected.notes.join(' ')).not.toMatch(/file-saved/);
    expect(
      (await api.call('search:query', { query: 'Daraa', facets: true })).facets?.month.map((m) => [m.value, m.count])
    ).toEqual([
      ['2018-07', 2],
      ['2026-12', 1]
    ]);
    expect((await api.call('search:query', { query: 'Daraa', sort: 'date', facets: false })).hits[0]?.article.id).toBe(today);
  });

  it('does not date a story by it', async () => {
    const { api, db, today } = await library();
    regroupStories(db);
    const storyOf = async () => (await api.call('stories:list', {})).stories.find((s) => s.articleIds.includes(today));
    const story = await storyOf();
    expect(story).toBeDefined();
    // The day the file was saved (2026) is not the story's latest date, and its article is listed with the undated, last.
    expect(story?.latest ?? '').not.toMatch(/^2026/);
    expect(story?.articleIds.at(-1)).toBe(today);
  });
});
