import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StorySummary } from '@shared/contract/schemas';
import { dispatch } from '@shared/contract/dispatch';
import { type Host, createHandlers } from '../library/handlers';
import { importPaths } from '../library/import/importPaths';
import { hasUnplacedArticles } from '../library/stories/ensureStories';
import { SEEDS_DIR, makeTempFolder, makeTempLibrary } from '../library/testing/tempLibrary';
import { type RunningServer, startServer } from './server';

// Channels the UI calls that no other test did, through the path the page takes in browser mode:
// POST /api/<channel> on `crosscheck serve`'s server, over the engine's real handlers. The
// desktop-only file picker is tested as the main process wires it (ipc.ts: `dispatch` over
// handlers built with a host that has a picker), with the picker stubbed.

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function library() {
  const lib = makeTempLibrary();
  cleanups.push(() => lib.dispose());
  return lib;
}

function folder(files: Record<string, string>): string {
  const dir = makeTempFolder(files);
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function serve(lib: ReturnType<typeof library>, host: Host = { mode: 'browser' }): Promise<RunningServer> {
  const staticDir = folder({ 'index.html': '<!doctype html><title>ui</title>' });
  const server = await startServer({ handlers: createHandlers(lib, host), staticDir });
  cleanups.push(() => server.close());
  return server;
}

/** What the page gets back from one call: the contract's `{ok, value}` or `{ok, error}`. */
async function call(
  server: RunningServer,
  channel: string,
  input: unknown
): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
  const response = await fetch(`http://127.0.0.1:${server.port}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-crosscheck-token': server.token },
    body: JSON.stringify(input)
  });
  return (await response.json()) as { ok: boolean; value?: unknown };
}

describe('import:latestReport (the Last import button)', () => {
  it('answers nothing before any import, then the latest import’s report, changed files included', async () => {
    const lib = library();
    const server = await serve(lib);
    expect(await call(server, 'import:latestReport', {})).toEqual({ ok: true, value: null });

    const dir = folder({
      'a.txt': 'Talks fail\n\nRebels in Daraa said the talks had failed on Wednesday.',
      'b.txt': 'Convoy arrives\n\nAn aid convoy reached Quneitra on Thursday morning.'
    });
    const first = await call(server, 'import:paths', { paths: [dir] });
    expect(first).toMatchObject({ ok: true, value: { status: 'done', new: 2 } });
    expect(await call(server, 'import:latestReport', {})).toEqual(first);

    fs.appendFileSync(path.join(dir, 'a.txt'), '\nRussian jets struck Tafas hours later.');
    const second = await call(server, 'import:paths', { paths: [dir] });
    const latest = await call(server, 'import:latestReport', {});
    expect(latest).toEqual(second);
    expect(latest).toMatchObject({ ok: true, value: { new: 0, updated: 1, unchanged: 1, duplicates: 0, paths: [dir] } });
    expect((latest.value as { runId: number }).runId).toBeGreaterThan((first.value as { runId: number }).runId);
  });
});

describe('stories:regroup (the Regroup button)', () => {
  it('groups the articles in no story and keeps an article where the user put it', async () => {
    const lib = library();
    await importPaths(lib.db, [SEEDS_DIR]);
    expect(hasUnplacedArticles(lib.db)).toBe(true);
    const server = await serve(lib);

    const regrouped = await call(server, 'stories:regroup', {});
    const count = lib.db.prepare('SELECT count(*) FROM stories').pluck().get() as number;
    expect(count).toBeGreaterThan(0);
    expect(regrouped).toEqual({ ok: true, value: { stories: count } });
    expect(hasUnplacedArticles(lib.db)).toBe(false);

    // The user takes the first story's first article out on its own; regrouping leaves it there.
    const listed = (await call(server, 'stories:list', {})) as { value: { stories: StorySummary[]; standalone: number } };
    const story = listed.value.stories.find((s) => s.articleIds.length > 1);
    expect(story).toBeDefined();
    const articleId = story!.articleIds[0]!;
    const split = (await call(server, 'stories:split', { articleIds: [articleId] })) as { value: { storyId: number } };
    expect(await call(server, 'stories:regroup', {})).toMatchObject({ ok: true });
    // A story of one is not listed: the article stands alone, and stays alone after regrouping.
    const after = (await call(server, 'stories:list', {})) as { value: { stories: StorySummary[]; standalone: number } };
    expect(after.value.stories.some((s) => s.id === split.value.storyId || s.articleIds.includes(articleId))).toBe(false);
    expect(after.value.standalone).toBe(listed.value.standalone + 1);
  });
});

describe('dialog:pickImportPaths (Choose folder…)', () => {
  it('asks the desktop host’s picker, folders or files, and answers what was picked', async () => {
    const lib = library();
    const asked: boolean[] = [];
    const host: Host = {
      mode: 'desktop',
      pickImportPaths: async (folders) => {
        asked.push(folders);
        return folders ? ['/home/me/reports'] : ['/home/me/a.pdf', '/home/me/b.docx'];
      }
    };
    const handlers = createHandlers(lib, host);
    expect(await dispatch(handlers, 'library:info', {})).toMatchObject({ ok: true, value: { canPickFiles: true } });
    expect(await dispatch(handlers, 'dialog:pickImportPaths', {})).toEqual({ ok: true, value: ['/home/me/reports'] });
    expect(await dispatch(handlers, 'dialog:pickImportPaths', { folders: false })).toEqual({
      ok: true,
      value: ['/home/me/a.pdf', '/home/me/b.docx']
    });
    expect(asked).toEqual([true, false]);
    // A cancelled picker is an empty answer, not an error.
    const cancelled = createHandlers(lib, { mode: 'desktop', pickImportPaths: async () => [] });
    expect(await dispatch(cancelled, 'dialog:pickImportPaths', {})).toEqual({ ok: true, value: [] });
  });

  it('tells a browser-mode page to type a path instead', async () => {
    const server = await serve(library());
    const answer = await call(server, 'dialog:pickImportPaths', { folders: true });
    expect(answer).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(answer.error?.message).toMatch(/enter a path/);
  });
});

describe('window:setTheme (Settings → Appearance) in browser mode', () => {
  it('answers that there is no window frame to set, so the page goes on theming itself', async () => {
    const server = await serve(library());
    expect(await call(server, 'window:setTheme', { theme: 'dark' })).toEqual({ ok: true, value: { applied: false } });
    expect(await call(server, 'window:setTheme', { theme: 'blue' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' }
    });
  });
});
