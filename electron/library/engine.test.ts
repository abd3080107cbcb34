import diagnostics from 'node:diagnostics_channel';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventName, EventPayload } from '@shared/contract/channels';
import { dispatch } from '@shared/contract/dispatch';
import { articlesWritten } from '@shared/import/counts';
import { type Engine, startEngine } from './engine';
import { createHandlers } from './handlers';
import { importPaths } from './import/importPaths';
import { openLibrary } from './library';
import { hasUnplacedArticles } from './stories/ensureStories';
import { SEEDS_DIR, makeTempLibrary } from './testing/tempLibrary';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
});

/** A library file holding the five seeds, imported without grouping them into stories. */
async function ungroupedLibrary(): Promise<string> {
  const lib = makeTempLibrary();
  await importPaths(lib.db, [SEEDS_DIR]);
  lib.close();
  cleanups.push(() => fs.rmSync(lib.dir, { recursive: true, force: true }));
  return lib.file;
}

/**
 * Collects the worker threads started until `stop` (Node announces each on the `worker_threads`
 * diagnostics channel), so a test can watch a worker the engine keeps to itself.
 */
function workersStartedDuring() {
  const started: Worker[] = [];
  const onWorker = (message: unknown) => void started.push((message as { worker: Worker }).worker);
  diagnostics.subscribe('worker_threads', onWorker);
  return { started, stop: () => diagnostics.unsubscribe('worker_threads', onWorker) };
}

function start(file: string, groupAtStartUpTo?: number) {
  const events: Array<{ event: EventName; payload: unknown }> = [];
  let heard: (() => void) | undefined;
  const storiesHeard = new Promise<void>((resolve) => (heard = resolve));
  const engine = startEngine({
    file,
    ...(groupAtStartUpTo === undefined ? {} : { groupAtStartUpTo }),
    // Looking often: the engine's own writes and its workers' must never be told as another process's.
    externalWritesPollMs: 10,
    host: {
      mode: 'browser',
      emit: <E extends EventName>(event: E, payload: EventPayload<E>) => {
        events.push({ event, payload });
        if (event === 'library:changed') heard?.();
      }
    }
  });
  return { engine, events, storiesHeard };
}

describe('startEngine', () => {
  it('groups a small library’s unplaced articles before it starts', async () => {
    const file = await ungroupedLibrary();
    const { engine, events } = start(file);
    const started: Engine = await engine;
    cleanups.push(() => started.close());
    expect(hasUnplacedArticles(started.library.db)).toBe(false);
    expect(events).toEqual([]);
  });

  it('groups a large library’s unplaced articles in a worker after it starts, then says so', async () => {
    const file = await ungroupedLibrary();
    // Any library counts as large here.
    const { engine, events, storiesHeard } = start(file, 0);
    const started = await engine;
    cleanups.push(() => started.close());
    // Started without waiting for the grouping (a worker takes far longer than this to start).
    expect(hasUnplacedArticles(started.library.db)).toBe(true);
    await storiesHeard;
    expect(events.filter((e) => e.event !== 'stories:progress')).toEqual([{ event: 'library:changed', payload: { reason: 'stories' } }]);
    // Where it was on the way (stories:progress, issue 14), then that it is done, before the UI is told to reload.
    expect(events.at(-2)).toEqual({ event: 'stories:progress', payload: { state: 'done', job: 'place' } });
    const check = openLibrary(file);
    cleanups.push(() => check.close());
    expect(hasUnplacedArticles(check.db)).toBe(false);
    expect(check.db.prepare('SELECT count(*) FROM stories').pluck().get()).toBeGreaterThan(0);
  });

  it('stops grouping in the background when it is closed: the worker is terminated and writes nothing', async () => {
    const file = await ungroupedLibrary();
    // Hold the library's write lock so the grouping worker cannot commit, however fast the
    // machine: whatever it has reached when the engine closes, it is still short of its commit.
    const lock = openLibrary(file);
    cleanups.push(() => lock.close());
    lock.db.prepare('BEGIN IMMEDIATE').run();
    const workers = workersStartedDuring();
    const { engine, events } = start(file, 0);
    const started = await engine;
    workers.stop();
    expect(workers.started).toHaveLength(1);
    const grouping = workers.started[0]!;
    const exited = new Promise<number>((resolve) => grouping.once('exit', resolve));
    const messages: unknown[] = [];
    grouping.on('message', (m: unknown) => void messages.push(m));

    started.close();
    // Let it go: a worker that was not stopped would now group the articles and commit.
    lock.db.prepare('COMMIT').run();
    // NB: not the exit code: a worker terminated while it still loads exits with 0, as one that
    // finished does. One that was not stopped would have grouped and committed by its exit.
    await exited;
    // Where it got (progress) may have been posted, never that it grouped.
    expect(messages.filter((m) => (m as { type: string }).type !== 'progress')).toEqual([]);
    const ended = events.filter((e) => (e.payload as { state?: string }).state !== 'running');
    expect(ended).toEqual([{ event: 'stories:progress', payload: { state: 'cancelled', job: 'place' } }]);
    const check = openLibrary(file);
    cleanups.push(() => check.close());
    expect(check.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(5);
    expect(check.db.prepare('SELECT count(*) FROM stories').pluck().get()).toBe(0);
    expect(hasUnplacedArticles(check.db)).toBe(true);
  });

  it('answers a search while stories:regroup runs, which regroups in its worker and then says so (issue 14)', async () => {
    const file = await ungroupedLibrary();
    const { engine, events } = start(file);
    const started = await engine;
    cleanups.push(() => started.close());
    // Hold the library's write lock: the regroup cannot commit, so it cannot end, until it is let go.
    const lock = openLibrary(file);
    cleanups.push(() => lock.close());
    lock.db.prepare('BEGIN IMMEDIATE').run();
    let regroupEnded = false;
    const regroup = dispatch(started.handlers, 'stories:regroup', {}).finally(() => (regroupEnded = true));

    const search = await dispatch(started.handlers, 'search:query', { query: 'Jabawi' });
    expect(search).toMatchObject({ ok: true, value: { total: expect.any(Number) } });
    expect((search as { value: { total: number } }).value.total).toBeGreaterThan(0);
    expect(regroupEnded).toBe(false);

    lock.db.prepare('COMMIT').run();
    const stories = lock.db.prepare('SELECT count(*) FROM stories');
    expect(await regroup).toEqual({ ok: true, value: { stories: stories.pluck().get() as number } });
    expect(stories.pluck().get()).toBeGreaterThan(0);
    expect(events).toContainEqual({ event: 'library:changed', payload: { reason: 'stories' } });
  });

  it('tells the window when another process writes the library (library:changed, external), as a note added from the CLI', async () => {
    const file = await ungroupedLibrary();
    const events: Array<EventPayload<'library:changed'>> = [];
    let heard: (() => void) | undefined;
    const external = new Promise<void>((resolve) => (heard = resolve));
    const started = await startEngine({
      file,
      externalWritesPollMs: 20,
      host: {
        mode: 'browser',
        emit: <E extends EventName>(event: E, payload: EventPayload<E>) => {
          if (event !== 'library:changed') return;
          events.push(payload as EventPayload<'library:changed'>);
          if ((payload as EventPayload<'library:changed'>).reason === 'external') heard?.();
        }
      }
    });
    cleanups.push(() => started.close());
    // The engine reads its first digest of the library just after it started (changeDigest.ts).
    await new Promise((resolve) => setTimeout(resolve, 50));
    // `crosscheck annotate add`: the same handlers, in a process (here a connection) of its own.
    const cli = openLibrary(file, { write: true });
    cleanups.push(() => cli.close());
    const note = await dispatch(createHandlers(cli, { mode: 'cli' }), 'annotations:create', { kind: 'article-note', articleId: 1, note: 'Seen from the CLI' });
    expect(note.ok).toBe(true);
    await external;
    // What changed, so the window fetches the notes again and not the articles, stories or searches.
    expect(events).toEqual([{ reason: 'external', changed: { areas: ['annotations'] } }]);
  });

  it('names the article another process edited or deleted, and says when articles came', async () => {
    const file = await ungroupedLibrary();
    const heard: Array<EventPayload<'library:changed'>> = [];
    let wake: (() => void) | undefined;
    const started = await startEngine({
      file,
      externalWritesPollMs: 20,
      host: {
        mode: 'browser',
        emit: <E extends EventName>(event: E, payload: EventPayload<E>) => {
          if (event !== 'library:changed') return;
          heard.push(payload as EventPayload<'library:changed'>);
          wake?.();
        }
      }
    });
    cleanups.push(() => started.close());
    await new Promise((resolve) => setTimeout(resolve, 50));
    const cli = openLibrary(file, { write: true });
    cleanups.push(() => cli.close());
    const handlers = createHandlers(cli, { mode: 'cli' });
    const next = async () => {
      const told = new Promise<void>((resolve) => (wake = resolve));
      await told;
      // The watch tells at most one change per 3 s: wait it out before the next write.
      await new Promise((resolve) => setTimeout(resolve, 3100));
      return heard.at(-1);
    };
    // `crosscheck edit 2 --outlet …`
    expect((await dispatch(handlers, 'articles:correct', { id: 2, changes: { outlet: 'The Terminal Times' } })).ok).toBe(true);
    expect(await next()).toEqual({ reason: 'external', changed: { areas: ['articles'], articleIds: [2] } });
    // `crosscheck delete 4`
    expect((await dispatch(handlers, 'articles:delete', { ids: [4] })).ok).toBe(true);
    expect(await next()).toMatchObject({ reason: 'external', changed: { areas: expect.arrayContaining(['articles']), articleIds: [4] } });
    // `crosscheck import` of a new file: the list and searches follow, no open article changed.
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-digest-'));
    cleanups.push(() => fs.rmSync(folder, { recursive: true, force: true }));
    fs.writeFileSync(path.join(folder, 'ferry.txt'), 'Ferry resumes on the northern route\n\nThe ferry to the islands sails again on Monday, the port said.\n');
    await importPaths(cli.db, [folder]);
    expect(await next()).toMatchObject({ reason: 'external', changed: { areas: expect.arrayContaining(['articles']), articleIds: [] } });
  }, 20_000);

  it('names no article, so every open one is fetched again, when an index save pruned the text log it would read', async () => {
    const file = await ungroupedLibrary();
    const heard: Array<EventPayload<'library:changed'>> = [];
    let wake: (() => void) | undefined;
    const told = new Promise<void>((resolve) => (wake = resolve));
    const started = await startEngine({
      file,
      externalWritesPollMs: 20,
      host: {
        mode: 'browser',
        emit: <E extends EventName>(event: E, payload: EventPayload<E>) => {
          if (event !== 'library:changed') return;
          heard.push(payload as EventPayload<'library:changed'>);
          wake?.();
        }
      }
    });
    cleanups.push(() => started.close());
    await new Promise((resolve) => setTimeout(resolve, 50));
    const cli = openLibrary(file, { write: true });
    cleanups.push(() => cli.close());
    // Another process re-imports article 1 with a new body only (no listed field changes), and a
    // search index saves before this engine looks: writeSnapshot(…, pruneLog) deletes the entries it read.
    cli.db.transaction(() => {
      cli.db.prepare("UPDATE articles SET body = body || ' A later paragraph.' WHERE id = 1").run();
      cli.db.prepare('DELETE FROM search_changes WHERE seq <= (SELECT max(seq) FROM search_changes)').run();
    })();
    await told;
    expect(heard).toEqual([{ reason: 'external', changed: { areas: ['articles'] } }]);
  });

  it('watches a folder another process added (crosscheck watch add) and catches it up at once', async () => {
    const file = await ungroupedLibrary();
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-watch-'));
    cleanups.push(() => fs.rmSync(folder, { recursive: true, force: true }));
    fs.writeFileSync(path.join(folder, 'ferry.txt'), 'Ferry resumes on the northern route\n\nThe ferry to the islands sails again on Monday after repairs to the harbour wall, the port said.\n');
    const reports: number[] = [];
    let heard: (() => void) | undefined;
    const caughtUp = new Promise<void>((resolve) => (heard = resolve));
    const started = await startEngine({
      file,
      externalWritesPollMs: 20,
      host: {
        mode: 'browser',
        watchFolders: true,
        emit: <E extends EventName>(event: E, payload: EventPayload<E>) => {
          const change = payload as EventPayload<'library:changed'>;
          if (event !== 'library:changed' || change.reason !== 'watched-folder') return;
          reports.push(articlesWritten(change.report));
          heard?.();
        }
      }
    });
    cleanups.push(() => started.close());
    const cli = openLibrary(file, { write: true });
    cleanups.push(() => cli.close());
    expect((await dispatch(createHandlers(cli, { mode: 'cli' }), 'watch:add', { path: folder })).ok).toBe(true);
    await caughtUp;
    expect(reports).toEqual([1]);
    // And it is watched from now on: a file copied in is imported.
    fs.writeFileSync(path.join(folder, 'bridge.txt'), 'Bridge closes for a week\n\nThe old bridge over the river closes for a week of repairs from Tuesday, the council said.\n');
    await expect.poll(() => reports, { timeout: 8000 }).toEqual([1, 1]);
    const titles = (await dispatch(started.handlers, 'articles:list', {})) as { value: { items: Array<{ title: string }> } };
    expect(titles.value.items.map((a) => a.title)).toEqual(expect.arrayContaining(['Ferry resumes on the northern route', 'Bridge closes for a week']));
  });

  it('reads on its read-only connection what a write just committed, in the order the UI asks (issue 14)', async () => {
    const file = await ungroupedLibrary();
    const { engine, events } = start(file);
    const started = await engine;
    cleanups.push(() => started.close());
    const call = async <T>(channel: string, input: unknown): Promise<T> => {
      const result = await dispatch(started.handlers, channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value as T;
    };
    const { items } = await call<{ items: Array<{ id: number; title: string }> }>('articles:list', {});
    const id = items[0]!.id;

    // The Edit details dialog saves, then the list and the search field ask again at once.
    const corrected = await call<{ title: string }>('articles:correct', { id, changes: { title: 'Zanzibar ferry timetable revised' } });
    expect(corrected.title).toBe('Zanzibar ferry timetable revised');
    expect((await call<{ title: string }>('articles:get', { id })).title).toBe('Zanzibar ferry timetable revised');
    const listed = await call<{ items: Array<{ id: number; title: string }> }>('articles:list', {});
    expect(listed.items.find((a) => a.id === id)?.title).toBe('Zanzibar ferry timetable revised');
    const found = await call<{ hits: Array<{ article: { id: number } }> }>('search:query', { query: 'zanzibar', record: true });
    expect(found.hits.map((h) => h.article.id)).toEqual([id]);

    // Saved and recent searches, and a story's new name.
    await call('search:saved:add', { name: 'Ferries', query: 'zanzibar' });
    expect(await call('search:saved:list', {})).toMatchObject({ searches: [{ name: 'Ferries', query: 'zanzibar', count: 1 }] });
    expect(await call('search:recent:list', {})).toMatchObject({ searches: [{ query: 'zanzibar' }] });
    const { stories } = await call<{ stories: Array<{ id: number }> }>('stories:list', {});
    await call('stories:rename', { id: stories[0]!.id, label: 'Ferries to Zanzibar' });
    const renamed = await call<{ stories: Array<{ id: number; label: string }> }>('stories:list', {});
    expect(renamed.stories.find((s) => s.id === stories[0]!.id)?.label).toBe('Ferries to Zanzibar');

    // A note saved in the reader, then the notes panel, its counts and the tag field ask again.
    const note = await call<{ id: number }>('annotations:create', {
      kind: 'article-note',
      articleId: id,
      note: 'Check the timetable',
      tags: ['ferries']
    });
    expect(await call('annotations:list', {})).toMatchObject({ total: 1, items: [{ id: note.id, note: 'Check the timetable' }] });
    expect(await call('annotations:get', { id: note.id })).toMatchObject({ note: 'Check the timetable', tags: ['ferries'] });
    expect(await call('annotations:tags', {})).toMatchObject({ tags: [{ tag: 'ferries' }] });
    await call('annotations:update', { id: note.id, changes: { note: 'Timetable checked' } });
    expect(await call('annotations:list', {})).toMatchObject({ items: [{ id: note.id, note: 'Timetable checked' }] });
    await call('annotations:colours:set', { colours: [{ colour: 3, label: 'Sailing times' }] });
    expect(await call('annotations:colours:get', {})).toMatchObject({
      colours: expect.arrayContaining([{ colour: 3, label: 'Sailing times' }])
    });

    // The Export dialog's author, saved then read back when it opens again; Settings → Backups.
    await call('export:settings:set', { author: 'A. Reporter' });
    expect(await call('export:settings:get', {})).toEqual({ author: 'A. Reporter' });
    await call('library:keepBackups', { keep: 3 });
    expect(await call('library:backups', {})).toMatchObject({ keep: 3 });

    // Every write above was the engine's own: none is told as another process's, however long it looks.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(events.filter((e) => (e.payload as { reason?: string }).reason === 'external')).toEqual([]);
  });
});
