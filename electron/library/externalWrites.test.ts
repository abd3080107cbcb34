import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ExternalWrites, type OwnWork, watchExternalWrites } from './externalWrites';
import { openLibrary } from './library';
import { makeTempLibrary } from './testing/tempLibrary';

const cleanups: Array<() => void> = [];
afterEach(() => {
  vi.useRealTimers();
  for (const c of cleanups.splice(0).reverse()) c();
});

/**
 * The engine's library and a second connection on the same file (another process's, as
 * `crosscheck annotate add` beside `crosscheck serve`), and a watch on the engine's writer that
 * only looks when the test calls `check()` (its timer is an hour away).
 */
function twoConnections(minGapMs = 0) {
  const engine = makeTempLibrary();
  const other = openLibrary(engine.file, { write: true });
  cleanups.push(
    () => engine.dispose(),
    () => other.close()
  );
  let work: OwnWork = { busy: false, ended: 0 };
  const told: number[] = [];
  const watch: ExternalWrites = watchExternalWrites(engine.db, {
    intervalMs: 3_600_000,
    minGapMs,
    ownWork: () => work,
    onChange: () => told.push(told.length + 1)
  });
  cleanups.unshift(() => watch.close());
  const save = (db: typeof engine.db, name: string) =>
    db.prepare('INSERT INTO saved_searches (name, query, created_at) VALUES (?, ?, ?)').run(name, name, new Date().toISOString());
  return {
    watch,
    told,
    ownWrite: (name: string) => save(engine.db, name),
    otherWrite: (name: string) => save(other.db, name),
    setWork: (next: OwnWork) => (work = next),
    closeEngine: () => engine.close()
  };
}

describe('watchExternalWrites', () => {
  it('tells once of a write committed by another connection, and not again until there is another', () => {
    const { watch, told, otherWrite } = twoConnections();
    expect(watch.check()).toBe(false);
    otherWrite('flood');
    expect(watch.check()).toBe(true);
    expect(told).toEqual([1]);
    expect(watch.check()).toBe(false);
    otherWrite('drought');
    expect(watch.check()).toBe(true);
    expect(told).toEqual([1, 2]);
  });

  it('never takes the engine’s own writes for another’s', () => {
    const { watch, told, ownWrite } = twoConnections();
    ownWrite('flood');
    ownWrite('drought');
    expect(watch.check()).toBe(false);
    expect(told).toEqual([]);
  });

  it('passes over what its own import or stories job commits, running or ended since the last look', () => {
    const { watch, told, otherWrite, setWork } = twoConnections();
    // The job's connection is not the engine's: to SQLite it is another writer.
    setWork({ busy: true, ended: 0 });
    otherWrite('batch 1');
    expect(watch.check()).toBe(false);
    otherWrite('batch 2');
    setWork({ busy: false, ended: 1 });
    expect(watch.check()).toBe(false);
    // A job that started and ended between two looks.
    otherWrite('a quick job');
    setWork({ busy: false, ended: 2 });
    expect(watch.check()).toBe(false);
    expect(told).toEqual([]);
    // After it, another process's write is told again.
    otherWrite('flood');
    expect(watch.check()).toBe(true);
  });

  it('tells at most once a gap: what changes inside it is told when it ends', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { watch, told, otherWrite } = twoConnections(3000);
    otherWrite('batch 1');
    expect(watch.check()).toBe(true);
    otherWrite('batch 2');
    expect(watch.check()).toBe(false);
    vi.setSystemTime(Date.now() + 3000);
    expect(watch.check()).toBe(true);
    expect(told).toEqual([1, 2]);
  });

  it('stops looking once the library is closed, without throwing', () => {
    const { watch, told, otherWrite, closeEngine } = twoConnections();
    otherWrite('flood');
    closeEngine();
    expect(watch.check()).toBe(false);
    expect(told).toEqual([]);
  });
});
