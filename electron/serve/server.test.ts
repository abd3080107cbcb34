import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../library/handlers';
import { ensureSeeds } from '../library/seeds';
import { SEEDS_DIR, makeTempFolder, makeTempLibrary } from '../library/testing/tempLibrary';
import { type RunningServer, startServer } from './server';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function serve(): Promise<RunningServer> {
  const lib = makeTempLibrary();
  cleanups.push(() => lib.dispose());
  await ensureSeeds(lib.db, SEEDS_DIR);
  const staticDir = makeTempFolder({ 'index.html': '<!doctype html><title>ui</title>', 'assets/app.js': 'console.log(1)' });
  cleanups.push(() => fs.rmSync(staticDir, { recursive: true, force: true }));
  const server = await startServer({ handlers: createHandlers(lib, { mode: 'browser' }), staticDir });
  cleanups.push(() => server.close());
  return server;
}

function api(server: RunningServer, channel: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`http://127.0.0.1:${server.port}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-crosscheck-token': server.token, ...headers },
    body: JSON.stringify(body)
  });
}

/** A GET with the path sent as written (fetch would normalise it first). */
function rawGet(server: RunningServer, rawPath: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port: server.port, path: rawPath, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
        // The event stream never ends: its first frame is enough.
        if (res.headers['content-type'] === 'text/event-stream') req.destroy();
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('close', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
  });
}

/** Opens the event stream as page `page` and keeps every frame it receives. */
function listen(server: RunningServer, page: string): Promise<{ frames: string[] }> {
  return new Promise((resolve, reject) => {
    const seen = { frames: [] as string[] };
    const req = http.get({ host: '127.0.0.1', port: server.port, path: `/api/events?token=${server.token}&page=${page}` }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        seen.frames.push(...chunk.split('\n\n').filter((f) => f.startsWith('event:')));
        if (chunk.includes(': connected')) resolve(seen);
      });
    });
    req.on('error', reject);
    cleanups.push(() => req.destroy());
  });
}

describe('browser mode server', () => {
  it('listens on loopback with an unguessable token in its URL', async () => {
    const server = await serve();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
    const other = await serve();
    expect(other.token).not.toBe(server.token);
  });

  it('serves the same handlers as the desktop app', async () => {
    const server = await serve();
    const info = await (await api(server, 'library:info', {})).json();
    expect(info).toMatchObject({ ok: true, value: { articleCount: 5, mode: 'browser', canPickFiles: false } });
    const search = await (await api(server, 'search:query', { query: 'Busra' })).json();
    expect(search.ok).toBe(true);
    expect(search.value.hits.length).toBeGreaterThan(0);
  });

  it('refuses calls without the token, from another origin, or for another host', async () => {
    const server = await serve();
    expect((await api(server, 'library:info', {}, { 'x-crosscheck-token': 'wrong' })).status).toBe(403);
    expect((await api(server, 'library:info', {}, { origin: 'http://evil.example' })).status).toBe(403);
    const page = await fetch(`http://127.0.0.1:${server.port}/`);
    expect(page.status).toBe(403);
    const withToken = await fetch(server.url);
    expect(withToken.status).toBe(200);
    expect(withToken.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('answers bad requests with readable errors, not crashes', async () => {
    const server = await serve();
    const notJson = await fetch(`http://127.0.0.1:${server.port}/api/library:info`, {
      method: 'POST',
      headers: { 'x-crosscheck-token': server.token },
      body: '{nope'
    });
    expect(notJson.status).toBe(400);
    expect(await (await api(server, 'no:such', {})).json()).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await (await api(server, 'articles:get', { id: 99999 })).json()).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('never serves files outside its folder', async () => {
    const server = await serve();
    const res = await fetch(`http://127.0.0.1:${server.port}/..%2f..%2fetc%2fpasswd`);
    expect(res.status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${server.port}/assets/app.js`)).status).toBe(200);
    expect(path.isAbsolute(SEEDS_DIR)).toBe(true);
  });

  it('hands out the page only with the token, however its path is spelled (issue 13)', async () => {
    const server = await serve();
    for (const spelling of ['/', '/index.html', '/index.html/', '/index.html//', '//index.html', '/./index.html', '/assets/../index.html', '/index.html%2f', '/%69ndex.html']) {
      const res = await rawGet(server, spelling);
      expect(res.status, spelling).not.toBe(200);
      expect(res.body, spelling).not.toContain('<title>ui</title>');
    }
    expect((await rawGet(server, `/index.html?token=${server.token}`)).body).toContain('<title>ui</title>');
    expect((await rawGet(server, '/assets/app.js/')).status).toBe(404);
  });
  it('refuses the event stream to another origin, as every channel (issue 13)', async () => {
    const server = await serve();
    const events = `/api/events?token=${server.token}`;
    expect((await rawGet(server, events, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await rawGet(server, events, { origin: `http://localhost:${server.port + 1}` })).status).toBe(403);
    const same = await rawGet(server, events, { origin: `http://127.0.0.1:${server.port}` });
    expect(same.status).toBe(200);
    expect(same.body).toContain(': connected');
    expect((await rawGet(server, events)).status).toBe(200);
    expect((await rawGet(server, '/api/events?token=wrong')).status).toBe(403);
  });
  it('answers a path that is not valid percent-encoding with 400, not a stack trace (issue 13)', async () => {
    const server = await serve();
    for (const bad of ['/api/%E0%A4%A', '/%E0%A4%A']) {
      const res = await fetch(`http://127.0.0.1:${server.port}${bad}`, { method: bad.startsWith('/api/') ? 'POST' : 'GET', headers: { 'x-crosscheck-token': server.token }, body: bad.startsWith('/api/') ? '{}' : undefined });
      expect(res.status, bad).toBe(400);
      const text = await res.text();
      expect(text).not.toMatch(/URIError|at /);
    }
  });
  it('tells the other tabs about a write made in one, not the tab that made it, and not about a read', async () => {
    const server = await serve();
    const a = await listen(server, 'page-aaaaaaaa');
    const b = await listen(server, 'page-bbbbbbbb');
    const asA = { 'x-crosscheck-page': 'page-aaaaaaaa' };
    expect((await (await api(server, 'search:query', { query: 'Busra' }, asA)).json()).ok).toBe(true);
    expect((await (await api(server, 'articles:list', {}, asA)).json()).ok).toBe(true);
    expect((await (await api(server, 'search:saved:add', { name: 'Busra', query: 'Busra' }, asA)).json()).ok).toBe(true);
    // What changed, as the engine says it of another process's write: the saved searches only.
    await expect.poll(() => b.frames).toEqual(['event: library:changed\ndata: {"reason":"external","changed":{"areas":["saved-searches"]}}']);
    // A refused write changes nothing: no one is told.
    expect((await (await api(server, 'stories:rename', { id: 99999, label: 'x' }, asA)).json()).ok).toBe(false);
    // A page that sends no id (a script on the API) writes: every tab is told.
    expect((await (await api(server, 'search:saved:add', { name: 'Busra', query: 'Busra Harir' })).json()).ok).toBe(true);
    await expect.poll(() => [a.frames.length, b.frames.length]).toEqual([1, 2]);
    // A correction names its article: the other tab refetches that article and the lists, not every open one.
    const [first] = ((await (await api(server, 'articles:list', {}, asA)).json()) as { value: { items: Array<{ id: number }> } }).value.items;
    expect((await (await api(server, 'articles:correct', { id: first!.id, changes: { outlet: 'Harbour Herald' } }, asA)).json()).ok).toBe(true);
    await expect
      .poll(() => b.frames.at(-1))
      .toBe(`event: library:changed\ndata: {"reason":"external","changed":{"areas":["articles"],"articleIds":[${first!.id}]}}`);
  });
});
