import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Served, type Workspace, callApi, crosscheck, lines, SEEDS_DIR, startServe, workspacesPerTest } from './crosscheck';
import { bindReadOnly, mountProblem, unmount } from './readOnlyMount';

const workspace = workspacesPerTest();
const mounted: string[] = [];
const running: Served[] = [];
// NB: registered after workspacesPerTest, so it runs before the workspace is removed (hooks run as a stack).
afterEach(async () => {
  for (const s of running.splice(0)) await s.stop();
  for (const target of mounted.splice(0)) unmount(target);
});

const cannotMount = mountProblem();
const title = (name: string): string =>
  cannotMount ? `${name} (skipped: cannot mount a read-only folder here: ${cannotMount})` : name;

/** A library of the five seeds with one note, shown read-only at `<ws>/readonly/library.sqlite`. */
async function readOnlyLibrary(ws: Workspace): Promise<{ file: string; hash: () => string; writable: string }> {
  const writable = path.join(ws.dir, 'writable');
  fs.mkdirSync(writable);
  const db = path.join(writable, 'library.sqlite');
  const run = (...args: string[]) => crosscheck([...args, '--db', db], { home: ws.dir });
  expect((await run('import', SEEDS_DIR)).code).toBe(0);
  expect((await run('annotate', 'add', '1', '--note', 'Checked against the wire copy')).code).toBe(0);
  const target = path.join(ws.dir, 'readonly');
  const problem = bindReadOnly(writable, target);
  if (problem !== undefined) throw new Error(problem);
  mounted.push(target);
  return {
    file: path.join(target, 'library.sqlite'),
    writable,
    hash: () => crypto.createHash('sha256').update(fs.readFileSync(db)).digest('hex')
  };
}

/** One line on stderr, exit 1: why (a read-only disk), what still works and what to do; none of SQLite's words. */
function expectRefused(result: { code: number | null; stderr: string }, file: string): void {
  expect(result.code).toBe(1);
  const [line, ...rest] = lines(result.stderr);
  expect(rest).toEqual([]);
  expect(line).toContain(`The library ${file} is on a disk that is mounted read-only`);
  expect(line).toMatch(/listing, searching, reading, comparing and exporting work.*copy it to a folder you can write to/);
  expect(line).not.toMatch(/SQLITE_|readonly database|EROFS/);
}

describe('a library on a read-only disk (issue 13, fault 6)', () => {
  it.skipIf(cannotMount !== undefined)(
    title('is listed, searched, read, compared and exported; every write is refused with a sentence; the file is unchanged'),
    async () => {
      const ws = workspace();
      const lib = await readOnlyLibrary(ws);
      const before = lib.hash();
      const run = (...args: string[]) => crosscheck([...args, '--db', lib.file], { home: ws.dir });

      const list = await run('list');
      expect(list.code).toBe(0);
      expect(lines(list.stdout)).toHaveLength(5);
      expect(list.stdout).toContain('Russia strikes Daraa after failure of ceasefire talks with Syria rebels');
      const search = await run('search', 'Daraa', '--json');
      expect(search.code).toBe(0);
      expect((JSON.parse(search.stdout) as { total: number }).total).toBeGreaterThan(0);
      expect((await run('show', '1')).stdout).toContain('Russia strikes Daraa');
      const compare = await run('compare', '1', '2');
      expect(compare.code).toBe(0);
      expect(compare.stdout).toContain('Overlap');
      expect((await run('stories')).code).toBe(0);
      expect((await run('annotate', 'list')).stdout).toContain('Checked against the wire copy');
      const doctor = await run('doctor');
      expect(doctor.stdout).not.toContain('Problem');
      const report = path.join(ws.dir, 'report.md');
      expect((await run('export', '--format', 'md', '--out', report, '--articles', '1')).code).toBe(0);
      expect(fs.readFileSync(report, 'utf8')).toContain('Checked against the wire copy');

      for (const write of [
        ['import', SEEDS_DIR],
        ['annotate', 'add', '2', '--note', 'lost?'],
        ['edit', '1', '--outlet', 'Elsewhere'],
        ['delete', '1', '--yes'],
        ['watch', 'add', ws.dir],
        ['stories', '--regroup'],
        ['doctor', '--repair'],
        ['backup', '--keep', '3']
      ])
        expectRefused(await run(...write), lib.file);

      // A backup only reads the library: not beside it (that folder is read-only too), but elsewhere.
      const beside = await run('backup');
      expect(beside.code).toBe(1);
      expect(lines(beside.stderr)).toEqual([
        `crosscheck backup: The library ${lib.file} is on a disk that is mounted read-only, so Crosscheck opened it read-only and keeps no backups beside it. Back it up to another folder or disk instead: \`crosscheck backup --out FOLDER\`, or Back up to… in the desktop app’s Settings.`
      ]);
      const copied = await run('backup', '--out', ws.dir, '--json');
      expect(copied.code).toBe(0);
      const copy = JSON.parse(copied.stdout) as { path: string; articles: number; verified: boolean };
      expect(path.dirname(copy.path)).toBe(ws.dir);
      expect(copy).toMatchObject({ articles: 5, verified: true });
      expect(JSON.parse((await crosscheck(['list', '--json', '--db', copy.path], { home: ws.dir })).stdout).total).toBe(5);
      expect((await crosscheck(['annotate', 'list', '--db', copy.path], { home: ws.dir })).stdout).toContain(
        'Checked against the wire copy'
      );

      expect(lib.hash()).toBe(before);
      expect(fs.readdirSync(lib.writable)).toEqual(['library.sqlite']);
    }
  );

  it.skipIf(cannotMount !== undefined)(
    title('in browser mode answers reads and refuses writes with the code read-only and the sentence'),
    async () => {
      const ws = workspace();
      const lib = await readOnlyLibrary(ws);
      const before = lib.hash();
      const served = await startServe(['--no-seed', '--json', '--db', lib.file], ws.dir);
      running.push(served);
      const url = new URL((JSON.parse(lines(served.stdout).at(-1)!) as { url: string }).url);
      const token = url.searchParams.get('token')!;
      const call = (channel: string, input: unknown) => callApi(url.origin, channel, input, token);

      const info = (await call('library:info', {})).body as { ok: true; value: { readOnly?: string; articleCount: number } };
      expect(info.value.articleCount).toBe(5);
      expect(info.value.readOnly).toBe(`The library ${lib.file} is on a disk that is mounted read-only`);
      expect(await call('articles:list', {})).toMatchObject({ status: 200, body: { ok: true, value: { total: 5 } } });
      expect(await call('search:query', { query: 'Daraa' })).toMatchObject({ body: { ok: true } });
      expect(await call('annotations:list', {})).toMatchObject({ body: { ok: true, value: { total: 1 } } });

      for (const [channel, input] of [
        ['annotations:create', { kind: 'article-note', articleId: 2, note: 'lost?' }],
        ['articles:correct', { id: 1, changes: { outlet: 'Elsewhere' } }],
        ['search:saved:add', { name: 'Daraa', query: 'Daraa' }],
        ['export:settings:set', { author: 'Ana' }],
        ['import:paths', { paths: [SEEDS_DIR] }],
        ['library:backup', {}]
      ] as const) {
        const { body } = await call(channel, input);
        expect(body, channel).toMatchObject({ ok: false, error: { code: 'read-only' } });
        const message = (body as { error: { message: string } }).error.message;
        expect(message).toMatch(/mounted read-only, so Crosscheck opened it read-only/);
        expect(message).not.toMatch(/SQLITE_|readonly database/);
      }
      expect(await served.stop()).toBe(0);
      expect(lib.hash()).toBe(before);
    }
  );
});
