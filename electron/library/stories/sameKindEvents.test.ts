import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { importPaths } from '../import/importPaths';
import { QUAKE_2019_WIRE, README_AND_LICENSE, TWO_QUAKES } from '../testing/sameKindEvents';
import { THREE_EVENTS } from '../testing/smallLibraryArticles';
import { THIN_EVIDENCE } from '../testing/thinEvidence';
import { TWO_FIRES } from '../testing/twoFires';
import { SEEDS_DIR, makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';
import { ensureStories } from './ensureStories';
import { listStories } from './storyQueries';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/**
 * Imports the seeds and `files` into a fresh library, groups it, and names each story's members by
 * `nameOf(title)`; `articles` is every article's name, grouped or not.
 */
async function storiesOf(
  files: Record<string, string>,
  nameOf: (title: string) => string
): Promise<{ stories: string[][]; articles: string[] }> {
  const lib = makeTempLibrary();
  cleanups.push(() => lib.dispose());
  const folder = makeTempFolder(files);
  cleanups.push(() => fs.rmSync(folder, { recursive: true, force: true }));
  await importPaths(lib.db, [SEEDS_DIR, folder]);
  ensureStories(lib.db);
  const titles = new Map(
    (lib.db.prepare('SELECT id, title FROM articles').all() as Array<{ id: number; title: string }>).map((a) => [a.id, a.title])
  );
  const stories = listStories(lib.db)
    .map((s) => s.articleIds.map((id) => nameOf(titles.get(id)!)).sort())
    .sort();
  return { stories, articles: [...titles.values()].map(nameOf) };
}

/** The file an article came from, by its first line; the seeds are one event. */
function fileOf(files: Record<string, string>): (title: string) => string {
  const byTitle = new Map(Object.entries(files).map(([file, text]) => [text.split('\n')[0]!.replace(/^#\s*/, ''), file]));
  return (title) => byTitle.get(title) ?? 'seeds';
}

describe('stories in a small library: events of one kind, and files that are no news', () => {
  it('keeps two earthquakes in one region apart when their reports are dated years apart', async () => {
    const { stories } = await storiesOf({ ...TWO_QUAKES }, (title) => {
      const file = fileOf(TWO_QUAKES)(title);
      return file === 'seeds' ? file : file.slice(0, 'quake2019'.length);
    });
    expect(stories).toEqual([Array(3).fill('quake2019'), Array(3).fill('quake2023'), Array(5).fill('seeds')]);
  });

  it('starts no story on a shared year alone, nor on one shared word (a three-word fragment)', async () => {
    // Review 13, finding 3: in a library of a few dozen articles a year written by two unrelated
    // reports, or `pages` shared with a three-word PDF, made a "story" of two.
    const files = { ...THREE_EVENTS, ...THIN_EVIDENCE };
    const { stories } = await storiesOf(files, (title) => {
      const file = fileOf(files)(title);
      return file === 'seeds' || file in THIN_EVIDENCE ? file : file.split('-')[0]!;
    });
    expect(stories).toEqual([Array(4).fill('ferry'), Array(4).fill('fire'), Array(4).fill('rates'), Array(5).fill('seeds')]);
  });

  it('keeps two fires at one chain’s stores apart: each fire’s reports are far closer to each other than to the other’s', async () => {
    // Neither writes a year, and what the two share (Greenway, supermarket, fire, roof, crews) is
    // above a small library's threshold: the cohesion rule keeps them apart.
    const { stories } = await storiesOf({ ...TWO_FIRES }, (title) => {
      const file = fileOf(TWO_FIRES)(title);
      return file === 'seeds' ? file : file.split('-')[1]!;
    });
    expect(stories).toEqual([Array(6).fill('banfield'), Array(6).fill('kenwick'), Array(5).fill('seeds')]);
  });

  it('keeps a fire reported five times apart from one reported six times (too few for the cohesion rule) by the local-scale check', async () => {
    // Without the local-scale check (`localScale: null`) these eleven reports are one story: the
    // five are below the cohesion rule's 6, and the bridge clears the threshold. Each report's five
    // nearest are its own fire's, far closer than the bridge.
    const files = Object.fromEntries(Object.entries(TWO_FIRES).filter(([file]) => file !== 'fire-kenwick-6.txt'));
    const { stories } = await storiesOf(files, (title) => {
      const file = fileOf(files)(title);
      return file === 'seeds' ? file : file.split('-')[1]!;
    });
    expect(stories).toEqual([Array(6).fill('banfield'), Array(5).fill('kenwick'), Array(5).fill('seeds')]);
  });

  it('does not take a wire time (at 2023 GMT) for the year of the event', async () => {
    const files = { ...TWO_QUAKES, ...QUAKE_2019_WIRE };
    const { stories } = await storiesOf(files, (title) => {
      const file = fileOf(files)(title);
      return file === 'seeds' ? file : file.slice(0, 'quake2019'.length);
    });
    expect(stories).toEqual([Array(4).fill('quake2019'), Array(3).fill('quake2023'), Array(5).fill('seeds')]);
  });

  it('puts a README and a LICENSE among the articles into no story', async () => {
    const files = { ...THREE_EVENTS, ...README_AND_LICENSE };
    const { stories, articles } = await storiesOf(files, fileOf(files));

    expect(articles).toHaveLength(19);
    expect(articles).toContain('README.md');
    expect(articles).toContain('LICENSE.md');
    const grouped = stories.flat();
    expect(grouped).not.toContain('README.md');
    expect(grouped).not.toContain('LICENSE.md');
    expect(stories).toHaveLength(4);
  });
});
