import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Served, SEEDS_DIR, crosscheck, lines, startServe, workspacesPerTest } from './crosscheck';

const workspace = workspacesPerTest();
const running: Served[] = [];
afterEach(async () => {
  for (const served of running.splice(0)) await served.stop();
});

describe('crosscheck watch', () => {
  it('adds a folder, lists it, removes it by id', async () => {
    const ws = workspace();
    const folder = path.join(ws.dir, 'clippings');
    fs.mkdirSync(folder);

    const added = await ws.run('watch', 'add', folder);
    expect(added.code).toBe(0);
    const [addedLine] = lines(added.stdout);
    const id = Number(/^Watching (.+) \(id (\d+)\)\.$/.exec(addedLine!)?.[2]);
    expect(addedLine).toBe(`Watching ${folder} (id ${id}).`);

    const listed = await ws.run('watch');
    expect(listed.code).toBe(0);
    expect(lines(listed.stdout)).toEqual([`${String(id).padStart(4)}  ${folder}`]);
    expect(listed.stderr).toBe('1 watched folder\n');
    const json = JSON.parse((await ws.run('watch', 'list', '--json')).stdout);
    expect(json).toEqual({ folders: [{ id, path: folder, addedAt: expect.any(String), exists: true }] });

    // A folder that has gone (a removed drive) is listed so the user can remove it.
    fs.rmdirSync(folder);
    expect(lines((await ws.run('watch', 'list')).stdout)).toEqual([`${String(id).padStart(4)}  ${folder}  (not found)`]);

    const removed = await ws.run('watch', 'remove', String(id));
    expect(removed.code).toBe(0);
    expect(removed.stdout).toBe('Stopped watching it; its articles stay in the library.\n');
    const empty = await ws.run('watch', 'list');
    expect([empty.stdout, empty.stderr]).toEqual(['', '0 watched folders\n']);
  });

  it('a running serve follows a folder added now: it catches it up and watches it, with no warning', async () => {
    // Review 11: a file put in a folder added while a serve ran stayed out of the library (the serve
    // read the watched folders at start only); the serve now reads the list again when another
    // process writes the library.
    const ws = workspace();
    expect((await ws.run('import', SEEDS_DIR)).code).toBe(0);
    const folder = path.join(ws.dir, 'inbox');
    fs.mkdirSync(folder);
    fs.writeFileSync(
      path.join(folder, 'ferry.txt'),
      'Ferry resumes on the northern route\n\nThe ferry to the islands sails again on Monday after repairs to the harbour wall, the port said.\n'
    );

    const served = await startServe(['--no-seed', '--json', '--db', ws.db], ws.dir);
    running.push(served);
    const added = await ws.run('watch', 'add', folder);
    expect([added.code, added.stderr]).toEqual([0, '']);
    const titles = async () =>
      (JSON.parse((await ws.run('list', '--json')).stdout).items as Array<{ title: string }>).map((a) => a.title);
    await expect.poll(titles, { timeout: 20_000, interval: 500 }).toContain('Ferry resumes on the northern route');
  });

  it('leaves out a report exported into a watched folder, and an import of the folder says why', async () => {
    // Review 13, finding 8: the report became an article, linked as a copy of the ones it quotes.
    const ws = workspace();
    expect((await ws.run('import', SEEDS_DIR)).code).toBe(0);
    const folder = path.join(ws.dir, 'inbox');
    fs.mkdirSync(folder);
    expect((await ws.run('watch', 'add', folder)).code).toBe(0);
    const served = await startServe(['--no-seed', '--json', '--db', ws.db], ws.dir);
    running.push(served);
    const report = path.join(folder, 'report.md');
    expect((await ws.run('export', '--format', 'md', '--full-text', '--articles', '1', '--out', report)).code).toBe(0);
    // A file the watcher must import after the report: when it is in, the report was seen and passed over.
    fs.writeFileSync(
      path.join(folder, 'ferry.txt'),
      'Ferry resumes on the northern route\n\nThe ferry to the islands sails again on Monday after repairs to the harbour wall, the port said.\n'
    );
    const titles = async () =>
      (JSON.parse((await ws.run('list', '--json')).stdout).items as Array<{ title: string }>).map((a) => a.title);
    await expect.poll(titles, { timeout: 20_000, interval: 500 }).toContain('Ferry resumes on the northern route');
    await served.stop();
    expect(await titles()).toHaveLength(6);

    const imported = JSON.parse((await ws.run('import', folder, '--no-group', '--json')).stdout) as {
      problems: Array<{ path: string; code: string; message: string }>;
    };
    expect(imported.problems.find((p) => p.path === report)).toMatchObject({
      code: 'crosscheck-report',
      message: expect.stringMatching(/^This is a report exported by Crosscheck/)
    });
    expect(await titles()).toHaveLength(6);
  });

  it('reads ~ in a folder given with it unexpanded (a quoted path) as the home folder, as import does', async () => {
    // Review 13, finding 10: `watch add '~/x'` answered "<cwd>/~/x does not exist".
    const ws = workspace();
    fs.mkdirSync(path.join(ws.dir, 'clippings'));
    const added = await crosscheck(['watch', 'add', '~/clippings', '--json', '--db', ws.db], {
      home: ws.dir,
      env: { HOME: ws.dir, USERPROFILE: ws.dir }
    });
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ path: path.join(ws.dir, 'clippings'), exists: true });
  });

  it('answers add with the folder as JSON, remove with {"ok":true}', async () => {
    const ws = workspace();
    const added = JSON.parse((await ws.run('watch', 'add', ws.dir, '--json')).stdout);
    expect(added).toEqual({ id: expect.any(Number), path: ws.dir, addedAt: expect.any(String), exists: true });
    const removed = await ws.run('watch', 'remove', String(added.id), '--json');
    expect(JSON.parse(removed.stdout)).toEqual({ ok: true });
  });

  it('refuses a folder that does not exist, a file and an unknown action, exit 1 with one line', async () => {
    const ws = workspace();
    const missing = path.join(ws.dir, 'gone');
    const add = await ws.run('watch', 'add', missing);
    expect(add.code).toBe(4);
    expect(lines(add.stderr)).toEqual([`crosscheck watch: ${missing} does not exist; check the path.`]);
    // Refused before the library is opened: a mistyped path leaves no new, empty library behind.
    expect(fs.existsSync(ws.db)).toBe(false);

    const file = path.join(ws.dir, 'notes.txt');
    fs.writeFileSync(file, 'Not a folder.');
    const addFile = await ws.run('watch', 'add', file);
    expect(addFile.code).toBe(1);
    expect(lines(addFile.stderr)).toEqual([`crosscheck watch: ${file} is a file, not a folder; watch the folder that holds it.`]);
    expect(fs.existsSync(ws.db)).toBe(false);

    // Nothing refused was stored: a library begun by a good folder lists only that one.
    expect((await ws.run('watch', 'add', ws.dir)).code).toBe(0);
    const { folders } = JSON.parse((await ws.run('watch', '--json')).stdout) as { folders: Array<{ path: string }> };
    expect(folders.map((f) => f.path)).toEqual([ws.dir]);

    const unknown = await ws.run('watch', 'start');
    expect(unknown.code).toBe(3);
    expect(lines(unknown.stderr)).toEqual([
      expect.stringMatching(/^crosscheck watch: unknown action "start": say list, add or remove\. Usage: crosscheck watch /)
    ]);
    const mistyped = await ws.run('watch', 'remvoe', '1');
    expect(mistyped.code).toBe(3);
    expect(lines(mistyped.stderr)).toEqual([
      expect.stringMatching(/^crosscheck watch: unknown action "remvoe": say list, add or remove\. Did you mean remove\? Usage: /)
    ]);
  });
});
