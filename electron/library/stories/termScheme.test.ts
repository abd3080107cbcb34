import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventName, EventPayload } from '@shared/contract/channels';
import { STORY_TERM_SCHEME } from '@shared/stories/storyTermKey';
import { variantKey } from '@shared/text/fold';
import type { ReadableDb, WritableDb } from '../db/connection';
import { startEngine } from '../engine';
import { createHandlers } from '../handlers';
import { importPaths } from '../import/importPaths';
import { deleteSetting, getSetting } from '../settings';
import { channelCaller } from '../testing/channelCaller';
import { SEEDS_DIR, makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';
import { ensureStories, needsGrouping } from './ensureStories';
import { TERM_SCHEME_KEY, storyTermsOutdated } from './termScheme';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
});

// Tara Reid's rehab in three reports, and a page of a PDF's drawing commands that writes Red.
// Scheme 1 keyed Red and Reid as one term (`rad`), which with `image` took the page into her story.
const REID_AND_RED: Readonly<Record<string, string>> = {
  'reid-1.txt':
    'Tara Reid checks into rehab\n\nActress Tara Reid has checked into a rehabilitation clinic in Malibu, her publicist said on Tuesday. Reid, 33, is being treated for exhaustion, and an agency image showed Reid leaving a Los Angeles hotel.',
  'reid-2.txt':
    'Tara Reid enters Promises clinic\n\nTara Reid entered the Promises rehabilitation clinic in Malibu on Tuesday, her publicist told People magazine. The actress, 33, is being treated for exhaustion.',
  'reid-3.txt':
    'Actress Reid in Malibu rehab\n\nThe publicist of Tara Reid said on Tuesday that the actress had checked into Promises, a Malibu rehabilitation clinic, for exhaustion.',
  'red.txt': 'Red: stroke=1, fill=1\n\nRed: stroke=1, fill=1, image=2. Layer image in Red, stroke and fill of the image layer in Red.'
};

/** The seeds and {@link REID_AND_RED} in a library file, grouped with today's terms. */
async function reidLibrary() {
  const lib = makeTempLibrary();
  const folder = makeTempFolder({ ...REID_AND_RED });
  cleanups.push(() => fs.rmSync(folder, { recursive: true, force: true }));
  await importPaths(lib.db, [SEEDS_DIR, folder]);
  ensureStories(lib.db);
  return { lib, folder };
}

function articleId(db: ReadableDb, title: string): number {
  return db.prepare('SELECT id FROM articles WHERE title = ?').pluck().get(title) as number;
}

/** The titles of the articles in the story of the article titled `title`, sorted. */
function storyOf(db: ReadableDb, title: string): string[] {
  return (
    db
      .prepare(
        `SELECT a.title FROM story_articles sa JOIN articles a ON a.id = sa.article_id
          WHERE sa.story_id = (SELECT story_id FROM story_articles WHERE article_id = ?) ORDER BY a.title`
      )
      .pluck()
      .all(articleId(db, title)) as string[]
  ).sort();
}

const REID_TITLES = ['Actress Reid in Malibu rehab', 'Tara Reid checks into rehab', 'Tara Reid enters Promises clinic'];

/**
 * Leaves the library as a build before session 14 left it: the Red page in Tara Reid's story (as
 * scheme 1 grouped it), its stored terms keyed by `variantKey` (each term's key under scheme 1; two
 * terms scheme 1 made one keep the first's postings), and no scheme recorded.
 */
function asSchemeOne(db: WritableDb): void {
  db.transaction(() => {
    const reidStory = db.prepare('SELECT story_id FROM story_articles WHERE article_id = ?').pluck().get(articleId(db, REID_TITLES[1]!));
    db.prepare('UPDATE story_articles SET story_id = ? WHERE article_id = ?').run(reidStory, articleId(db, 'Red: stroke=1, fill=1'));
    db.prepare('DELETE FROM stories WHERE id NOT IN (SELECT story_id FROM story_articles)').run();
    const terms = db.prepare('SELECT id, term, df, postings FROM story_terms ORDER BY id').all() as Array<{
      id: number;
      term: string;
      df: number;
      postings: Buffer;
    }>;
    db.prepare('DELETE FROM story_terms').run();
    const insert = db.prepare('INSERT OR IGNORE INTO story_terms (id, term, df, postings) VALUES (?, ?, ?, ?)');
    for (const t of terms) insert.run(t.id, t.term.split('_').map(variantKey).join('_'), t.df, t.postings);
    deleteSetting(db, TERM_SCHEME_KEY);
  })();
}

/** What the library's story terms say about how they were keyed. */
function termsState(db: ReadableDb) {
  const has = (term: string) => db.prepare('SELECT 1 FROM story_terms WHERE term = ?').get(term) !== undefined;
  return { scheme: getSetting(db, TERM_SCHEME_KEY), outdated: storyTermsOutdated(db), reid: has('reid'), rad: has('rad') };
}

const CURRENT = { scheme: String(STORY_TERM_SCHEME), outdated: false, reid: true, rad: false };

describe('story terms of an older library are keyed again once (stories.termScheme)', () => {
  it('a new grouping records the scheme its terms were keyed with, and keeps the Red page out of Tara Reid’s story', async () => {
    const { lib } = await reidLibrary();
    cleanups.push(() => lib.dispose());
    expect(termsState(lib.db)).toEqual(CURRENT);
    expect(storyOf(lib.db, REID_TITLES[0]!)).toEqual(REID_TITLES);
    expect(needsGrouping(lib.db)).toBe(false);
  });

  it('at the next open, regroups a scheme-1 library in the stories worker after the engine started, then says so', async () => {
    const { lib } = await reidLibrary();
    asSchemeOne(lib.db);
    expect(termsState(lib.db)).toEqual({ scheme: undefined, outdated: true, reid: false, rad: true });
    expect(storyOf(lib.db, 'Red: stroke=1, fill=1')).toEqual([...REID_TITLES, 'Red: stroke=1, fill=1'].sort());
    lib.close();
    cleanups.push(() => fs.rmSync(lib.dir, { recursive: true, force: true }));

    let heard: (() => void) | undefined;
    const storiesHeard = new Promise<void>((resolve) => (heard = resolve));
    const engine = await startEngine({
      file: lib.file,
      host: {
        mode: 'browser',
        emit: <E extends EventName>(event: E, payload: EventPayload<E>) => {
          if (event === 'library:changed' && (payload as EventPayload<'library:changed'>).reason === 'stories') heard?.();
        }
      }
    });
    cleanups.push(() => engine.close());
    // The window opens on the stories as they were: the regroup runs behind it, in the worker.
    expect(storyOf(engine.library.db, 'Red: stroke=1, fill=1')).toHaveLength(4);
    await storiesHeard;

    const db = engine.library.db;
    expect(termsState(db)).toEqual(CURRENT);
    expect(storyOf(db, 'Red: stroke=1, fill=1')).toEqual(['Red: stroke=1, fill=1']);
    expect(storyOf(db, REID_TITLES[0]!)).toEqual(REID_TITLES);
    expect(storyOf(db, 'Russia strikes Daraa after failure of ceasefire talks with Syria rebels').length).toBe(5);
    // Once: the next open and the next import have nothing to re-key.
    expect(needsGrouping(db)).toBe(false);
  });

  it('at the next import, regroups a scheme-1 library even when the import writes nothing new', async () => {
    const { lib, folder } = await reidLibrary();
    cleanups.push(() => lib.dispose());
    asSchemeOne(lib.db);
    const { call } = channelCaller(createHandlers(lib, { mode: 'cli' }));
    // The same files again: each is already in the library.
    await call('import:paths', { paths: [folder] });
    expect(termsState(lib.db)).toEqual(CURRENT);
    expect(storyOf(lib.db, 'Red: stroke=1, fill=1')).toEqual(['Red: stroke=1, fill=1']);
    expect(storyOf(lib.db, REID_TITLES[0]!)).toEqual(REID_TITLES);
  });
});
