import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SEEDS_DIR, makeTempFolder } from '../library/testing/tempLibrary';
import { runCli } from './run';

/**
 * Review 16 #5: on a nearly full disk every command printed SQLite's "database or disk is full"
 * from the wire-credit pass the CLI runs at open. The pass is made to fail as SQLite fails there
 * (a real full disk is the CLI suite's fullDisk.test.ts, which needs a mount).
 */
vi.mock('../library/rederiveCredits', async (original) => ({
  ...(await original<typeof import('../library/rederiveCredits')>()),
  rederiveWireCredits: () => Promise.reject(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }))
}));

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  vi.restoreAllMocks();
});

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const logged: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stderrIsTTY: false });
  return { code, stdout, stderr: stderr + logged.join('\n') };
}

describe('the wire-credit pass at open, on a full disk', () => {
  it('says in a sentence that the disk is full, and the command still answers', { timeout: 120_000 }, async () => {
    const dir = makeTempFolder({});
    dirs.push(dir);
    const db = path.join(dir, 'lib.sqlite');
    expect((await cli('import', SEEDS_DIR, '--db', db)).code).toBe(0);
    const list = await cli('list', '--db', db);
    expect(list.code).toBe(0);
    expect(list.stdout.trim().split('\n')).toHaveLength(5);
    expect(list.stderr).not.toMatch(/database or disk is full|SQLITE_/);
    expect(list.stderr).toContain(`The disk holding the library ${db} is full: reading older articles’ wire credits again waits until there is room.`);
  });
});
