import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '@shared/contract/result';
import { holdersDir } from '../db/libraryHolders';
import { startEngineWorker } from '../engineWorker/startEngineWorker';
import { SEEDS_DIR, makeTempFolder } from '../testing/tempLibrary';
import { type LibraryHost, startLibraryHost } from './libraryHost';
import { libraryChoicesFile, readLibraryChoices } from './recentLibraries';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function folder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-switch-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The desktop app's host as index.ts starts it, on engine workers; the dialogs answer `picks` in turn. */
async function startHost(userData: string, picks: string[] = []): Promise<LibraryHost> {
  const host = await startLibraryHost({
    choicesFile: libraryChoicesFile(userData),
    defaultFile: path.join(userData, 'library.sqlite'),
    startEngine: (file, seeds) => startEngineWorker({ file, mode: 'desktop', ...(seeds ? { seedsDir: SEEDS_DIR } : {}) }),
    pickLibraryToOpen: async () => picks.shift() ?? null,
    pickNewLibrary: async () => picks.shift() ?? null
  });
  cleanups.push(() => host.close());
  return host;
}

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

const articleCount = async (host: LibraryHost) =>
  value<{ articleCount: number; path: string }>(await host.invoke('library:info', {}));
const notes = async (host: LibraryHost) =>
  value<{ items: Array<{ note: string }> }>(await host.invoke('annotations:list', { filter: {} })).items.map((a) => a.note);

/** This process's holder records beside a library: one while it has the library open for writing. */
const ownRecords = (file: string) =>
  fs.existsSync(holdersDir(file)) ? fs.readdirSync(holdersDir(file)).filter((f) => f.startsWith(`${process.pid}-`)) : [];

// NB: each switch starts an engine worker compiled from source (tsx): seconds, more on a loaded machine.
describe('switching libraries through the desktop host', { timeout: 240_000 }, () => {
  it('opens a new empty library, leaves the first one closed, and finds its articles and notes intact on the way back', async () => {
    const userData = folder();
    const projects = folder();
    const a = path.join(userData, 'library.sqlite');
    const b = path.join(projects, 'project-b.sqlite');
    const host = await startHost(userData, [b, a]);

    const imported = makeTempFolder({
      'wheat.txt': 'Wheat harvest\n\nThe wheat harvest in the north was the largest in a decade, farmers said on Monday.'
    });
    cleanups.push(() => fs.rmSync(imported, { recursive: true, force: true }));
    value(await host.invoke('import:paths', { paths: [imported] }));
    const inA = (await articleCount(host)).articleCount;
    const articleId = value<{ items: Array<{ id: number; title: string }> }>(await host.invoke('articles:list', {})).items.find(
      (item) => item.title === 'Wheat harvest'
    )?.id;
    expect(articleId).toBeDefined();
    value(
      await host.invoke('annotations:create', {
        kind: 'highlight',
        articleId,
        quote: 'largest in a decade',
        note: 'check against the ministry’s figures'
      })
    );
    expect(ownRecords(a)).toHaveLength(1);

    // File → New Library…: the Save dialog names B; it opens empty (no samples) and A is closed.
    expect(value(await host.invoke('library:create', {}))).toEqual({ path: b });
    expect(await articleCount(host)).toMatchObject({ path: b, articleCount: 0 });
    expect(await notes(host)).toEqual([]);
    expect(ownRecords(a)).toEqual([]);
    expect(ownRecords(b)).toHaveLength(1);
    // Closed cleanly: the WAL was checkpointed into the file and removed.
    expect(fs.existsSync(`${a}-wal`)).toBe(false);
    expect(host.recent().map((r) => [r.name, r.open])).toEqual([
      ['project-b.sqlite', true],
      ['library.sqlite', false]
    ]);

    // File → Open Library… back to A: everything there as it was.
    expect(value(await host.invoke('library:open', {}))).toEqual({ path: a });
    expect(await articleCount(host)).toMatchObject({ path: a, articleCount: inA });
    expect(await notes(host)).toEqual(['check against the ministry’s figures']);
    expect(ownRecords(b)).toEqual([]);
    expect(ownRecords(a)).toHaveLength(1);
    expect(readLibraryChoices(libraryChoicesFile(userData))).toEqual({ current: a, recent: [a, b] });
  });

  it('refuses a file that is not a library and keeps the open one; restarts on the library chosen last; a missing recent one is taken off', async () => {
    const userData = folder();
    const projects = folder();
    const text = path.join(projects, 'notes.txt');
    fs.writeFileSync(text, 'Not a library.\n');
    const b = path.join(projects, 'b.sqlite');
    const first = await startHost(userData, [b]);
    const a = first.file();
    expect(value(await first.invoke('library:create', {}))).toEqual({ path: b });

    const refused = await first.invoke('library:open', { path: text });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: `The file ${text} is not a Crosscheck library (it is not an SQLite database).` }
    });
    expect((await articleCount(first)).path).toBe(b);
    expect(value(await first.invoke('library:open', {}))).toEqual({ path: null });
    await first.close();

    // The next start opens B, the library chosen last.
    const second = await startHost(userData);
    expect(second.file()).toBe(b);
    expect((await articleCount(second)).articleCount).toBe(0);
    fs.rmSync(a);
    expect(second.recent().find((r) => r.path === a)).toMatchObject({ missing: true, open: false });
    const gone = await second.invoke('library:open', { path: a });
    expect(gone).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('taken off the recent libraries') }
    });
    expect(second.recent().map((r) => r.path)).toEqual([b]);
    expect((await articleCount(second)).path).toBe(b);
  });

  it('starts on the default library when the remembered choice is damaged', async () => {
    const userData = folder();
    fs.writeFileSync(libraryChoicesFile(userData), '{"current": "/nowhere/x.sqlite", "rec');
    const host = await startHost(userData);
    expect(host.file()).toBe(path.join(userData, 'library.sqlite'));
    expect((await articleCount(host)).articleCount).toBe(5);
  });
});
