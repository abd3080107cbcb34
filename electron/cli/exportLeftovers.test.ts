import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { SEEDS_DIR } from '../library/testing/tempLibrary';
import { makeTestFolder } from '../library/testing/testLibrary';
import { runCliCaptured } from './testing/runCliCaptured';

it('an export removes the hidden temporary file an export killed mid-write left in its folder, and nothing else (session 17 review, #5)', async () => {
  const dir = makeTestFolder({});
  const db = path.join(dir, 'lib.sqlite');
  expect((await runCliCaptured(['import', SEEDS_DIR, '--db', db, '--json'])).code).toBe(0);
  const out = makeTestFolder({});
  // A process that has ended: its number is no running process's.
  const ended = spawnSync(process.execPath, ['-e', '']).pid!;
  const twoMinutesAgo = new Date(Date.now() - 120_000);
  const left = {
    killed: `.cc-${ended}-0a1b2c3d.tmp`,
    // The same, just written: it may be a process's on another computer sharing the folder.
    fresh: `.cc-${ended}-4e5f6a7b.tmp`,
    // This process's own (running), another program's look-alike and a user's file.
    running: `.cc-${process.pid}-8c9d0e1f.tmp`,
    otherShape: `.cc-backup-${ended}-0a1b2c3d.tmp`,
    users: 'draft.md'
  };
  for (const [key, name] of Object.entries(left)) {
    fs.writeFileSync(path.join(out, name), 'half a report');
    if (key !== 'fresh') fs.utimesSync(path.join(out, name), twoMinutesAgo, twoMinutesAgo);
  }
  const run = await runCliCaptured([
    'export',
    '--format',
    'md',
    '--story',
    '1',
    '--out',
    path.join(out, 'report.md'),
    '--db',
    db
  ]);
  expect(run.code).toBe(0);
  expect(fs.readdirSync(out).sort()).toEqual([left.fresh, left.running, left.otherShape, left.users, 'report.md'].sort());
});
