import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Served, type Workspace, SEEDS_DIR, callApi, crosscheck, lines, startServe, workspacesPerTest } from './crosscheck';
import { mountProblem, mountTmpfs, unmount } from './readOnlyMount';

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
  cannotMount ? `${name} (skipped: cannot mount a small disk here: ${cannotMount})` : name;

/** A 3 MB disk (tmpfs) in the workspace, with the library path on it. */
function smallDisk(ws: Workspace): { dir: string; db: string } {
  const dir = path.join(ws.dir, 'disk');
  const problem = mountTmpfs(dir, 'size=3m');
  if (problem !== undefined) throw new Error(problem);
  mounted.push(dir);
  return { dir, db: path.join(dir, 'library.sqlite') };
}

/**
 * Fills what is left of the disk at `dir` with one file. NB: in ever smaller chunks down to a page:
 * with 64 KB chunks alone up to 64 KB stayed free, and a 60 KB note once fitted in it.
 */
function fill(dir: string): void {
  const fd = fs.openSync(path.join(dir, 'filler'), 'w');
  try {
    for (const size of [64 * 1024, 4096, 512]) {
      const chunk = Buffer.alloc(size, 1);
      try {
        for (;;) fs.writeSync(fd, chunk);
      } catch (error) {
        if ((error as { code?: string }).code !== 'ENOSPC') throw error;
      }
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** `count` articles of made-up words (about 8 KB each, 4.8 MB in all): more than the disk holds. */
function articles(ws: Workspace, count: number): Map<string, string> {
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const word = () => Array.from({ length: 3 + next(7) }, () => String.fromCharCode(97 + next(26))).join('');
  const texts = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const heading = `Article ${i} ${Array.from({ length: 5 }, word).join(' ')}`;
    const paragraphs = Array.from({ length: 6 }, () => Array.from({ length: 120 }, word).join(' ') + '.');
    const text = `${heading}\n\n${paragraphs.join('\n\n')}\n`;
    texts.set(ws.write(`articles/a${String(i).padStart(4, '0')}.txt`, text), text);
  }
  return texts;
}

describe('a full disk (issue 13)', () => {
  it.skipIf(cannotMount !== undefined)(
    title('an import that runs out of space stops with a sentence; what it saved is whole and readable, nothing partial is left'),
    async () => {
      const ws = workspace();
      const disk = smallDisk(ws);
      const texts = articles(ws, 600);
      const run = (...args: string[]) => crosscheck([...args, '--db', disk.db], { home: ws.dir });

      const imported = await run('import', path.join(ws.dir, 'articles'));
      expect(imported.code).toBe(1);
      const [line, ...rest] = lines(imported.stderr);
      expect(rest).toEqual([]);
      expect(line).toMatch(
        new RegExp(
          `^crosscheck import: The disk holding the library ${disk.db} is full: the import stopped after saving \\d+ new articles?, each whole;.*Free some space`
        )
      );
      expect(line).not.toMatch(/SQLITE_|database or disk is full|ENOSPC/);
      const saved = Number(/saving (\d+) new/.exec(line!)![1]);
      expect(saved).toBeGreaterThan(0);
      expect(saved).toBeLessThan(texts.size);

      // Readable on the disk as full as the import left it: every saved article whole, none partial.
      const list = await run('list', '--json', '--limit', '1000');
      expect(list.code).toBe(0);
      const items = (JSON.parse(list.stdout) as { total: number; items: Array<{ id: number }> }).items;
      expect(items).toHaveLength(saved);
      // The first and the last saved (the one written nearest the failure) end with their last paragraph.
      const ids = items.map((a) => a.id).sort((a, b) => a - b);
      for (const id of [ids[0]!, ids.at(-1)!]) {
        const shown = JSON.parse((await run('show', String(id), '--json')).stdout) as { sourcePath: string; body: string };
        expect(shown.body.trim().endsWith(texts.get(shown.sourcePath)!.trim().split('\n\n').at(-1)!)).toBe(true);
      }
      const doctor = await run('doctor');
      expect(doctor.stdout).toContain(`${saved} articles, ${saved} in the full-text index`);
      expect(doctor.stdout).not.toMatch(/damage/i);
    }
  );

  it.skipIf(cannotMount !== undefined)(
    title('an annotation that cannot be written says so, in the command line and in browser mode, and nothing of it is kept'),
    async () => {
      const ws = workspace();
      const disk = smallDisk(ws);
      const run = (...args: string[]) => crosscheck([...args, '--db', disk.db], { home: ws.dir });
      expect((await run('import', SEEDS_DIR)).code).toBe(0);

      // Browser mode has the library open (its -wal and -shm made) when the disk fills up.
      const served = await startServe(['--no-seed', '--json', '--db', disk.db], ws.dir);
      running.push(served);
      const url = new URL((JSON.parse(lines(served.stdout).at(-1)!) as { url: string }).url);
      const call = (channel: string, input: unknown) => callApi(url.origin, channel, input, url.searchParams.get('token')!);
      fill(disk.dir);
      const note = { kind: 'article-note', articleId: 1, note: 'x'.repeat(60_000) };
      const { body } = await call('annotations:create', note);
      expect(body).toMatchObject({ ok: false, error: { code: 'disk-full' } });
      expect((body as { error: { message: string } }).error.message).toBe(
        `The disk holding the library ${disk.db} is full: the change could not be saved, and nothing of it was kept (what was saved before is intact). Free some space on it and try again.`
      );
      expect(await call('articles:list', {})).toMatchObject({ body: { ok: true, value: { total: 5 } } });
      await served.stop();

      // The command line, on the full disk: the note is refused with a sentence, the library is listed.
      const refused = await run('annotate', 'add', '1', '--note', 'Checked against the wire copy');
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(new RegExp(`The disk holding the library ${disk.db} is full.*Free some space`));
      expect(refused.stderr).not.toMatch(/SQLITE_|database or disk is full|damaged/);
      expect(lines((await run('list')).stdout)).toHaveLength(5);

      fs.rmSync(path.join(disk.dir, 'filler'));
      const listed = await run('annotate', 'list', '--json');
      expect(listed.code).toBe(0);
      expect((JSON.parse(listed.stdout) as { total: number }).total).toBe(0);
    }
  );

  it.skipIf(cannotMount !== undefined)(
    title('a library closed before its disk filled up opens read-only with the full-disk sentence, never called damaged'),
    async () => {
      const ws = workspace();
      const disk = smallDisk(ws);
      const run = (...args: string[]) => crosscheck([...args, '--db', disk.db], { home: ws.dir });
      expect((await run('import', SEEDS_DIR)).code).toBe(0);
      // Closed normally: SQLite removed the -shm file, which the next open must make again.
      expect(fs.existsSync(`${disk.db}-shm`)).toBe(false);
      fill(disk.dir);

      const list = await run('list');
      expect(list.stderr).not.toMatch(/damaged|restore|doctor --repair|SQLITE_|disk I\/O error/);
      expect(list.code).toBe(0);
      expect(lines(list.stdout)).toHaveLength(5);
      const shown = await run('show', '1', '--json');
      expect(shown.code).toBe(0);
      expect((JSON.parse(shown.stdout) as { body: string }).body.length).toBeGreaterThan(0);

      const refused = await run('annotate', 'add', '1', '--note', 'Checked against the wire copy');
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(new RegExp(`The disk holding the library ${disk.db} is full.*Free some space`));
      expect(refused.stderr).not.toMatch(/damaged|restore|SQLITE_/);

      fs.rmSync(path.join(disk.dir, 'filler'));
      const added = await run('annotate', 'add', '1', '--note', 'Checked against the wire copy');
      expect(added.code).toBe(0);
    }
  );
});
