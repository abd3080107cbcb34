import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { readersDigest } from '../../library/import/readersDigest';
import { ROOT, lines, workspacesPerTest } from './crosscheck';

const workspace = workspacesPerTest();

/** A file named .docx that is no Word file: a failure of the file, which the library remembers. */
const CORRUPT = Uint8Array.from({ length: 3000 }, (_, i) => (i * 131 + 7 + ((i * i) >> 3)) & 255);

type Remembered = Record<string, { attempt: string }>;

const remembered = (db: string): Remembered => {
  const library = new Database(db, { readonly: true });
  try {
    return JSON.parse(
      (library.prepare("SELECT value FROM settings WHERE key = 'import-failed-files'").pluck().get() as string) ?? '{}'
    ) as Remembered;
  } finally {
    library.close();
  }
};

/**
 * Session 16: a failed file is read again when the readers change, and the built CLI knows its
 * readers by the digest of their sources taken at build time (electron.vite.config.ts), with no
 * number to raise by hand. Needs a build of the tree (the CLI suite's rule).
 */
describe('crosscheck import of a file that failed under other readers', () => {
  it('is built with the digest of the readers’ sources (electron.vite.config.ts), not left to work it out', () => {
    // Run from the repository, the CLI could compute it from the sources; a packaged app cannot.
    const built = path.join(ROOT, 'out', 'main');
    const code = fs
      .readdirSync(built, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.js'))
      .map((f) => fs.readFileSync(path.join(built, f), 'utf8'));
    expect(code.some((c) => c.includes(JSON.stringify(readersDigest(ROOT).digest)))).toBe(true);
    expect(code.some((c) => c.includes('__READERS_DIGEST__'))).toBe(false);
  });

  it('remembers the failure with the digest of the readers it was built from, and reads it again under another', async () => {
    const ws = workspace();
    const file = ws.write('in/broken.docx', CORRUPT);
    expect((await ws.run('import', `${ws.dir}/in`, '--no-group')).code).toBe(2);
    const failure = remembered(ws.db)[file]!;
    expect(JSON.parse(failure.attempt)).toContainEqual(expect.stringContaining(readersDigest(ROOT).digest));

    const again = await ws.run('import', `${ws.dir}/in`, '--no-group');
    expect([again.code, lines(again.stdout).some((l) => /still unreadable/i.test(l))]).toEqual([0, true]);

    // As a build of other readers left it: the same file, the same options, another digest.
    const library = new Database(ws.db);
    const older = { [file]: { ...failure, attempt: failure.attempt.replace(readersDigest(ROOT).digest, '0123456789abcdef') } };
    library.prepare("UPDATE settings SET value = ? WHERE key = 'import-failed-files'").run(JSON.stringify(older));
    library.close();
    const upgraded = await ws.run('import', `${ws.dir}/in`, '--no-group');
    expect(upgraded.code).toBe(2);
    expect(lines(upgraded.stdout).some((l) => /^ {2}failed .*broken\.docx/.test(l))).toBe(true);
  }, 120_000);
});
