import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventName, EventPayload } from '../../shared/contract/channels';
import { type Engine, startEngine } from './engine';
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

function start(file: string, groupAtStartUpTo?: number) {
  const events: Array<{ event: EventName; payload: unknown }> = [];
  let heard: (() => void) | undefined;
  const storiesHeard = new Promise<void>((resolve) => (heard = resolve));
  const engine = startEngine({
    file,
    ...(groupAtStartUpTo === undefined ? {} : { groupAtStartUpTo }),
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
    expect(events).toEqual([{ event: 'library:changed', payload: { reason: 'stories' } }]);
    const check = openLibrary(file);
    cleanups.push(() => check.close());
    expect(hasUnplacedArticles(check.db)).toBe(false);
    expect(check.db.prepare('SELECT count(*) FROM stories').pluck().get()).toBeGreaterThan(0);
  });

  it('stops grouping in the background when it is closed, leaving the library as it was', async () => {
    const file = await ungroupedLibrary();
    const { engine, events } = start(file, 0);
    (await engine).close();
    // Longer than the worker takes to start and group five articles.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(events).toEqual([]);
    const check = openLibrary(file);
    cleanups.push(() => check.close());
    expect(check.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(5);
    expect(hasUnplacedArticles(check.db)).toBe(true);
  });
});

