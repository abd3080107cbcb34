import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventName } from '@shared/contract/channels';
import { NewerDatabaseError } from '../db/migrate';
import { SEEDS_DIR, makeTempFolder } from '../testing/tempLibrary';
import { type EngineClient, type StartEngineWorkerOptions, startEngineWorker } from './startEngineWorker';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function tempFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-engine-worker-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return path.join(dir, 'library.sqlite');
}

async function start(options: Partial<StartEngineWorkerOptions> = {}): Promise<{ engine: EngineClient; events: Array<{ event: EventName; payload: unknown }> }> {
  const events: Array<{ event: EventName; payload: unknown }> = [];
  const engine = await startEngineWorker({
    file: tempFile(),
    mode: 'browser',
    seedsDir: SEEDS_DIR,
    emit: (event, payload) => void events.push({ event, payload }),
    ...options
  });
  cleanups.push(() => engine.close());
  return { engine, events };
}

// NB: each test starts a worker thread that compiles the engine from source (tsx): seconds, more on a loaded machine.
describe('startEngineWorker: the engine in its worker thread, as both hosts route to it', { timeout: 120_000 }, () => {
  // One engine for the calls, the events and closing: each start costs seconds.
  it('answers contract calls with the engine’s own results, passes its events to the host, and once closed answers with a sentence', async () => {
    const { engine, events } = await start();
    expect(await engine.invoke('library:info', {})).toMatchObject({ ok: true, value: { articleCount: 5, mode: 'browser', canPickFiles: false } });
    const search = await engine.invoke('search:query', { query: 'Jabawi' });
    expect(search.ok).toBe(true);
    expect((search as { value: { hits: unknown[] } }).value.hits.length).toBeGreaterThan(0);
    expect(await engine.invoke('articles:get', { id: 999_999 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await engine.invoke('search:query', { query: 42 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await engine.invoke('no:such', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await engine.invoke('dialog:pickImportPaths', { folders: false })).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    // Browser mode's page themes itself: no window frame to set, and not a failure.
    expect(await engine.invoke('window:setTheme', { theme: 'dark' })).toEqual({ ok: true, value: { applied: false } });

    const folder = makeTempFolder({ 'a.txt': 'Wheat harvest\n\nThe wheat harvest in the north was the largest in a decade, farmers said on Monday.' });
    cleanups.push(() => fs.rmSync(folder, { recursive: true, force: true }));
    expect(await engine.invoke('import:paths', { paths: [folder] })).toMatchObject({ ok: true, value: { imported: 1 } });
    expect(events.some((e) => e.event === 'import:progress')).toBe(true);
    expect(await engine.invoke('library:info', {})).toMatchObject({ ok: true, value: { articleCount: 6 } });

    await engine.close();
    expect(await engine.invoke('library:info', {})).toEqual({ ok: false, error: { code: 'unavailable', message: 'The library is closed.' } });
  });

  it('asks the host for what only the host can do', async () => {
    const asked: boolean[] = [];
    const themes: string[] = [];
    const { engine } = await start({
      mode: 'desktop',
      pickImportPaths: (folders) => {
        asked.push(folders);
        return Promise.resolve(['/home/reader/articles']);
      },
      // As the main process: nativeTheme.themeSource = theme, and saved for the next start.
      setTheme: async (theme) => void themes.push(theme)
    });
    expect(await engine.invoke('library:info', {})).toMatchObject({ ok: true, value: { mode: 'desktop', canPickFiles: true } });
    expect(await engine.invoke('dialog:pickImportPaths', { folders: true })).toEqual({ ok: true, value: ['/home/reader/articles'] });
    expect(asked).toEqual([true]);
    // Settings → Appearance reaches the window: each choice the page sends, in order.
    expect(await engine.invoke('window:setTheme', { theme: 'dark' })).toEqual({ ok: true, value: { applied: true } });
    expect(await engine.invoke('window:setTheme', { theme: 'system' })).toEqual({ ok: true, value: { applied: true } });
    // Anything else is refused before the host hears of it.
    expect(await engine.invoke('window:setTheme', { theme: 'sepia' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await engine.invoke('window:setTheme', {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(themes).toEqual(['dark', 'system']);
  });

  it('rejects with the engine’s own error when the library cannot be opened, leaving it untouched', async () => {
    const file = tempFile();
    const newer = new Database(file);
    newer.pragma('user_version = 9999');
    newer.close();
    const before = fs.readFileSync(file);
    const failed = startEngineWorker({ file, mode: 'browser' });
    await expect(failed).rejects.toBeInstanceOf(NewerDatabaseError);
    await expect(failed).rejects.toThrow(/newer version of Crosscheck/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
