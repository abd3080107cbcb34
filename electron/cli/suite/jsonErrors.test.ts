import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliResult, SEEDS_DIR, crosscheck, lines, workspacesPerTest } from './crosscheck';

/**
 * Review 16, finding 7: a script told apart "not found", "you called it wrong", "try again" and
 * "failed" only by prose on stderr, every one exit 1. Now each kind has its exit code and, with
 * `--json`, `{"error":{"code","message"}}` on stdout (docs/cli.md, "Errors and exit codes").
 */
const workspace = workspacesPerTest();

/** The error object a failed `--json` run printed: stdout is that one JSON line and nothing else. */
function errorOf(result: CliResult): { code: string; message: string } {
  expect(lines(result.stdout)).toHaveLength(1);
  const parsed = JSON.parse(result.stdout) as { error: { code: string; message: string } };
  expect(Object.keys(parsed)).toEqual(['error']);
  return parsed.error;
}

/** The one line a person reads on stderr says the same as the object's message. */
function sameSentence(result: CliResult, message: string): void {
  expect(lines(result.stderr).at(-1)).toContain(message);
}

describe('--json errors and exit codes', () => {
  it('answers not found (4), usage (3) and failure (1) with an error object a script can read', async () => {
    const ws = workspace();
    expect((await ws.run('import', SEEDS_DIR, '--no-group')).code).toBe(0);
    const existing = ws.write('report.md', 'mine');

    for (const args of [
      ['show', '99999'],
      ['annotate', 'rm', '99999'],
      ['delete', '99999', '--yes'],
      ['export', '--out', path.join(ws.dir, 'r.md'), '--articles', '99999']
    ]) {
      const result = await ws.run(...args, '--json');
      expect(result.code, args.join(' ')).toBe(4);
      const error = errorOf(result);
      expect(error.code).toBe('not-found');
      expect(error.message).toMatch(/99999/);
      sameSentence(result, error.message);
    }

    const usage = await ws.run('list', '--sort', 'colour', '--json');
    expect(usage.code).toBe(3);
    expect(errorOf(usage)).toEqual({ code: 'usage', message: 'unknown sort key "colour".' });
    expect(usage.stderr).toMatch(/^crosscheck list: unknown sort key "colour"\. Usage: crosscheck list /);

    const exists = await ws.run('export', '--out', existing, '--json');
    expect(exists.code).toBe(1);
    const failure = errorOf(exists);
    expect(failure.code).toBe('failed');
    expect(failure.message).toMatch(/already exists\. Add --force/);

    // Without --json a failure prints nothing on stdout, as before; the exit code is the same.
    const plain = await ws.run('show', '99999');
    expect(plain).toMatchObject({ code: 4, stdout: '' });
    expect(lines(plain.stderr)).toEqual([expect.stringMatching(/^crosscheck show: Article 99999 /)]);
  });

  it('answers a --db that names no library as not found, before anything is made', async () => {
    const ws = workspace();
    const missing = path.join(ws.dir, 'nowhere.sqlite');
    const result = await crosscheck(['search', 'Daraa', '--json', '--db', missing], { home: ws.dir });
    expect(result.code).toBe(4);
    expect(errorOf(result)).toMatchObject({ code: 'not-found', message: expect.stringMatching(/^There is no library at /) });
  });

  it('answers busy (5) when another program holds the write lock, so a script can try again', async () => {
    const ws = workspace();
    expect((await ws.run('import', SEEDS_DIR, '--no-group')).code).toBe(0);
    const other = new Database(ws.db);
    other.exec('BEGIN IMMEDIATE');
    let result: CliResult;
    try {
      result = await ws.run('edit', '1', '--outlet', 'Harbour Herald', '--json');
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(result.code).toBe(5);
    const error = errorOf(result);
    expect(error.code).toBe('busy');
    expect(error.message).toMatch(/Another program is writing to this library/);
    // Once it is free, the same command works.
    expect((await ws.run('edit', '1', '--outlet', 'Harbour Herald', '--json')).code).toBe(0);
  });
});
