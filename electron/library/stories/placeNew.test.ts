import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { WritableDb } from '../db/connection';
import { importPaths } from '../import/importPaths';
import { makeTempFolder } from '../testing/tempLibrary';
import { seedsAndTwoStories } from '../testing/storyLibrary';
import { ensureStories } from './ensureStories';
import { listStories, moveToStory, renameStory, splitStory } from './storyQueries';

/** These libraries are small; a real one is placed into only from `PLACE_FROM` articles. */
const SMALL = { placeFrom: 0 };

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const QUAKE_C =
  "Chile counts damage after Iquique earthquake\n\nOfficials in the Tarapaca region counted damaged houses on Tuesday after Monday's magnitude 7.1 earthquake near Iquique, Chile; power was restored to most homes.";
const KENYA_A =
  'Kenya votes in presidential election\n\nKenyans queued in Nairobi on Tuesday to vote in a presidential election between Uhuru Kenyatta and Raila Odinga, the electoral commission said.';
const KENYA_B =
  'Kenyatta and Odinga face off as Kenya votes\n\nVoters in Nairobi and Mombasa chose between Uhuru Kenyatta and Raila Odinga on Tuesday; the electoral commission expects results by Friday.';

const VOLCANO_A =
  'Volcano erupts near Grindavik\n\nLava from a fissure on the Reykjanes peninsula reached the edge of Grindavik overnight, and the Icelandic Meteorological Office said the eruption could last weeks; the town had been evacuated.';
const VOLCANO_B =
  'Grindavik evacuated as Reykjanes fissure spews lava\n\nThe Icelandic Meteorological Office said lava from the Reykjanes fissure flowed towards Grindavik, whose residents were evacuated before the eruption began.';

/** Two reports of one cyclone that share only words no other article of the library writes. */
const CYCLONE_A =
  "Cyclone Gita batters Tonga\n\nCyclone Gita tore roofs from churches across Tongatapu overnight and toppled coconut palms in Nuku'alofa.";
const CYCLONE_B =
  "Nuku'alofa clears up after Gita\n\nVolunteers cleared fallen trees from the streets of Nuku'alofa as Tongatapu counted the cost of Cyclone Gita, the strongest storm to reach Tonga in decades.";

/** Two reports of one eruption that share few words, and a third that has the words of both. */
const LAVA =
  'Lava reaches Grindavik\n\nLava from a fissure reached the edge of Grindavik overnight; the fishing town had been evacuated, civil protection said.';
const FLIGHTS =
  'Keflavik flights normal despite Reykjanes eruption\n\nFlights at Keflavik airport ran normally on Tuesday despite the eruption on the Reykjanes peninsula, Isavia said, and the Blue Lagoon stayed closed.';
const BOTH =
  'Reykjanes eruption: lava reaches Grindavik, Keflavik flights normal\n\nLava from the Reykjanes eruption reached the edge of evacuated Grindavik, while flights at Keflavik airport ran normally, Isavia and civil protection said.';

/** The seeds (one story of five) plus a quake story and a budget story of two articles each, grouped in full. */
const library = () => seedsAndTwoStories((remove) => cleanups.push(remove));

async function importFiles(db: WritableDb, files: Record<string, string>, more: readonly string[] = []): Promise<void> {
  const folder = makeTempFolder(files);
  cleanups.push(() => fs.rmSync(folder, { recursive: true, force: true }));
  await importPaths(db, [...more, folder]);
}

const idOf = (db: WritableDb, file: string) =>
  db.prepare("SELECT id FROM articles WHERE source_path LIKE '%' || ?").pluck().get(file) as number;
const storyOf = (db: WritableDb, articleId: number) =>
  listStories(db, { minArticles: 1 }).find((s) => s.articleIds.includes(articleId))!;
/** Whether the article was placed incrementally (true) or by a full grouping (false). */
const placedIncrementally = (db: WritableDb, articleId: number) =>
  (db.prepare('SELECT placed FROM story_vectors WHERE article_id = ?').pluck().get(articleId) as number | undefined) === 1;

describe('placing new articles into existing stories', () => {
  it('puts an article about a known event into its story, leaving every story as it was', async () => {
    const { db } = await library();
    const quake = storyOf(db, idOf(db, 'quake-a.txt'));
    const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;
    const before = listStories(db)
      .map((s) => ({ id: s.id, label: s.label, articleIds: s.articleIds }))
      .sort(byId);
    await importFiles(db, { 'quake-c.txt': QUAKE_C });
    expect(ensureStories(db, SMALL)).toBe(true);
    const c = idOf(db, 'quake-c.txt');
    expect(placedIncrementally(db, c)).toBe(true);
    expect(storyOf(db, c).id).toBe(quake.id);
    const after = listStories(db)
      .map((s) => ({ id: s.id, label: s.label, articleIds: s.articleIds.filter((a) => a !== c) }))
      .sort(byId);
    expect(after).toEqual(before);
  });

  it('starts a story for a new event, and leaves an unrelated article on its own', async () => {
    const { db } = await library();
    const storiesBefore = listStories(db, { minArticles: 1 }).length;
    await importFiles(db, {
      'kenya-a.txt': KENYA_A,
      'kenya-b.txt': KENYA_B,
      'cheese.txt':
        'Gouda wins cheese award\n\nA farmhouse Gouda from Friesland won the gold medal at the annual cheese competition in Wisconsin, judges said, beating entries from forty countries.'
    });
    ensureStories(db, SMALL);
    const [a, b, cheese] = ['kenya-a.txt', 'kenya-b.txt', 'cheese.txt'].map((f) => idOf(db, f)) as [number, number, number];
    expect(placedIncrementally(db, a)).toBe(true);
    expect(storyOf(db, a).articleIds.sort()).toEqual([a, b].sort());
    expect(storyOf(db, a).label).toMatch(/Kenya/);
    expect(storyOf(db, cheese).articleIds).toEqual([cheese]);
    expect(listStories(db, { minArticles: 1 })).toHaveLength(storiesBefore + 2);
  });

  it('puts two articles about a new event, imported one after the other, into one story', async () => {
    const { db } = await library();
    await importFiles(db, { 'volcano-a.txt': VOLCANO_A });
    ensureStories(db, SMALL);
    const a = idOf(db, 'volcano-a.txt');
    expect(storyOf(db, a).articleIds).toEqual([a]);
    await importFiles(db, { 'volcano-b.txt': VOLCANO_B });
    ensureStories(db, SMALL);
    const b = idOf(db, 'volcano-b.txt');
    expect(placedIncrementally(db, b)).toBe(true);
    expect(storyOf(db, b).articleIds.sort()).toEqual([a, b].sort());
  });

  it('puts a second report of a new event with the first when the first was grouped in full', async () => {
    const { db } = await library();
    // A small library is grouped in full at each import: the first report's names are in no other article yet.
    await importFiles(db, { 'cyclone-a.txt': CYCLONE_A });
    ensureStories(db);
    const a = idOf(db, 'cyclone-a.txt');
    expect(placedIncrementally(db, a)).toBe(false);
    expect(storyOf(db, a).articleIds).toEqual([a]);
    await importFiles(db, { 'cyclone-b.txt': CYCLONE_B });
    ensureStories(db, SMALL);
    const b = idOf(db, 'cyclone-b.txt');
    expect(placedIncrementally(db, b)).toBe(true);
    expect(storyOf(db, b).articleIds.sort()).toEqual([a, b].sort());
  });

  it('brings two stories together when a new article shows they report one event', async () => {
    const { db } = await library();
    await importFiles(db, { 'lava.txt': LAVA });
    ensureStories(db, SMALL);
    await importFiles(db, { 'flights.txt': FLIGHTS });
    ensureStories(db, SMALL);
    const [lava, flights] = [idOf(db, 'lava.txt'), idOf(db, 'flights.txt')];
    expect(storyOf(db, lava).articleIds).toEqual([lava]);
    expect(storyOf(db, flights).articleIds).toEqual([flights]);
    await importFiles(db, { 'both.txt': BOTH });
    ensureStories(db, SMALL);
    const both = idOf(db, 'both.txt');
    expect(placedIncrementally(db, both)).toBe(true);
    expect(storyOf(db, both).articleIds.sort()).toEqual([lava, flights, both].sort());
  });

  it("keeps the user's names, moves and splits", async () => {
    const { db } = await library();
    const seeds = storyOf(db, 1);
    renameStory(db, seeds.id, 'Daraa talks collapse');
    const budget7 = idOf(db, 'budget-b.txt');
    const quake = storyOf(db, idOf(db, 'quake-a.txt'));
    moveToStory(db, [budget7], quake.id);
    const alone = splitStory(db, [3]);
    await importFiles(db, { 'quake-c.txt': QUAKE_C });
    ensureStories(db, SMALL);
    const c = idOf(db, 'quake-c.txt');
    expect(placedIncrementally(db, c)).toBe(true);
    expect(storyOf(db, c).id).toBe(quake.id);
    expect(storyOf(db, budget7).id).toBe(quake.id);
    expect(storyOf(db, 1).label).toBe('Daraa talks collapse');
    expect(storyOf(db, 3).id).toBe(alone);
    expect(storyOf(db, 3).articleIds).toEqual([3]);
  });

  it('groups the whole library again when it has no stored vectors, or grew by more than a quarter since', async () => {
    const { db } = await library();
    db.prepare('DELETE FROM story_vectors').run();
    await importFiles(db, { 'quake-c.txt': QUAKE_C });
    ensureStories(db, SMALL);
    expect(placedIncrementally(db, idOf(db, 'quake-c.txt'))).toBe(false);
    expect(db.prepare('SELECT count(*) FROM story_vectors').pluck().get()).toBe(10);

    // Four more articles, a quarter of the library is three: more than placement is trusted with.
    await importFiles(db, {
      'kenya-a.txt': KENYA_A,
      'kenya-b.txt': KENYA_B,
      'quake-d.txt': QUAKE_C.replace('Tuesday', 'Wednesday'),
      'quake-e.txt': QUAKE_C.replace('Tuesday', 'Thursday')
    });
    ensureStories(db, SMALL);
    expect(placedIncrementally(db, idOf(db, 'kenya-a.txt'))).toBe(false);
    expect(storyOf(db, idOf(db, 'kenya-a.txt')).articleIds).toHaveLength(2);
  });
});
