import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importPaths } from '../import/importPaths';
import { openLibrary } from '../library';
import { makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';
import { durableWrite } from './durableWrite';
import { getAnnotation } from './rows';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const CHILD = path.join(import.meta.dirname, 'testing', 'annotateThenWait.ts');

/** Runs the child, waits for its one-line answer, kills it with SIGKILL at once, and returns the answer. */
function annotateThenKill(file: string, input: unknown): Promise<{ ok: boolean; value?: { id: number } }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, JSON.stringify(input)], {
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!out.includes('\n')) return;
      child.kill('SIGKILL');
      child.once('exit', (_code, signal) => {
        if (signal !== 'SIGKILL') reject(new Error(`the child exited by itself (${String(signal)}): ${err}`));
        else resolve(JSON.parse(out.split('\n')[0]!) as { ok: boolean; value?: { id: number } });
      });
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (!out.includes('\n')) reject(new Error(`the child ended (${code ?? signal}) before answering: ${err}`));
    });
  });
}

describe('annotation writes are durable once acknowledged', () => {
  it('finds an annotation after the process that made it was killed right after answering', async () => {
    const lib = makeTempLibrary();
    const dir = makeTempFolder({
      'a.txt': 'Talks fail\n\nRebels in Daraa said on Wednesday that talks with Russia had collapsed.'
    });
    cleanups.push(
      () => lib.dispose(),
      () => fs.rmSync(dir, { recursive: true, force: true })
    );
    await importPaths(lib.db, [dir]);
    const file = path.join(lib.dir, 'library.sqlite');
    lib.close();

    const answer = await annotateThenKill(file, {
      kind: 'highlight',
      articleId: 1,
      quote: 'talks with Russia',
      note: 'Survives a kill',
      tags: ['kept']
    });
    expect(answer.ok).toBe(true);

    const reopened = openLibrary(file);
    cleanups.push(() => reopened.close());
    expect(getAnnotation(reopened.db, answer.value!.id)).toMatchObject({
      note: 'Survives a kill',
      tags: ['kept'],
      anchor: { quote: { exact: 'talks with Russia' } }
    });
  }, 60_000);

  it('commits with synchronous = FULL (the WAL is synced, so a power cut keeps it too) and puts the connection back to NORMAL', () => {
    const lib = makeTempLibrary();
    cleanups.push(() => lib.dispose());
    expect(lib.db.pragma('synchronous', { simple: true })).toBe(1);
    const during = durableWrite(lib.db, () => [lib.db.inTransaction, lib.db.pragma('synchronous', { simple: true })]);
    expect(during).toEqual([true, 2]);
    expect(lib.db.pragma('synchronous', { simple: true })).toBe(1);
    expect(() =>
      durableWrite(lib.db, () => {
        throw new Error('refused');
      })
    ).toThrow('refused');
    expect([lib.db.inTransaction, lib.db.pragma('synchronous', { simple: true })]).toEqual([false, 1]);
  });
});
