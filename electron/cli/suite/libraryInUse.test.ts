import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SEEDS_DIR, type Served, callApi, lines, startServe, workspacesPerTest } from './crosscheck';

const workspace = workspacesPerTest();
const running: Served[] = [];
afterEach(async () => {
  for (const served of running.splice(0)) await served.stop();
});

const articleCount = (db: string): number => {
  const open = new Database(db, { readonly: true });
  try {
    return open.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  } finally {
    open.close();
  }
};

/**
 * docs/reliability.md, "Another process has the library open": a restore renames the library
 * away, so it is refused while another process has the library open, naming it.
 */
describe('a restore while another process has the library open', () => {
  it('is refused naming the serve that has it open (command line and the app channel), and goes ahead once no live process has it', async () => {
    const ws = workspace();
    expect((await ws.run('import', SEEDS_DIR)).code).toBe(0);
    const backup = lines((await ws.run('backup')).stdout)[0]!;
    expect(
      (await ws.run('import', ws.write('extra.txt', 'Extra report\n\nA sixth article, imported after the backup was taken.\n')))
        .code
    ).toBe(0);
    expect(articleCount(ws.db)).toBe(6);

    const a = await startServe(['--no-seed', '--json', '--db', ws.db], ws.dir);
    running.push(a);
    const refused = await ws.run('restore', backup);
    expect(refused.code).toBe(5);
    expect(lines(refused.stderr)).toEqual([
      `crosscheck restore: Cannot restore: Another Crosscheck (crosscheck serve, pid ${a.child.pid}) has this library open; close it, then restore. The library was not changed.`
    ]);
    expect(articleCount(ws.db)).toBe(6);

    // A second serve asked through Settings → Restore, as its page does: refused naming the first.
    const b = await startServe(['--no-seed', '--json', '--db', ws.db], ws.dir);
    running.push(b);
    const { url, token } = JSON.parse(b.stdout) as { url: string; token: string };
    const asked = await callApi(new URL(url).origin, 'library:restore', { file: backup }, token);
    expect(asked.body).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: `Cannot restore: Another Crosscheck (crosscheck serve, pid ${a.child.pid}) has this library open; close it, then restore. The library was not changed.`
      }
    });

    // A closes (Ctrl+C); B is killed outright and leaves its record behind: a dead process blocks nothing.
    expect(await a.stop()).toBe(0);
    expect((await ws.run('restore', backup)).stderr).toContain(`(crosscheck serve, pid ${b.child.pid})`);
    b.child.kill('SIGKILL');
    await b.stop();
    const restored = await ws.run('restore', backup);
    expect(restored.stderr).toMatch(/^Restored\. The library it replaced is kept at /);
    expect(restored.code).toBe(0);
    expect(articleCount(ws.db)).toBe(5);
  });

  it('asked for in the app, waits at a start while another serve has the library open, and is carried out at the next start alone', async () => {
    const ws = workspace();
    expect((await ws.run('import', SEEDS_DIR)).code).toBe(0);
    const backup = lines((await ws.run('backup')).stdout)[0]!;
    expect(
      (await ws.run('import', ws.write('extra.txt', 'Extra report\n\nA sixth article, imported after the backup was taken.\n')))
        .code
    ).toBe(0);

    const a = await startServe(['--no-seed', '--json', '--db', ws.db], ws.dir);
    running.push(a);
    const { url, token } = JSON.parse(a.stdout) as { url: string; token: string };
    const asked = await callApi(new URL(url).origin, 'library:restore', { file: backup }, token);
    expect(asked.body).toMatchObject({ ok: true, value: { restartRequired: true } });

    // Another serve starts while A still has the library open: it must not swap the file under A.
    const b = await startServe(['--no-seed', '--json', '--db', ws.db], ws.dir);
    running.push(b);
    await expect
      .poll(() => b.stderr(), { timeout: 20_000 })
      .toContain(
        `The restore you asked for waits: Another Crosscheck (crosscheck serve, pid ${a.child.pid}) has this library open; close it, then start Crosscheck again.`
      );
    expect(articleCount(ws.db)).toBe(6);

    expect(await b.stop()).toBe(0);
    expect(await a.stop()).toBe(0);
    expect((await ws.run('list')).code).toBe(0);
    expect(articleCount(ws.db)).toBe(5);
  });
});
