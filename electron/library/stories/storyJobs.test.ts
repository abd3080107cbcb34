import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventName, EventPayload } from '@shared/contract/channels';
import { dispatch } from '@shared/contract/dispatch';
import type { StoriesProgressEvent } from '@shared/contract/schemas';
import type { ReadableDb, WritableDb } from '../db/connection';
import { createHandlers, createServices } from '../handlers';
import { seedsAndTwoStories } from '../testing/storyLibrary';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
});

// Each phase of the stories worker waits this long once announced (a stop ends the wait): the
// phases' events come apart, past the throttle, and a test can stop the job in a phase it chose.
const PHASE_DELAY_MS = 250;
beforeEach(() => {
  process.env['CROSSCHECK_STORIES_PHASE_DELAY_MS'] = String(PHASE_DELAY_MS);
  cleanups.push(() => delete process.env['CROSSCHECK_STORIES_PHASE_DELAY_MS']);
});

/** The seeds and two small stories in a library file, with the engine's handlers over it (the stories jobs in their worker). */
async function served() {
  const lib = await seedsAndTwoStories((remove) => cleanups.push(remove));
  const progress: StoriesProgressEvent[] = [];
  const listeners: Array<(event: StoriesProgressEvent) => void> = [];
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    if (event !== 'stories:progress') return;
    progress.push(payload as StoriesProgressEvent);
    for (const l of listeners) l(payload as StoriesProgressEvent);
  };
  const services = createServices(lib, { mode: 'browser', emit });
  cleanups.push(() => services.stories?.close());
  const handlers = createHandlers(lib, { mode: 'browser', emit }, services);
  return { lib, handlers, progress, onProgress: (l: (event: StoriesProgressEvent) => void) => listeners.push(l) };
}

/** Everything the library keeps about its stories, to compare before and after. */
function storiesState(db: ReadableDb) {
  return {
    stories: db.prepare('SELECT * FROM stories ORDER BY id').all(),
    members: db.prepare('SELECT * FROM story_articles ORDER BY article_id').all(),
    terms: db.prepare('SELECT id, term, df, hex(postings) AS postings FROM story_terms ORDER BY id').all(),
    vectors: db.prepare('SELECT * FROM story_vectors ORDER BY article_id').all()
  };
}

/** Puts every article in the seeds' story under another name, unpinned: a regroup would undo all of it. */
function scramble(w: WritableDb): void {
  const first = w.prepare('SELECT min(id) FROM stories').pluck().get() as number;
  w.prepare('UPDATE story_articles SET story_id = ?, pinned = 0').run(first);
  w.prepare("UPDATE stories SET label = 'Everything at once' WHERE id = ?").run(first);
  w.prepare('DELETE FROM story_vectors').run();
}

describe('StoryJobs: a regroup the user can watch and stop (issue 14)', () => {
  it('reports each phase in order while it regroups, then one event saying it is done', async () => {
    const { handlers, progress } = await served();
    expect(await dispatch(handlers, 'stories:regroup', {})).toEqual({ ok: true, value: { stories: 3 } });
    expect(progress.map((p) => (p.state === 'running' ? p.phase : p.state))).toEqual([
      'vectors',
      'neighbours',
      'clustering',
      'writing',
      'done'
    ]);
    expect(progress[0]).toEqual({ state: 'running', job: 'regroup', phase: 'vectors', done: 0, total: 9 });
    expect(progress[3]).toEqual({ state: 'running', job: 'regroup', phase: 'writing', done: 0, total: 3 });
    expect(progress.every((p) => p.job === 'regroup')).toBe(true);
  });

  it('stopped while it writes, rolls back: the stories are exactly as before, and the regroup answers cancelled', async () => {
    const { lib, handlers, progress, onProgress } = await served();
    scramble(lib.db);
    const before = storiesState(lib.db);
    const cancels: Array<Promise<unknown>> = [];
    onProgress((event) => {
      if (event.state === 'running' && event.phase === 'writing' && cancels.length === 0) cancels.push(dispatch(handlers, 'stories:cancel', {}));
    });
    const regroup = await dispatch(handlers, 'stories:regroup', {});
    expect(regroup).toMatchObject({ ok: false, error: { code: 'cancelled', message: expect.stringMatching(/stories are as they were/) } });
    expect(await Promise.all(cancels)).toEqual([{ ok: true, value: { cancelled: true } }]);
    expect(progress.at(-1)).toEqual({ state: 'cancelled', job: 'regroup' });
    expect(progress.filter((p) => p.state !== 'running')).toHaveLength(1);
    expect(storiesState(lib.db)).toEqual(before);

    // Not stopped, the same regroup changes them (the check above can fail).
    expect(await dispatch(handlers, 'stories:cancel', {})).toEqual({ ok: true, value: { cancelled: false } });
    expect(await dispatch(handlers, 'stories:regroup', {})).toEqual({ ok: true, value: { stories: 3 } });
    expect(storiesState(lib.db)).not.toEqual(before);
  });

  it('an article deleted while it groups is left out of the write, and the regroup succeeds (review 13, finding 7)', async () => {
    const { lib, handlers, onProgress } = await served();
    const gone = lib.db.prepare('SELECT max(id) FROM articles').pluck().get() as number;
    const deletes: Array<Promise<unknown>> = [];
    onProgress((event) => {
      // The worker has read the articles; the user deletes one from the library list meanwhile.
      if (event.state === 'running' && event.phase === 'neighbours' && deletes.length === 0)
        deletes.push(dispatch(handlers, 'articles:delete', { ids: [gone] }));
    });
    const regroup = await dispatch(handlers, 'stories:regroup', {});
    expect(await Promise.all(deletes)).toEqual([{ ok: true, value: expect.objectContaining({ deleted: 1 }) }]);
    expect(regroup).toMatchObject({ ok: true });
    const count = (query: string) => lib.db.prepare(query).pluck().get(gone) as number;
    expect(count('SELECT count(*) FROM articles WHERE id = ?')).toBe(0);
    expect(count('SELECT count(*) FROM story_articles WHERE article_id = ?')).toBe(0);
    expect(count('SELECT count(*) FROM story_vectors WHERE article_id = ?')).toBe(0);
    // Every other article is in a story and has its vector.
    expect(
      lib.db.prepare('SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM story_articles)').pluck().get()
    ).toBe(0);
    expect(
      lib.db.prepare('SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM story_vectors)').pluck().get()
    ).toBe(0);
  });

  it('a second regroup asked for while one runs joins it: one run, one final event, the same answer to both', async () => {
    const { handlers, progress, onProgress } = await served();
    let second: Promise<unknown> | undefined;
    onProgress((event) => {
      if (event.state === 'running' && event.phase === 'neighbours') second ??= dispatch(handlers, 'stories:regroup', {});
    });
    const first = await dispatch(handlers, 'stories:regroup', {});
    expect(first).toEqual({ ok: true, value: { stories: 3 } });
    expect(await second).toEqual(first);
    expect(progress.filter((p) => p.state === 'running' && p.phase === 'vectors')).toHaveLength(1);
    expect(progress.filter((p) => p.state !== 'running')).toEqual([{ state: 'done', job: 'regroup' }]);
  });
});
