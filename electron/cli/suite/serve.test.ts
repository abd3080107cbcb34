import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type Served,
  type Workspace,
  callApi,
  crosscheck,
  freePort,
  lines,
  makeWorkspace,
  readSeeds,
  startServe
} from './crosscheck';

const workspaces: Workspace[] = [];
const running: Served[] = [];
afterEach(async () => {
  for (const s of running.splice(0)) await s.stop();
  for (const ws of workspaces.splice(0)) ws.remove();
});
function workspace(): Workspace {
  const ws = makeWorkspace();
  workspaces.push(ws);
  return ws;
}
async function serve(args: string[], ws: Workspace): Promise<Served> {
  const served = await startServe([...args, '--db', ws.db], ws.dir);
  running.push(served);
  return served;
}

describe('crosscheck serve', () => {
  it('--port N --no-seed serves an empty library on 127.0.0.1:N behind the token it prints, until Ctrl+C', async () => {
    const ws = workspace();
    const port = await freePort();
    const served = await serve(['--port', String(port), '--no-seed'], ws);
    const out = lines(served.stdout);
    expect(out).toHaveLength(4);
    expect(out[0]).toBe('Crosscheck is running in browser mode at');
    const url = new URL(out[1]!.trim());
    expect(`${url.protocol}//${url.host}${url.pathname}`).toBe(`http://127.0.0.1:${port}/`);
    const token = url.searchParams.get('token');
    expect(token).toMatch(/^[\w-]{16,}$/);
    expect(out.slice(2)).toEqual([`Library: ${ws.db}`, 'Press Ctrl+C to stop.']);

    // The page opens with the printed URL, and not without its token.
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/^<!doctype html>/i);
    const guessed = await fetch(`http://127.0.0.1:${port}/`);
    expect(guessed.status).toBe(403);
    expect(await guessed.text()).toContain('open the URL printed by `crosscheck serve`');

    // The API answers with the token (no seeds: 0 articles) and refuses requests without it.
    expect(await callApi(url.origin, 'articles:list', {}, token!)).toEqual({
      status: 200,
      body: { ok: true, value: { total: 0, items: [] } }
    });
    for (const wrong of [undefined, 'not-the-token']) {
      expect(await callApi(url.origin, 'articles:list', {}, wrong)).toEqual({
        status: 403,
        body: { ok: false, error: { code: 'forbidden', message: 'Missing or wrong session token.' } }
      });
    }

    expect(await served.stop()).toBe(0);
    expect(served.stderr()).toBe('');
    await expect(fetch(url)).rejects.toThrow();
  });

  it('imports the seeds into a new library and prints {url, port, token, db} with --json', async () => {
    const ws = workspace();
    const served = await serve(['--json'], ws);
    const info = JSON.parse(lines(served.stdout)[0]!);
    expect(info).toEqual({ url: expect.any(String), port: expect.any(Number), token: expect.any(String), db: ws.db });
    expect(info.url).toBe(`http://127.0.0.1:${info.port}/?token=${info.token}`);
    const listed = await callApi(new URL(info.url).origin, 'articles:list', {}, info.token);
    expect(listed.body).toMatchObject({ ok: true, value: { total: readSeeds().length } });
    // The engine refuses an article named twice, as `crosscheck compare 1 1` does (review 12, finding 11).
    const twice = await callApi(new URL(info.url).origin, 'compare:articles', { articleIds: [1, 2, 1] }, info.token);
    expect(twice.body).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('Article 1 is named twice; compare each article once.') }
    });
    expect(await served.stop()).toBe(0);

    // The seeds went into the library file named by --db.
    expect(JSON.parse((await ws.run('list', '--json')).stdout).total).toBe(readSeeds().length);
  });

  it('says which port is taken, exit 1, when --port is in use, before it makes a library', async () => {
    const ws = workspace();
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      const result = await ws.run('serve', '--port', String(port));
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(lines(result.stderr)).toEqual([
        `crosscheck serve: port ${port} is in use by another program; pick another with --port, or leave --port out for a free one.`
      ]);
      // Review 11: the library was made and the samples imported before the port was found taken.
      expect(fs.existsSync(ws.db)).toBe(false);

      // With --json, the error object every command prints (docs/cli.md), and the same exit code.
      const json = await ws.run('serve', '--port', String(port), '--json');
      expect(json.code).toBe(1);
      expect(JSON.parse(json.stdout)).toEqual({
        error: {
          code: 'failed',
          message: `port ${port} is in use by another program; pick another with --port, or leave --port out for a free one.`
        }
      });
      expect(lines(json.stdout)).toHaveLength(1);
      expect(fs.existsSync(ws.db)).toBe(false);
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });

  it('serves a library again on the port it last had, so the page keeps what it remembers (review 16 #6)', async () => {
    const ws = workspace();
    const portOf = (served: Served) => (JSON.parse(lines(served.stdout).at(-1)!) as { port: number }).port;
    const first = await serve(['--no-seed', '--json'], ws);
    const port = portOf(first);
    await first.stop();
    const again = await serve(['--no-seed', '--json'], ws);
    expect(portOf(again)).toBe(port);
    await again.stop();

    // Another program took it meanwhile: a free port, no refusal; and that port is kept next time.
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const moved = await serve(['--no-seed', '--json'], ws);
      expect(portOf(moved)).not.toBe(port);
      const movedTo = portOf(moved);
      await moved.stop();
      const after = await serve(['--no-seed', '--json'], ws);
      expect(portOf(after)).toBe(movedTo);
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });

  it('answers a library it cannot open and a bad --port with the --json error object and their exit codes', async () => {
    const ws = workspace();
    const notALibrary = ws.write('notes.sqlite', 'a text file, not a library');
    const folder = path.join(ws.dir, 'a-folder');
    fs.mkdirSync(folder);
    for (const [db, start] of [
      [notALibrary, `The file ${notALibrary} is not a Crosscheck library`],
      [folder, `The library file ${folder} is a folder.`]
    ] as const) {
      const result = await crosscheck(['serve', '--no-seed', '--json', '--db', db], { home: ws.dir });
      expect(result.code, db).toBe(1);
      expect(lines(result.stdout)).toHaveLength(1);
      const { error } = JSON.parse(result.stdout) as { error: { code: string; message: string } };
      expect(error.code).toBe('not-a-library');
      expect(error.message.startsWith(start)).toBe(true);
      expect(lines(result.stderr)).toEqual([`crosscheck serve: ${error.message}`]);
    }
    expect(fs.readFileSync(notALibrary, 'utf8')).toBe('a text file, not a library');

    const badPort = await ws.run('serve', '--port', 'eighty', '--json');
    expect(badPort.code).toBe(3);
    expect(JSON.parse(badPort.stdout)).toEqual({ error: { code: 'usage', message: expect.stringMatching(/^--port /) } });
  });

  it('refuses a port number out of range with one usage line, exit 3 (a usage mistake, docs/cli.md)', async () => {
    const ws = workspace();
    const result = await ws.run('serve', '--port', '70000', '--no-seed');
    expect(result.code).toBe(3);
    expect(lines(result.stderr)).toEqual([
      expect.stringMatching(/^crosscheck serve: --port takes a port number from 1 to 65535 .*Usage: crosscheck serve /)
    ]);
  });
});
