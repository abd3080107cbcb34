import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { crosscheck, lines, SEEDS_DIR, workspacesPerTest } from './crosscheck';

const workspace = workspacesPerTest();

/** One line on stderr, exit 1 (4 when there is no library), naming the file, saying what to do, with none of a library's words. */
function expectSentence(result: { code: number | null; stderr: string }, file: string, advice: RegExp, code = 1): void {
  expect(result.code).toBe(code);
  const [line, ...rest] = lines(result.stderr);
  expect(rest).toEqual([]);
  expect(line).toContain(file);
  expect(line).toMatch(advice);
  expect(line).not.toMatch(/EEXIST|ENOTDIR|mkdir|unable to open database file|disk image is malformed|SQLITE_/);
}

describe('the library file named by --db (issue 13)', () => {
  it('a path through a file, a folder, and a truncated library each get a sentence naming the file', async () => {
    const ws = workspace();
    const throughFile = path.join(ws.write('plain.txt', 'text'), 'x.db');
    expectSentence(
      await crosscheck(['list', '--db', throughFile], { home: ws.dir }),
      throughFile,
      /is a file, not a folder.*--db/
    );
    expectSentence(await crosscheck(['list', '--db', ws.dir], { home: ws.dir }), ws.dir, /is a folder.*--db/);

    const imported = await ws.run('import', SEEDS_DIR);
    expect(imported.code).toBe(0);
    const size = fs.statSync(ws.db).size;
    // Checkpointed by the import's close; cut it to a third, as a full disk or a bad copy would.
    fs.truncateSync(ws.db, Math.floor(size / 3 / 4096) * 4096);
    expectSentence(await ws.run('list'), ws.db, /damaged.*crosscheck doctor/);
  });

  it('a mistyped --db is refused by the commands that read, and made by import (review #11)', async () => {
    const ws = workspace();
    const folder = path.join(ws.dir, 'no', 'such');
    const missing = path.join(folder, 'lib.sqlite');
    for (const args of [['list'], ['search', 'ceasefire'], ['show', '1'], ['stories'], ['compare', '1', '2'], ['doctor']]) {
      expectSentence(
        await crosscheck([...args, '--db', missing], { home: ws.dir }),
        missing,
        /no library.*crosscheck import.*--db/i,
        4
      );
    }
    // Nothing was made on the way: no folders, no empty library.
    expect(fs.existsSync(path.join(ws.dir, 'no'))).toBe(false);

    const imported = await crosscheck(['import', path.join(SEEDS_DIR, '000_bd7bce52c9837f88.txt'), '--db', missing], {
      home: ws.dir
    });
    expect(imported.code).toBe(0);
    expect(lines((await crosscheck(['list', '--db', missing], { home: ws.dir })).stdout)).toHaveLength(1);
  });
});
