import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { crosscheck, lines, SEEDS_DIR, workspacesPerTest } from './crosscheck';

const workspace = workspacesPerTest();

/** One line on stderr, exit 1, naming the file, saying what to do, with none of a library's words. */
function expectSentence(result: { code: number | null; stderr: string }, file: string, advice: RegExp): void {
  expect(result.code).toBe(1);
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
    expectSentence(await crosscheck(['list', '--db', throughFile], { home: ws.dir }), throughFile, /is a file, not a folder.*--db/);
    expectSentence(await crosscheck(['list', '--db', ws.dir], { home: ws.dir }), ws.dir, /is a folder.*--db/);

    const imported = await ws.run('import', SEEDS_DIR);
    expect(imported.code).toBe(0);
    const size = fs.statSync(ws.db).size;
    // Checkpointed by the import's close; cut it to a third, as a full disk or a bad copy would.
    fs.truncateSync(ws.db, Math.floor(size / 3 / 4096) * 4096);
    expectSentence(await ws.run('list'), ws.db, /damaged.*crosscheck doctor/);
  });
});
