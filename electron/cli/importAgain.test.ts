import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempFolder } from '../library/testing/tempLibrary';
import { runCliCaptured } from './testing/runCliCaptured';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const cli = (...argv: string[]) => runCliCaptured(argv);
function folder(files: Record<string, string>): string {
  const dir = makeTempFolder(files);
  dirs.push(dir);
  return dir;
}

const FILES = {
  'talks.txt': 'Talks fail in Daraa\n\nRebels said the talks with Russia had failed on Wednesday.',
  'convoy.txt': 'Aid convoy reaches Quneitra\n\nTwenty trucks carrying food reached the town on Thursday.',
  'empty.txt': '',
  'broken.pdf': 'not a PDF at all, only its name'
};

describe('crosscheck import of a folder imported before (review 14, findings 7 and 8)', () => {
  it('lists no unchanged file, says the unreadable files it met again once, and exits 0 unless something new failed', async () => {
    const db = path.join(folder({}), 'lib.sqlite');
    const dir = folder(FILES);
    const first = await cli('import', dir, '--no-group', '--db', db);
    expect(first.code).toBe(2);
    expect(first.stdout).toMatch(/failed 2\./);

    // Nothing changed: the two failures are said once, in one line, and are no failure of this run.
    const second = await cli('import', dir, '--no-group', '--db', db);
    expect(second.code).toBe(0);
    expect(second.stdout.split('\n')[0]).toBe(
      'New 0, near-duplicates 0 (stored and linked), unchanged 2, duplicates 0, skipped 2 (2 still unreadable), failed 0.'
    );
    expect(second.stdout).toContain('still unreadable, unchanged since the last import (2)');
    expect(second.stdout).not.toMatch(/talks\.txt|convoy\.txt|empty\.txt|broken\.pdf/);
    const json = JSON.parse((await cli('import', dir, '--no-group', '--db', db, '--json')).stdout) as {
      failed: number;
      skipped: number;
      problems: Array<{ path: string; code: string }>;
    };
    expect([json.failed, json.skipped]).toEqual([0, 2]);
    expect(
      json.problems
        .filter((p) => p.code === 'still-unreadable')
        .map((p) => path.basename(p.path))
        .sort()
    ).toEqual(['broken.pdf', 'empty.txt']);

    // --verbose lists every file again, unchanged and still unreadable alike.
    const verbose = await cli('import', dir, '--no-group', '--db', db, '--verbose');
    expect(verbose.code).toBe(0);
    for (const name of Object.keys(FILES)) expect(verbose.stdout).toContain(name);

    // A file that changed is read again, and its failure is a failure.
    fs.writeFileSync(path.join(dir, 'broken.pdf'), 'still not a PDF, but other bytes than before');
    const third = await cli('import', dir, '--no-group', '--db', db);
    expect(third.code).toBe(2);
    expect(third.stdout).toMatch(/skipped 1 \(1 still unreadable\), failed 1\./);
    expect(third.stdout).toMatch(/failed +\S*broken\.pdf/);

    // A file that was unreadable and now reads is imported, and forgotten as a failure.
    fs.writeFileSync(path.join(dir, 'empty.txt'), 'A note at last\n\nThe shelling stopped in the night, residents said.');
    const fourth = await cli('import', dir, '--no-group', '--db', db, '--json');
    expect(JSON.parse(fourth.stdout)).toMatchObject({ new: 1 });
  }, 240_000);
});
