import fs from 'node:fs';
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
});
