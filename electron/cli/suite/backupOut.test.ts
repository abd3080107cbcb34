import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type CliResult, type Workspace, SEEDS_DIR, lines, workspacesPerTest } from './crosscheck';
import { bindReadOnly, mountProblem, mountTmpfs, unmount } from './readOnlyMount';

/**
 * `crosscheck backup --out FILE|FOLDER` (docs/cli.md): a verified copy where the user says, never
 * over the library's own files, an existing file only with --force; exit 4 for a missing folder,
 * 1 for a folder that cannot take it (read-only, full), each with one sentence.
 */
const workspace = workspacesPerTest();
const mounted: string[] = [];
// NB: registered after workspacesPerTest, so it runs before the workspace is removed (hooks run as a stack).
afterEach(() => {
  for (const target of mounted.splice(0)) unmount(target);
});
const cannotMount = mountProblem();

async function seeded(): Promise<Workspace> {
  const ws = workspace();
  expect((await ws.run('import', SEEDS_DIR, '--no-group')).code).toBe(0);
  expect((await ws.run('annotate', 'add', '1', '--note', 'Checked against the wire copy')).code).toBe(0);
  return ws;
}

/** What a copy holds, read with SQLite itself rather than through the code under test. */
function contentsOf(file: string): { integrity: unknown; articles: number; notes: string[] } {
  const db = new Database(file, { readonly: true });
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      articles: db.prepare('SELECT count(*) FROM articles').pluck().get() as number,
      notes: db.prepare('SELECT note FROM annotations ORDER BY id').pluck().all() as string[]
    };
  } finally {
    db.close();
  }
}

const hashOf = (file: string): string => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** The one JSON line a failed `--json` run printed: the error object. */
function errorOf(result: CliResult): { code: string; message: string } {
  expect(lines(result.stdout)).toHaveLength(1);
  return (JSON.parse(result.stdout) as { error: { code: string; message: string } }).error;
}

describe('crosscheck backup --out', () => {
  it('writes a checked copy to a file or, in a folder, under a dated name; prints {path, bytes, articles, verified}', async () => {
    const ws = await seeded();
    const live = contentsOf(ws.db);

    const file = path.join(ws.dir, 'copy.sqlite');
    const made = await ws.run('backup', '--out', file, '--json');
    expect(made.code).toBe(0);
    const info = JSON.parse(made.stdout) as { path: string; bytes: number; articles: number; verified: boolean };
    expect(info).toEqual({ path: file, bytes: fs.statSync(file).size, articles: live.articles, verified: true });
    expect(contentsOf(file)).toEqual({ integrity: 'ok', articles: live.articles, notes: ['Checked against the wire copy'] });
    // One file, not a pair: the copy opens without a -wal beside it, and nothing else was left.
    expect(fs.readdirSync(ws.dir).filter((n) => n.startsWith('copy') || n.startsWith('.cc-'))).toEqual(['copy.sqlite']);
    // The copy is a library the command line opens.
    expect(JSON.parse((await ws.run('list', '--json', '--db', file)).stdout).total).toBe(live.articles);
    // The backups folder beside the library is not where --out goes.
    expect(fs.existsSync(path.join(ws.dir, 'backups'))).toBe(false);

    const folder = path.join(ws.dir, 'usb');
    fs.mkdirSync(folder);
    const plain = await ws.run('backup', '--out', folder);
    expect(plain.code).toBe(0);
    const [dated] = lines(plain.stdout);
    expect(path.dirname(dated!)).toBe(folder);
    expect(path.basename(dated!)).toMatch(/^library\.sqlite@\d{8}-\d{6}-\d{3}-manual\.sqlite$/);
    expect(contentsOf(dated!).articles).toBe(live.articles);
    expect(lines(plain.stderr)).toEqual([
      `Backed up and checked (integrity_check ok): ${live.articles} articles, ${fs.statSync(dated!).size.toLocaleString('en')} bytes.`
    ]);
  });

  it('replaces an existing file only with --force, and never the library or its -wal/-shm, however spelled', async () => {
    const ws = await seeded();
    const mine = ws.write('notes.sqlite', 'my own file, not a backup');
    const kept = await ws.run('backup', '--out', mine, '--json');
    expect(kept.code).toBe(1);
    expect(errorOf(kept)).toEqual({
      code: 'failed',
      message: `${mine} already exists. Add --force to replace it, or choose another file name.`
    });
    expect(fs.readFileSync(mine, 'utf8')).toBe('my own file, not a backup');
    expect((await ws.run('backup', '--out', mine, '--force')).code).toBe(0);
    expect(contentsOf(mine).integrity).toBe('ok');

    const before = hashOf(ws.db);
    for (const [target, what] of [
      [ws.db, 'the library itself'],
      [path.join(ws.dir, '.', 'library.sqlite'), 'the library itself'],
      [`${ws.db}-wal`, 'the library’s -wal file'],
      [`${ws.db}-shm`, 'the library’s -shm file']
    ] as const) {
      const refused = await ws.run('backup', '--out', target, '--force', '--json');
      expect(refused.code, target).toBe(1);
      expect(errorOf(refused).message).toContain(`is ${what}`);
      expect(lines(refused.stderr)).toEqual([
        expect.stringMatching(/^crosscheck backup: .* a backup never (replaces it|writes there)\./)
      ]);
    }
    expect(hashOf(ws.db)).toBe(before);
    expect(fs.existsSync(`${ws.db}-wal`) || fs.existsSync(`${ws.db}-shm`)).toBe(false);
  });

  it('exits 4 for a folder that is not there, 3 for --force without --out, before writing anything', async () => {
    const ws = await seeded();
    for (const out of [path.join(ws.dir, 'nowhere', 'copy.sqlite'), `${path.join(ws.dir, 'nowhere')}${path.sep}`]) {
      const missing = await ws.run('backup', '--out', out, '--json');
      expect(missing.code).toBe(4);
      expect(errorOf(missing)).toEqual({
        code: 'not-found',
        message: `The folder ${path.join(ws.dir, 'nowhere')} does not exist. Create it first, or choose another place for the backup.`
      });
    }
    expect(fs.existsSync(path.join(ws.dir, 'nowhere'))).toBe(false);
    const usage = await ws.run('backup', '--force');
    expect(usage.code).toBe(3);
    expect(lines(usage.stderr)).toEqual([
      expect.stringMatching(/^crosscheck backup: --force replaces an existing --out file: give --out too\. Usage: /)
    ]);
    expect(fs.existsSync(path.join(ws.dir, 'backups'))).toBe(false);
  });

  it.skipIf(cannotMount !== undefined)(
    `exits 1 with a sentence for a read-only folder and a full disk, and leaves no partial file${cannotMount ? ` (skipped: ${cannotMount})` : ''}`,
    async () => {
      const ws = await seeded();
      const source = path.join(ws.dir, 'source');
      fs.mkdirSync(source);
      const readOnly = path.join(ws.dir, 'read-only');
      const bound = bindReadOnly(source, readOnly);
      if (bound !== undefined) throw new Error(bound);
      mounted.push(readOnly);
      const locked = await ws.run('backup', '--out', path.join(readOnly, 'copy.sqlite'), '--json');
      expect(locked.code).toBe(1);
      expect(errorOf(locked).message).toBe(
        `The backup ${path.join(readOnly, 'copy.sqlite')} cannot be written: its disk is mounted read-only (${readOnly}). Choose a folder you can write to.`
      );

      // A disk with room for a fraction of the library: the copy runs out of space part-way.
      const tiny = path.join(ws.dir, 'tiny');
      const made = mountTmpfs(tiny, `size=${Math.floor(fs.statSync(ws.db).size / 3)}`);
      if (made !== undefined) throw new Error(made);
      mounted.push(tiny);
      const full = await ws.run('backup', '--out', tiny, '--json');
      expect(full.code).toBe(1);
      const error = errorOf(full);
      expect(error.code).toBe('disk-full');
      expect(error.message).toMatch(
        new RegExp(`^The disk holding ${tiny} is full, so the backup .* was not written \\(nothing of it was left there\\)\\.`)
      );
      expect(error.message).not.toMatch(/SQLITE_|ENOSPC/);
      expect(fs.readdirSync(tiny)).toEqual([]);
    }
  );
});
